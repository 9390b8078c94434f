package dev.recovery.plans.generate;

import dev.recovery.core.log.RunType;
import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.TrainingZone;
import dev.recovery.core.pace.Vdot;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.request.RaceResult;
import java.time.Duration;

/**
 * The pace range of each kind of planned run, from recovery-core's VDOT training paces:
 * easy, recovery and long runs at E (already slowed by core to at least 90 s/mile slower than
 * marathon pace), marathon-pace runs and the race at M, tempo at T, intervals at I.
 *
 * @since 0.1.0
 */
public final class RunPaces {

    private final TrainingPaces paces;

    private RunPaces(TrainingPaces paces) {
        this.paces = paces;
    }

    /**
     * The paces for a request's pace basis: a goal marathon time, or a recent race.
     *
     * @throws IllegalArgumentException if the result gives a VDOT outside the range core accepts
     */
    public static RunPaces of(RaceResult basis) {
        Vdot vdot = basis.goal() ? Vdot.fromGoal(basis.time()) : Vdot.fromRace(basis.distance(), basis.time());
        return new RunPaces(TrainingPaces.of(vdot));
    }

    /** The paces behind a plan built earlier. */
    public static RunPaces of(TrainingPaces paces) {
        return new RunPaces(paces);
    }

    /** The training paces. */
    public TrainingPaces paces() {
        return paces;
    }

    /** The pace range for a run of {@code type}. */
    public PaceRange rangeFor(RunType type) {
        switch (type) {
            case MARATHON_PACE:
            case RACE:
                return paces.pace(TrainingZone.MARATHON);
            case TEMPO:
                return paces.pace(TrainingZone.THRESHOLD);
            case INTERVALS:
                return paces.pace(TrainingZone.INTERVAL);
            default:
                return paces.easy();
        }
    }

    /** A planned run of {@code type} over {@code distance} at its pace range. */
    public PlannedRun run(RunType type, dev.recovery.core.unit.Distance distance) {
        return PlannedRun.of(type, distance, rangeFor(type));
    }

    /** The expected duration of {@code run}, at the slow end of its range (for the recovery prescription). */
    public Duration durationOf(PlannedRun run) {
        return run.expectedDuration();
    }
}
