package dev.recovery.shell.command;

import dev.recovery.core.recovery.DoseRange;
import dev.recovery.core.recovery.Measure;
import dev.recovery.core.recovery.Prescriber;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryDay;
import dev.recovery.core.recovery.RecoveryItem;
import dev.recovery.core.recovery.SorenessReport;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.shell.journal.CheckInEntry;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.journal.SessionEntry;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code recover}: the day's recovery prescription, from the sessions logged that day and the
 * check-ins recorded that day (the latest per body region), through the library's prescriber.
 */
public class RecoverCommands {

    private final JournalSession journal;
    private final TriageEngine triage;
    private final Clock clock;

    /**
     * @param journal where the day's sessions and check-ins come from
     * @param triage triages each check-in again (the rules may have been refined since it was recorded)
     * @param clock gives "today"
     */
    public RecoverCommands(JournalSession journal, TriageEngine triage, Clock clock) {
        this.journal = journal;
        this.triage = triage;
        this.clock = clock;
    }

    /** @return the prescription, text or JSON */
    @Command(name = "recover", group = Groups.TRAINING, completionProvider = OptionCompletions.BEAN,
            description = "The day's recovery prescription: what to do, when, for how long, and why",
            help = "Uses the sessions logged on that day and its check-ins (the latest per region).\n"
                    + "Without a plan the training phase is 'build' unless --phase says otherwise.")
    public String recover(@Option(longName = "date", description = "the day, YYYY-MM-DD (default today)") String date,
            @Option(longName = "phase", description = "base|build|peak|deload|taper|race-week (default build)") String phase,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        LocalDate day = date == null ? LocalDate.now(clock) : OptionValues.parse("date", date, t -> Dates.parse("date", t));
        TrainingPhase trainingPhase = phase == null ? TrainingPhase.BUILD : OptionValues.parse("phase", phase, TrainingPhase::parse);
        RecoveryDay recoveryDay = OptionValues.build(() -> RecoveryDay.of(day, trainingPhase));
        Map<String, CheckInEntry> latestByRegion = new LinkedHashMap<>();
        for (JournalEntry entry : journal.entries()) {
            if (entry instanceof SessionEntry session && session.session().date().equals(day)) {
                recoveryDay = recoveryDay.plusSession(session.session());
            } else if (entry instanceof CheckInEntry checkIn && checkIn.date().equals(day)) {
                latestByRegion.put(checkIn.checkIn().region().name(), checkIn);
            }
        }
        for (CheckInEntry checkIn : latestByRegion.values()) {
            recoveryDay = recoveryDay.plusSoreness(SorenessReport.of(checkIn.checkIn()));
        }
        Prescription prescription = Prescriber.prescribe(recoveryDay);
        return output == OutputFormat.JSON ? Json.write(json(prescription)) : prescription.format().stripTrailing();
    }

    private static Map<String, Object> json(Prescription p) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (RecoveryItem item : p.items()) {
            Map<String, Object> measures = new LinkedHashMap<>();
            for (Map.Entry<Measure, DoseRange> measure : item.dose().measures().entrySet()) {
                measures.put(Checks.id(measure.getKey()), range(measure.getValue()));
            }
            items.add(Json.object("slot", Checks.id(item.slot()), "modality", item.modality().id(), "text", item.text(),
                    "minutes", range(item.minutes()), "measures", measures.isEmpty() ? null : measures,
                    "targets", item.targets().stream().map(Checks::id).sorted().toList(),
                    "activity", item.activity().map(Checks::id).orElse(null),
                    "rule", item.reason().ruleId(), "source", item.reason().source().citation(),
                    "cautions", item.cautions().stream().map(RecoverCommands::reason).toList()));
        }
        return Json.object("date", p.date().toString(), "phase", p.phase().id(),
                "worst", p.worst().map(Enum::name).orElse(null), "items", items,
                "totalMinutes", range(p.totalMinutes()), "notes", p.notes().stream().map(RecoverCommands::reason).toList());
    }

    private static Map<String, Object> range(DoseRange range) {
        return Json.object("min", range.min(), "max", range.max());
    }

    private static Map<String, Object> reason(Reason reason) {
        return Json.object("rule", reason.ruleId(), "message", reason.message(), "source", reason.source().citation());
    }
}
