package dev.recovery.plans.build;

import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.request.RaceResult;
import java.time.Duration;

/**
 * How long a planned run is expected to take, for the recovery prescription (which needs a session's
 * duration). Until the plan carries training paces this uses the pace of the runner's pace basis,
 * slowed for easy running by a fixed margin.
 */
public final class RunDurations {

    /** Easy and long runs are timed about 90 s per mile (56 s/km) slower than the pace basis: the easy-pace margin of RULES.md 3. */
    static final double EASY_MARGIN_SECONDS_PER_KM = 56;

    private final double raceSecondsPerKm;

    private RunDurations(double raceSecondsPerKm) {
        this.raceSecondsPerKm = raceSecondsPerKm;
    }

    /** Durations from the request's pace basis. */
    public static RunDurations of(RaceResult basis) {
        return new RunDurations(basis.pace().secondsPerKm());
    }

    /** The expected duration of {@code run}. */
    public Duration durationOf(PlannedRun run) {
        double secondsPerKm = run.type().isHard() && run.type() != dev.recovery.core.log.RunType.LONG ? raceSecondsPerKm
                : raceSecondsPerKm + EASY_MARGIN_SECONDS_PER_KM;
        secondsPerKm = Math.min(secondsPerKm, dev.recovery.core.unit.Pace.MAX_SECONDS_PER_KM);
        return Duration.ofSeconds(Math.max(1, Math.round(secondsPerKm * run.distance().km())));
    }
}
