package dev.recovery.shell.service;

import dev.recovery.core.episode.Episodes;
import dev.recovery.core.load.Convention;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.readiness.Readiness;
import java.time.LocalDate;

/**
 * Can the runner train on a day: the worst open soreness episode over all check-ins up to the day
 * (RED stays RED until a clearance; AMBER escalates from its own course), today's return-to-run
 * step, then the load warnings from the training up to the day before (the morning view), which only
 * ever raise GREEN to AMBER.
 */
public final class ReadinessService {

    private final TrainingHistory history;
    private final LoadService load;

    /**
     * @param history the check-ins, clearances and runs
     * @param load the load up to the day before
     */
    public ReadinessService(TrainingHistory history, LoadService load) {
        this.history = history;
        this.load = load;
    }

    /**
     * @param day the day to train or not
     * @return the readiness
     * @throws IllegalArgumentException if the library refuses the day
     */
    public Readiness evaluate(LocalDate day) {
        LoadReport morning = load.report(day.minusDays(1), Convention.TRAININGPEAKS);
        return Readiness.of(day, history.sorenessHistory(), morning.flags(), history.lastRunBefore(day));
    }

    /**
     * @param day the day
     * @return every episode as of that day, open or resolved
     * @throws IllegalArgumentException if the library refuses the day
     */
    public Episodes episodes(LocalDate day) {
        return history.sorenessHistory().on(day);
    }
}
