package dev.recovery.shell.command;

import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.Dates;
import dev.recovery.shell.render.DomainJson;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.service.RecoveryService;
import dev.recovery.shell.render.OutputFormat;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code recover}: the day's recovery prescription, from the sessions logged that day and the
 * check-ins recorded that day (the latest per body region), through the library's prescriber.
 */
public class RecoverCommands {

    private final RecoveryService recovery;
    private final Clock clock;

    /**
     * @param recovery the day's prescription
     * @param clock gives "today"
     */
    public RecoverCommands(RecoveryService recovery, Clock clock) {
        this.recovery = recovery;
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
        Prescription prescription = OptionValues.build(() -> recovery.prescribe(day, trainingPhase));
        return output == OutputFormat.JSON ? Json.write(DomainJson.prescription(prescription)) : prescription.format().stripTrailing();
    }
}
