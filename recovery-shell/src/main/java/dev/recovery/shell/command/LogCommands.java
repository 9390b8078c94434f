package dev.recovery.shell.command;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.HeartRates;
import dev.recovery.core.unit.Rpe;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.render.EntryView;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.service.TrainingHistory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code log run} and {@code log cross}: record a session in the journal. */
public class LogCommands {

    private final TrainingHistory history;
    private final EntryView view;

    /**
     * @param history where sessions are recorded; gives "today" when {@code --date} is left out
     * @param view how entries are shown
     */
    public LogCommands(TrainingHistory history, EntryView view) {
        this.history = history;
        this.view = view;
    }

    /**
     * Parses the options into a {@link Run}, records it durably and prints what was recorded.
     *
     * @return the confirmation, text or JSON
     */
    @Command(name = {"log", "run"}, group = Groups.LOG, completionProvider = OptionCompletions.BEAN,
            description = "Record a run",
            help = "Example: log run --date 2026-11-20 --distance 10km --duration 55:00 --type easy --rpe 3")
    public String run(
            @Option(longName = "date", description = "day of the run, YYYY-MM-DD (default today)") String date,
            @Option(longName = "distance", required = true, description = "e.g. 10km, 6.2mi, 800m") String distance,
            @Option(longName = "duration", required = true, description = "moving time, e.g. 55:00 or 1:05:30") String duration,
            @Option(longName = "type", description = "easy|long|tempo|intervals|marathon-pace|recovery|race (default easy)") String type,
            @Option(longName = "rpe", description = "effort, a whole number from 1 to 10") String rpe,
            @Option(longName = "avg-hr", description = "average heart rate, bpm") String avgHr,
            @Option(longName = "max-hr", description = "maximum heart rate, bpm") String maxHr,
            @Option(longName = "shoe", description = "name of the shoe worn (see shoes list)") String shoe,
            @Option(longName = "note", description = "free text, quoted") String note,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate day = day(date);
        Distance metres = OptionValues.required("distance", distance, t -> Distance.parse("distance", t));
        Duration time = OptionValues.required("duration", duration, t -> Durations.parse("duration", t));
        RunType runType = type == null ? RunType.EASY : OptionValues.parse("type", type, RunType::parse);
        Optional<Rpe> effort = Optional.ofNullable(OptionValues.parse("rpe", rpe, Rpe::parse));
        Integer average = OptionValues.wholeNumber("avg-hr", avgHr, HeartRates.MIN_BPM, HeartRates.MAX_BPM, "bpm");
        Integer maximum = OptionValues.wholeNumber("max-hr", maxHr, HeartRates.MIN_BPM, HeartRates.MAX_BPM, "bpm");
        Run run = OptionValues.build(() -> new Run(day, metres, time, runType, effort, optional(average),
                optional(maximum), Optional.ofNullable(blankToNull(shoe)), Optional.ofNullable(blankToNull(note))));
        return record(run, output);
    }

    /**
     * Parses the options into a cross-training, strength or yoga session and records it durably.
     *
     * @return the confirmation, text or JSON
     */
    @Command(name = {"log", "cross"}, group = Groups.LOG, completionProvider = OptionCompletions.BEAN,
            description = "Record cross-training, strength or yoga",
            help = "Example: log cross --date 2026-11-21 --activity bike --duration 45:00 --rpe 4")
    public String cross(
            @Option(longName = "date", description = "day of the session, YYYY-MM-DD (default today)") String date,
            @Option(longName = "activity", required = true, description = "bike|elliptical|swim|walk|strength|yoga") String activity,
            @Option(longName = "duration", required = true, description = "e.g. 45:00 or 1:10:00") String duration,
            @Option(longName = "rpe", description = "effort, a whole number from 1 to 10") String rpe,
            @Option(longName = "avg-hr", description = "average heart rate, bpm") String avgHr,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate day = day(date);
        Duration time = OptionValues.required("duration", duration, t -> Durations.parse("duration", t));
        Optional<Rpe> effort = Optional.ofNullable(OptionValues.parse("rpe", rpe, Rpe::parse));
        OptionalInt heartRate = optional(OptionValues.wholeNumber("avg-hr", avgHr, HeartRates.MIN_BPM, HeartRates.MAX_BPM, "bpm"));
        String kind = activity.strip().toLowerCase(Locale.ROOT);
        Session session;
        if (kind.equals("strength")) {
            session = OptionValues.build(() -> new StrengthSession(day, time, effort, heartRate));
        } else if (kind.equals("yoga")) {
            session = OptionValues.build(() -> new YogaSession(day, time, effort, heartRate));
        } else {
            CrossActivity crossActivity = OptionValues.parse("activity", activity, t -> {
                try {
                    return CrossActivity.parse(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("activity: " + t + " is not allowed; expected one of "
                            + "bike, elliptical, swim, walk, strength, yoga");
                }
            });
            session = OptionValues.build(() -> new CrossTraining(day, crossActivity, time, effort, heartRate));
        }
        return record(session, output);
    }

    private String record(Session session, OutputFormat output) {
        JournalEntry entry = history.recordSession(session);
        if (output == OutputFormat.JSON) {
            return Json.write(Json.object("recorded", view.json(entry)));
        }
        return "Recorded " + view.kind(entry) + " on " + view.date(entry).map(LocalDate::toString).orElse("")
                + ": " + view.summary(entry, history.profile().units());
    }

    private LocalDate day(String date) {
        if (date == null) {
            return history.today();
        }
        return OptionValues.parse("date", date, t -> Dates.parse("date", t));
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
