package dev.recovery.core.pace;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import java.time.Duration;

/**
 * Riegel's endurance formula, {@code t2 = t1 x (d2/d1)^1.06} (Riegel 1981; docs/reference/paces.md): a simpler
 * race-time prediction than VDOT, shown next to it as a cross-check. It assumes the runner is as
 * well trained for the longer race as for the shorter one, so it tends to flatter marathon times
 * predicted from short races.
 *
 * @since 0.1.0
 */
public final class Riegel {

    /** The fatigue exponent, 1.06 (Riegel 1981, docs/reference/paces.md). */
    public static final double EXPONENT = 1.06;

    private Riegel() {
    }

    /**
     * The time predicted for {@code target} from a race of {@code raceDistance} in {@code raceTime}.
     *
     * @throws IllegalArgumentException if a distance is zero or missing, or the time is not positive
     */
    public static Duration predict(Distance raceDistance, Duration raceTime, Distance target) {
        positive("race distance", raceDistance);
        positive("distance", target);
        Checks.required("race time", raceTime, "a finishing time such as 45:00");
        if (raceTime.isZero() || raceTime.isNegative()) {
            throw Checks.invalidFormatted("race time", raceTime.toString(), "a time longer than zero");
        }
        double ratio = target.metres() / raceDistance.metres();
        return Duration.ofMillis(Math.round(raceTime.toMillis() * Math.pow(ratio, EXPONENT)));
    }

    private static void positive(String field, Distance distance) {
        Checks.required(field, distance, "a distance such as 10km");
        if (distance.metres() <= 0) {
            throw Checks.invalidFormatted(field, distance.toString(), "a distance longer than zero");
        }
    }
}
