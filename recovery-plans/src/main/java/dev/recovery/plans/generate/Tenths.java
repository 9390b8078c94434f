package dev.recovery.plans.generate;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;

/** Plans round every distance to a tenth of the runner's unit; the builder counts in whole tenths so sums and caps are exact. */
final class Tenths {

    private Tenths() {
    }

    /** {@code distance} in tenths of {@code unit}, rounded. */
    static int of(Distance distance, DistanceUnit unit) {
        return (int) Math.round(distance.in(unit) * 10);
    }

    /** A distance of {@code tenths} tenths of {@code unit}. */
    static Distance distance(int tenths, DistanceUnit unit) {
        return Distance.ofMetres(tenths * unit.metres() / 10.0);
    }

    /** Shows {@code tenths} as e.g. {@code 42.5 mi}, without String.format (plans are built in microseconds). */
    static String format(int tenths, DistanceUnit unit) {
        return (tenths / 10) + "." + (tenths % 10) + " " + unit.symbol();
    }
}
