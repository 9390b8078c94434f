package dev.recovery.shell.command;

import dev.recovery.core.load.AcwrRatio;
import dev.recovery.core.load.Convention;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.load.ShoeMileage;
import dev.recovery.core.load.WeeklyVolume;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.shell.render.Charts;
import dev.recovery.shell.render.DomainJson;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Style;
import dev.recovery.shell.service.LoadService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code load}: fitness, fatigue and form, the acute:chronic workload ratio three ways, monotony and
 * strain, recent weekly volume and the warnings, from the library's load report.
 */
public class LoadCommands {

    /** Width in characters of the longest weekly-volume bar. */
    private static final int BAR_WIDTH = 30;

    private final LoadService loads;
    private final Clock clock;
    private final Style style;

    /**
     * @param loads the load report and recent form
     * @param clock gives "today"
     * @param style block characters or ASCII
     */
    public LoadCommands(LoadService loads, Clock clock, Style style) {
        this.loads = loads;
        this.clock = clock;
        this.style = style;
    }

    /** @return the load report, text or JSON */
    @Command(name = "load", group = Groups.TRAINING, completionProvider = OptionCompletions.BEAN,
            description = "Training load: fitness, fatigue, form, ACWR, monotony, weekly volume and warnings",
            help = "Form is as of the end of the day (after that day's sessions); formMorning before them.")
    public String load(@Option(longName = "date", description = "the day, YYYY-MM-DD (default today)") String date,
            @Option(longName = "model", description = "goldencheetah|trainingpeaks|runalyze (default trainingpeaks)") String model,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate day = date == null ? LocalDate.now(clock) : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        Convention convention = model == null ? Convention.TRAININGPEAKS : OptionValues.parse("model", model, Convention::parse);
        LoadService.Load load = OptionValues.build(() -> loads.load(day, convention));
        return output == OutputFormat.JSON ? Json.write(json(load.report(), load.form()))
                : text(load.report(), load.form(), load.settings().unit());
    }

    private static Map<String, Object> json(LoadReport r, List<Double> form) {
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (WeeklyVolume week : r.recentWeeks()) {
            weeks.add(Json.object("weekStart", week.weekStart().toString(), "through", week.through().toString(),
                    "distanceKm", Json.round(week.runDistance().km(), 2), "runs", week.runs(),
                    "runSeconds", week.runTime().getSeconds(), "trainingSeconds", week.trainingTime().getSeconds(),
                    "partial", week.isPartial()));
        }
        List<Map<String, Object>> shoes = new ArrayList<>();
        for (ShoeMileage shoe : r.shoes()) {
            shoes.add(Json.object("shoe", shoe.shoe(), "distanceKm", Json.round(shoe.distance().km(), 1), "runs", shoe.runs()));
        }
        return Json.object("date", r.date().toString(), "model", r.convention().id(),
                "fitness", Json.round(r.fitness(), 1), "fatigue", Json.round(r.fatigue(), 1),
                "form", Json.round(r.form(), 1), "formMorning", Json.round(r.formMorning(), 1),
                "formBand", dev.recovery.core.unit.Checks.id(r.formBand()),
                "restDaysUntilFreshForm", r.restDaysUntilFreshForm().isPresent() ? r.restDaysUntilFreshForm().getAsInt() : null,
                "acwr", Json.object("rollingCoupled", value(r.acwr().rollingCoupled()),
                        "rollingUncoupled", value(r.acwr().rollingUncoupled()), "ewma", value(r.acwr().ewma())),
                "monotony", Json.round(r.monotony().monotony(), 2), "strain", Json.round(r.strain(), 1),
                "weeklyDistanceKm", weeks, "formLast28Days", form.stream().map(f -> Json.round(f, 1)).toList(),
                "shoes", shoes, "estimatedSessions", r.estimatedSessions(),
                "flags", DomainJson.reasons(r.flags()), "notes", DomainJson.reasons(r.notes()));
    }

    private String text(LoadReport r, List<Double> form, DistanceUnit units) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Load on %s (%s)%n", r.date(), r.convention().id()));
        text.append(String.format(Locale.ROOT, "  fitness %.1f   fatigue %.1f   form %.1f (morning %.1f, %s)%n",
                r.fitness(), r.fatigue(), r.form(), r.formMorning(), dev.recovery.core.unit.Checks.id(r.formBand()).replace('-', ' ')));
        text.append(String.format(Locale.ROOT, "  ACWR  ewma %s   rolling coupled %s   rolling uncoupled %s%n",
                format(r.acwr().ewma()), format(r.acwr().rollingCoupled()), format(r.acwr().rollingUncoupled())));
        text.append(String.format(Locale.ROOT, "  monotony %.2f   strain %.0f%n", r.monotony().monotony(), r.strain()));
        if (!r.recentWeeks().isEmpty()) {
            text.append("\nWeekly volume\n");
            double max = r.recentWeeks().stream().mapToDouble(w -> w.runDistance().in(units)).max().orElse(0);
            for (WeeklyVolume week : r.recentWeeks()) {
                double amount = week.runDistance().in(units);
                text.append(String.format(Locale.ROOT, "  %s  %6.1f %s  %s%s%n", week.weekStart(), amount, units.symbol(),
                        Charts.bar(amount, max, BAR_WIDTH, style), week.isPartial() ? " (so far)" : ""));
            }
        }
        if (!form.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nForm, last %d days (%s)%n  %s  %.1f .. %.1f%n", form.size(),
                    r.date().minus(form.size() - 1, ChronoUnit.DAYS) + " to " + r.date(), Charts.sparkline(form, style),
                    form.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    form.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        }
        appendReasons(text, "Warnings", r.flags());
        appendReasons(text, "Notes", r.notes());
        return text.toString().stripTrailing();
    }

    private void appendReasons(StringBuilder text, String title, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append('\n');
        for (Reason reason : reasons) {
            text.append("  - ").append(reason.message()).append(' ').append(style.dim("[" + reason.ruleId() + "]")).append('\n');
        }
    }

    private static Double value(AcwrRatio value) {
        return value.isDefined() ? Json.round(value.ratio(), 2) : null;
    }

    private static String format(AcwrRatio value) {
        return value.toString();
    }
}
