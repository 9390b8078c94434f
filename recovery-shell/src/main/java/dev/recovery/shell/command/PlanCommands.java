package dev.recovery.shell.command;

import dev.recovery.core.pace.RaceDistance;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.export.CsvExport;
import dev.recovery.plans.export.HtmlExport;
import dev.recovery.plans.export.IcsExport;
import dev.recovery.plans.export.MarkdownExport;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.workout.WorkoutText;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.request.TuneUp;
import dev.recovery.shell.cli.UsageException;
import dev.recovery.shell.export.PlanJson;
import dev.recovery.shell.export.PlanPdf;
import dev.recovery.shell.render.DomainJson;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Table;
import dev.recovery.shell.service.PlanService;
import dev.recovery.shell.service.TrainingHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code plan generate|show|export|adapt}: a periodized marathon plan from the plans library, kept
 * in the journal as its JSON document (the latest one is the plan being followed).
 */
public class PlanCommands {

    private final PlanService plans;
    private final TrainingHistory history;
    private final Clock clock;

    /**
     * @param plans generates, adapts and keeps the plan
     * @param history the profile's units and goal
     * @param clock gives "today" and the calendar export's time stamp
     */
    public PlanCommands(PlanService plans, TrainingHistory history, Clock clock) {
        this.plans = plans;
        this.history = history;
        this.clock = clock;
    }

    /** @return the new plan's weeks, text or JSON */
    @Command(name = {"plan", "generate"}, group = Groups.PLAN, completionProvider = OptionCompletions.BEAN,
            description = "Build a periodized marathon plan and keep it in the journal",
            help = "Example: plan generate --race-date 2027-04-18 --current-weekly 30mi --peak-weekly 55mi "
                    + "--runs-per-week 5 --long-run-day sunday --rest-day monday --strength-days tuesday,friday "
                    + "--cross-day wednesday --goal 3:30:00\nPaces come from --goal, or --race with --time, or the profile's goal.")
    public String generate(@Option(longName = "race-date", required = true, description = "marathon day, YYYY-MM-DD") String raceDate,
            @Option(longName = "weeks", description = "plan length in weeks (default: from today to the race)") String weeks,
            @Option(longName = "current-weekly", required = true, description = "what you run a week now, e.g. 30mi or 50km") String currentWeekly,
            @Option(longName = "peak-weekly", required = true, description = "the peak week's distance, e.g. 55mi") String peakWeekly,
            @Option(longName = "runs-per-week", description = "runs a week (default 5)") String runsPerWeek,
            @Option(longName = "long-run-day", description = "day of the long run, e.g. sunday") String longRunDay,
            @Option(longName = "rest-day", description = "rest day, e.g. monday") String restDay,
            @Option(longName = "strength-days", description = "two strength days, e.g. tuesday,friday") String strengthDays,
            @Option(longName = "cross-day", description = "cross-training day, e.g. wednesday") String crossDay,
            @Option(longName = "goal", description = "goal marathon time for the paces, e.g. 3:30:00") String goal,
            @Option(longName = "race", description = "or a recent race for the paces: 5k|10k|half|marathon (with --time)") String race,
            @Option(longName = "time", description = "that race's time, e.g. 45:30") String time,
            @Option(longName = "tune-up", description = "an optional 10k or half tune-up race 3-6 weeks out, e.g. 2027-03-14:half")
            String tuneUp,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate raceDay = OptionValues.required("race-date", raceDate, t -> Dates.parse("race-date", t));
        Distance current = OptionValues.required("current-weekly", currentWeekly, t -> Distance.parse("current-weekly", t));
        Distance peak = OptionValues.required("peak-weekly", peakWeekly, t -> Distance.parse("peak-weekly", t));
        RaceResult basis = paceBasis(goal, race, time);
        PlanRequest.Builder builder = OptionValues.build(() -> PlanRequest.builder(raceDay, current, peak, basis));
        if (weeks != null) {
            int value = OptionValues.wholeNumber("weeks", weeks, 1, 52, "weeks");
            OptionValues.build(() -> builder.weeks(value));
        }
        if (runsPerWeek != null) {
            int value = OptionValues.wholeNumber("runs-per-week", runsPerWeek, 1, 14, "runs");
            OptionValues.build(() -> builder.runsPerWeek(value));
        }
        if (longRunDay != null) {
            DayOfWeek day = day("long-run-day", longRunDay);
            OptionValues.build(() -> builder.longRunDay(day));
        }
        if (restDay != null) {
            DayOfWeek day = day("rest-day", restDay);
            OptionValues.build(() -> builder.restDay(day));
        }
        if (strengthDays != null) {
            String[] days = strengthDays.split(",");
            if (days.length != 2) {
                throw new UsageException("--strength-days: '" + strengthDays + "' is not allowed; expected two days, e.g. tuesday,friday");
            }
            DayOfWeek first = day("strength-days", days[0]);
            DayOfWeek second = day("strength-days", days[1]);
            OptionValues.build(() -> builder.strengthDays(first, second));
        }
        if (crossDay != null) {
            DayOfWeek day = day("cross-day", crossDay);
            OptionValues.build(() -> builder.crossTrainingDay(day));
        }
        if (tuneUp != null) {
            TuneUp tuneUpRace = OptionValues.parse("tune-up", tuneUp, TuneUp::parse);
            OptionValues.build(() -> builder.tuneUp(tuneUpRace));
        }
        DistanceUnit units = history.profile().units();
        OptionValues.build(() -> builder.units(units));
        PlanRequest request = OptionValues.build(builder::build);
        Plan plan = OptionValues.build(() -> plans.generate(request));
        return output == OutputFormat.JSON ? Json.write(DomainJson.planSummary(plan, plans.openEpisodesFrom(LocalDate.now(clock)))) : overview(plan) + "\n\nPlan kept in the journal.";
    }

