package dev.recovery.plans.plan;

import dev.recovery.core.log.RunType;
import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import java.time.Duration;

/**
 * One planned run.
 *
 * @param type     easy, long, tempo, intervals, marathon-pace, recovery or race
 * @param distance how far, more than 0; rounded to 0.1 of the plan's unit (the race is exactly 42.195 km)
 * @param pace     the pace range to run it in (from core's VDOT training paces: E for easy, recovery and
 *                 long runs, M for marathon pace and the race, T for tempo, I for intervals)
 * @since 0.1.0
 */
public record PlannedRun(RunType type, Distance distance, PaceRange pace) {

    /** @throws IllegalArgumentException if the type is missing or the distance is not positive */
    public PlannedRun {
        Checks.requiredOneOf("type", type, RunType.class);
        Checks.required("distance", distance, "a distance more than 0");
        if (distance.metres() <= 0) {
            throw Checks.invalidFormatted("distance", distance.toString(), "more than 0");
        }
        Checks.required("pace", pace, "a pace range");
    }

    /** A planned run. */
    public static PlannedRun of(RunType type, Distance distance, PaceRange pace) {
        return new PlannedRun(type, distance, pace);
    }

    /** A copy over {@code value}, at the same pace. */
    public PlannedRun withDistance(Distance value) {
        return new PlannedRun(type, value, pace);
    }

    /** True for hard sessions: long run, tempo, intervals, marathon pace, race. */
    public boolean isHard() {
        return type.isHard();
    }

    /** How long the run is expected to take: its distance at the slow end of its pace range. */
    public Duration expectedDuration() {
        return pace.slow().timeFor(distance);
    }
}
