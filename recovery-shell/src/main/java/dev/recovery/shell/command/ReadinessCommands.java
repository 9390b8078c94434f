package dev.recovery.shell.command;

import dev.recovery.core.episode.Episode;
import dev.recovery.core.episode.Episodes;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Dates;
import dev.recovery.shell.render.DomainJson;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Style;
import dev.recovery.shell.service.ReadinessService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code readiness}: can I train today? The worst open soreness episode from every check-in up to the
 * day (RED stays RED until a clearance), today's return-to-run step, raised by load warnings from the
 * training up to the day before (the morning view).
 */
public class ReadinessCommands {

    private final ReadinessService readiness;
    private final Clock clock;
    private final Style style;

    /**
     * @param readiness evaluates the day
     * @param clock gives "today"
     * @param style colours the level
     */
    public ReadinessCommands(ReadinessService readiness, Clock clock, Style style) {
        this.readiness = readiness;
        this.clock = clock;
        this.style = style;
    }

    /** @return the readiness, text or JSON */
    @Command(name = "readiness", group = Groups.TRAINING, completionProvider = OptionCompletions.BEAN,
            description = "Can I train today? The worst open sore spot over days, the return to run, raised by load warnings")
    public String readiness(@Option(longName = "date", description = "the day, YYYY-MM-DD (default today)") String date,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate day = date == null ? LocalDate.now(clock) : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        Readiness result = OptionValues.build(() -> readiness.evaluate(day));
        if (output == OutputFormat.JSON) {
            return Json.write(DomainJson.readiness(day, result));
        }
        StringBuilder text = new StringBuilder(style.level(result.level())).append("  ").append(result.action()).append("\n\nWhy:");
        for (Reason reason : result.reasons()) {
            text.append("\n  - ").append(reason.message()).append(' ').append(style.dim("[" + reason.ruleId() + "]"));
        }
        List<Episode> open = result.episodes().map(Episodes::open).orElse(List.of());
        if (!open.isEmpty()) {
            text.append("\n\nOpen sore spots:");
            for (Episode e : open) {
                text.append("\n  ").append(e.name()).append("  ").append(style.level(e.level())).append(' ')
                        .append(e.status().id()).append(", since ").append(e.opened())
                        .append(e.lastCheckIn().map(d -> ", last check-in " + d).orElse(""))
                        .append(e.recheckDue() ? ", re-check due" : "");
            }
        }
        result.returnToRun().ifPresent(rtr -> text.append("\n\nReturn to run: step ").append(rtr.step()).append(" of ")
                .append(rtr.of()).append(". ").append(rtr.today()));
        return text.toString();
    }
}