    /** @return the plan, or one week of it */
    @Command(name = {"plan", "show"}, group = Groups.PLAN, completionProvider = OptionCompletions.BEAN,
            description = "Show the plan being followed, or one week of it day by day")
    public String show(@Option(longName = "week", description = "week number, 1 for the first (default: all weeks)") String week,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        Plan plan = current();
        if (week == null) {
            return output == OutputFormat.JSON ? Json.write(DomainJson.planSummary(plan, plans.openEpisodesFrom(LocalDate.now(clock)))) : overview(plan);
        }
        int index = OptionValues.wholeNumber("week", week, 1, plan.weeks().size(), "weeks of this plan");
        Week shown = plan.weeks().get(index - 1);
        if (output == OutputFormat.JSON) {
            return Json.write(DomainJson.planWeek(plan, index - 1, plans.openEpisodesFrom(LocalDate.now(clock))));
        }
        return week(shown, plan.units());
    }

    /** @return where the plan was written, text or JSON */
    @Command(name = {"plan", "export"}, group = Groups.PLAN, completionProvider = OptionCompletions.BEAN,
            description = "Write the plan to a file: html, pdf, md, ics, csv or json; or its runs as FIT workouts for a watch",
            help = "Example: plan export --format fit --output ~/watch-workouts\n"
                    + "fit writes one workout file per planned run into the folder --output names (created if missing).")
    public String export(@Option(longName = "format", required = true, description = "html|pdf|md|ics|csv|json|fit") String format,
            @Option(longName = "output", required = true, description = "the file to write (for fit: the folder)") String output,
            @Option(longName = "print", description = "text|json: how to report what was written (default text)") String print) {
        OutputFormat report = print == null ? OutputFormat.TEXT : OptionValues.parse("print", print, OutputFormat::parse);
        Plan plan = current();
        Path file = OptionValues.path("--output", output);
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (kind.equals("fit")) {
            return WatchExport.write(plan, file, report);
        }
        try {
            switch (kind) {
                case "html" -> Files.writeString(file, HtmlExport.render(plan), StandardCharsets.UTF_8);
                case "md", "markdown" -> Files.writeString(file, MarkdownExport.render(plan), StandardCharsets.UTF_8);
                case "ics" -> Files.writeString(file, IcsExport.render(plan, clock.instant()), StandardCharsets.UTF_8);
                case "csv" -> Files.writeString(file, CsvExport.render(plan), StandardCharsets.UTF_8);
                case "json" -> Files.writeString(file, PlanJson.write(plan), StandardCharsets.UTF_8);
                case "pdf" -> {
                    // openhtmltopdf logs its progress at INFO through its own handler; the console shows results only.
                    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
                    Files.write(file, PlanPdf.render(plan));
                }
                default -> throw new UsageException("--format: '" + format + "' is not allowed; expected html, pdf, md, ics, csv, json or fit");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (report == OutputFormat.JSON) {
            return Json.write(Json.object("format", kind, "file", file.toAbsolutePath().toString(), "weeks", plan.weeks().size()));
        }
        return "Wrote the plan (" + plan.weeks().size() + " weeks) as " + kind + " to " + file.toAbsolutePath();
    }

    /** @return the week of the day after adapting */
    @Command(name = {"plan", "adapt"}, group = Groups.PLAN, completionProvider = OptionCompletions.BEAN,
            description = "Adapt the plan from a day on to your readiness (check-ins and load) and what you ran")
    public String adapt(@Option(longName = "date", description = "the day, YYYY-MM-DD (default today)") String date,
            @Option(longName = "race-result", description = "the planned tune-up race's time, e.g. 1:38:20: recalibrates the paces")
            String raceResult,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        if (raceResult != null) {
            Duration result = OptionValues.parse("race-result", raceResult, t -> Durations.parse("race-result", t));
            Plan recalibrated = OptionValues.build(() -> plans.recalibrate(current(), result));
            LocalDate raced = recalibrated.request().tuneUp().orElseThrow().date();
            Week next = recalibrated.weekOf(raced.plusDays(1)).orElse(recalibrated.weeks().get(recalibrated.weeks().size() - 1));
            if (output == OutputFormat.JSON) {
                return Json.write(DomainJson.planWeek(recalibrated, next.index(), plans.openEpisodesFrom(LocalDate.now(clock))));
            }
            return "Paces recalibrated from the tune-up on " + raced + " (VDOT " + recalibrated.paces().vdot().format()
                    + "); the weeks after it use them. Next:\n\n" + week(next, recalibrated.units());
        }
        LocalDate day = date == null ? LocalDate.now(clock) : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        Plan plan = current();
        PlanService.Adapted result = OptionValues.build(() -> plans.adapt(plan, day));
        Plan adapted = result.plan();
        Week week = adapted.weekOf(day).orElse(adapted.weeks().get(adapted.weeks().size() - 1));
        if (output == OutputFormat.JSON) {
            return Json.write(DomainJson.planWeek(adapted, week.index(), plans.openEpisodesFrom(day)));
        }
        return "Plan adapted from " + day + " (readiness " + result.readiness().level() + "). This week:\n\n"
                + week(week, adapted.units());
    }

    private Plan current() {
        return plans.current()
                .orElseThrow(() -> new UsageException("no plan yet: create one with 'plan generate' (see 'help plan generate')"));
    }

    private RaceResult paceBasis(String goal, String race, String time) {
        if (race != null || time != null) {
            if (race == null || time == null) {
                throw new UsageException("--race and --time go together, e.g. --race 10k --time 45:30");
            }
            RaceDistance distance = OptionValues.parse("race", race, RaceDistance::parse);
            Duration finish = OptionValues.parse("time", time, t -> Durations.parse("time", t));
            return OptionValues.build(() -> RaceResult.recentRace(distance.distance(), finish));
        }
        Duration marathon = goal != null ? OptionValues.parse("goal", goal, t -> Durations.parse("goal", t))
                : history.profile().goalMarathonTime().orElseThrow(() -> new UsageException(
                        "plan generate: paces need --goal, or --race with --time, or a goal in your profile (profile set --goal 3:30:00)"));
        return OptionValues.build(() -> RaceResult.goalMarathon(marathon));
    }

    private static DayOfWeek day(String option, String text) {
        return OptionValues.parse(option, text.strip(), t -> {
            try {
                return DayOfWeek.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": '" + t + "' is not allowed; expected a day of the week, e.g. sunday");
            }
        });
    }

    private static String overview(Plan plan) {
        DistanceUnit units = plan.units();
        Table table = Table.create().right("week").left("phase").left("starts").right("planned").right("long run").right("runs");
        for (Week week : plan.weeks()) {
            table.row(String.valueOf(week.index() + 1), week.phaseId() + (week.cutback() ? " (cutback)" : ""),
                    week.start().toString(), week.plannedVolume().format(units), week.longestRun().format(units),
                    String.valueOf(week.runCount()));
        }
        return "Plan: " + plan.weeks().size() + " weeks, " + plan.startDate() + " to race day " + plan.raceDate() + "\n\n"
                + table.render() + "\n\nDay by day: plan show --week N";
    }

    private static String week(Week week, DistanceUnit units) {
        Table table = Table.create().left("date").left("day").left("sessions");
        for (Day day : week.days()) {
            List<String> sessions = new ArrayList<>();
            for (PlannedRun run : day.runs()) {
                String steps = WorkoutText.describe(run.workout(), units);
                sessions.add(run.kind().label() + " " + run.distance().format(units)
                        + (run.workout().parts().size() > 1 ? " (" + steps + ")" : " @ " + run.pace().format(units)));
            }
            day.strength().ifPresent(s -> sessions.add(s.light() ? "strength (light)" : "strength"));
            day.cross().ifPresent(c -> sessions.add(Checks.id(c.activity()) + " " + Durations.format(c.duration())));
            day.mobility().ifPresent(m -> sessions.add("mobility"));
            if (sessions.isEmpty()) {
                sessions.add("rest");
            }
            table.row(day.date().toString(), day.date().getDayOfWeek().name().substring(0, 3).toLowerCase(Locale.ROOT),
                    String.join(", ", sessions));
        }
        return "Week " + (week.index() + 1) + " (" + week.phaseId() + "), " + week.plannedVolume().format(units) + " planned\n\n"
                + table.render();
    }
}
