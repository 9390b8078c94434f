package dev.recovery.shell.command;

import dev.recovery.core.load.Convention;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.readiness.DatedTriage;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Dates;
import dev.recovery.shell.journal.CheckInEntry;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.Style;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code readiness}: can I train today? The latest check-in's triage on or before the day, raised
 * by load warnings from the training up to the day before (the morning view).
 */
public class ReadinessCommands {

    private final JournalSession journal;
    private final TriageEngine triage;
    private final Clock clock;
    private final Style style;

    /**
     * @param journal check-ins, sessions and profile
     * @param triage triages the latest check-in
     * @param clock gives "today"
     * @param style colours the level
     */
    public ReadinessCommands(JournalSession journal, TriageEngine triage, Clock clock, Style style) {
        this.journal = journal;
        this.triage = triage;
        this.clock = clock;
        this.style = style;
    }

    /** @return the readiness, text or JSON */
    @Command(name = "readiness", group = Groups.TRAINING, completionProvider = OptionCompletions.BEAN,
            description = "Can I train today? The latest check-in's triage, raised by load warnings")
    public String readiness(@Option(longName = "date", description = "the day, YYYY-MM-DD (default today)") String date,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate day = date == null ? LocalDate.now(clock) : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        Readiness readiness = evaluate(day);
        Optional<DatedTriage> dated = readiness.triage();
        if (output == OutputFormat.JSON) {
            return Json.write(Json.object("date", day.toString(), "level", readiness.level().name(),
                    "action", readiness.action(), "checkInDate", dated.map(d -> d.checkInDate().toString()).orElse(null),
                    "checkInStale", readiness.checkInStale(), "raisedByLoad", readiness.raisedByLoad(),
                    "reasons", LoadCommands.reasons(readiness.reasons())));
        }
        StringBuilder text = new StringBuilder(colour(readiness.level())).append("  ").append(readiness.action()).append("\n\nWhy:");
        for (Reason reason : readiness.reasons()) {
            text.append("\n  - ").append(reason.message()).append(' ').append(style.dim("[" + reason.ruleId() + "]"));
        }
        return text.toString();
    }

    /**
     * @param day the day to train or not
     * @return the readiness: the latest check-in on or before the day, and the load up to the day before
     */
    public Readiness evaluate(LocalDate day) {
        CheckInEntry latest = null;
        for (JournalEntry entry : journal.entries()) {
            if (entry instanceof CheckInEntry checkIn && !checkIn.date().isAfter(day)
                    && (latest == null || !checkIn.date().isBefore(latest.date()))) {
                latest = checkIn;
            }
        }
        Optional<DatedTriage> dated = latest == null ? Optional.empty()
                : Optional.of(DatedTriage.of(latest.date(), triage.evaluate(latest.checkIn())));
        LocalDate morning = day.minusDays(1);
        LoadReport load = OptionValues.build(() -> LoadReport.of(TrainingData.log(journal), morning, Convention.TRAININGPEAKS,
                TrainingData.settings(journal.profile())));
        Readiness readiness = OptionValues.build(() -> Readiness.of(day, dated, load));
        return readiness;
    }

    private String colour(TriageLevel level) {
        switch (level) {
            case RED:
                return style.red(level.name());
            case AMBER:
                return style.amber(level.name());
            default:
                return style.green(level.name());
        }
    }
}
