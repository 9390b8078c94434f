package dev.recovery.plans.plan;

import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;

/**
 * One planned run.
 *
 * @param type     easy, long, tempo, intervals, marathon-pace, recovery or race
 * @param distance how far, more than 0; rounded to 0.1 of the plan's unit (the race is exactly 42.195 km)
 */
public record PlannedRun(RunType type, Distance distance) {

    private static final String TYPES = "one of " + Checks.ids(RunType.class);

    /** @throws IllegalArgumentException if the type is missing or the distance is not positive */
    public PlannedRun {
        Checks.required("type", type, TYPES);
        Checks.required("distance", distance, "a distance more than 0");
        if (distance.metres() <= 0) {
            throw Checks.invalidFormatted("distance", distance.toString(), "more than 0");
        }
    }

    /** A planned run. */
    public static PlannedRun of(RunType type, Distance distance) {
        return new PlannedRun(type, distance);
    }

    /** True for hard sessions: long run, tempo, intervals, marathon pace, race. */
    public boolean isHard() {
        return type.isHard();
    }
}
