package dev.recovery.shell.service;

import dev.recovery.core.load.Convention;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.readiness.DatedTriage;
import dev.recovery.core.readiness.Readiness;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Can the runner train on a day: the latest check-in's triage on or before the day, raised by load
 * warnings from the training up to the day before (the morning view).
 */
public final class ReadinessService {

    private final TrainingHistory history;
    private final LoadService load;
    private final TriageEngine triage;

    /**
     * @param history the check-ins
     * @param load the load up to the day before
     * @param triage triages the latest check-in again (the rules may have been refined since)
     */
    public ReadinessService(TrainingHistory history, LoadService load, TriageEngine triage) {
        this.history = history;
        this.load = load;
        this.triage = triage;
    }

    /**
     * @param day the day to train or not
     * @return the readiness
     * @throws IllegalArgumentException if the library refuses the day
     */
    public Readiness evaluate(LocalDate day) {
        Optional<DatedTriage> dated = history.latestCheckIn(day)
                .map(latest -> DatedTriage.of(latest.date(), triage.evaluate(latest.checkIn())));
        LoadReport morning = load.report(day.minusDays(1), Convention.TRAININGPEAKS);
        return Readiness.of(day, dated, morning);
    }
}
