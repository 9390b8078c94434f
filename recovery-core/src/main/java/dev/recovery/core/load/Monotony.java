package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;

/**
 * Foster's (1998) training monotony and strain over the 7 days ending on a date (docs/reference/load.md).
 * Monotony = mean daily load / standard deviation of daily load, rest days counting as 0 and the
 * deviation taken over the population (dividing by 7, as Runalyze does); capped at
 * {@value #CAP}. A week of identical non-zero days has no deviation and gets the cap; a week with
 * no training at all has monotony 0. Strain = the week's total load x monotony.
 *
 * @param weeklyLoad total load of the 7 days, AU
 * @param monotony   0 to {@value #CAP}
 * @param strain     weeklyLoad x monotony, AU
 * @since 0.1.0
 */
public record Monotony(double weeklyLoad, double monotony, double strain) {

    /** The days monotony is computed over. */
    public static final int DAYS = 7;
    /** The cap, so one week of identical days does not give infinity (Runalyze; docs/reference/load.md). */
    public static final double CAP = 10;
    /** No training: monotony 0, strain 0. */
    public static final Monotony NONE = new Monotony(0, 0, 0);

    /** @throws IllegalArgumentException if a value is negative, not finite or monotony above the cap */
    public Monotony {
        Checks.inRange("weekly load", weeklyLoad, 0, Double.MAX_VALUE, "AU");
        Checks.inRange("monotony", monotony, 0, CAP, "");
        Checks.inRange("strain", strain, 0, Double.MAX_VALUE, "AU");
    }

    /**
     * The monotony of 7 daily loads.
     *
     * @throws IllegalArgumentException if there are not exactly 7 loads or one is negative or not finite
     */
    public static Monotony ofWeek(double... dailyLoads) {
        Checks.required("loads", dailyLoads, "7 daily loads");
        if (dailyLoads.length != DAYS) {
            throw Checks.invalid("loads", dailyLoads.length + " days", "exactly 7 daily loads");
        }
        for (double d : dailyLoads) {
            Checks.inRange("load", d, 0, DailyLoads.MAX_DAILY_AU, "AU");
        }
        return ofRing(dailyLoads, 0);
    }

    /** Monotony of the 7 values ending at {@code ring[last]}, reading backwards around a ring buffer. */
    static Monotony ofRing(double[] ring, int last) {
        double sum = 0;
        for (int i = 0; i < DAYS; i++) {
            sum += ring[Math.floorMod(last - i, ring.length)];
        }
        if (sum <= 0) {
            return NONE;
        }
        double mean = sum / DAYS;
        double squares = 0;
        for (int i = 0; i < DAYS; i++) {
            double d = ring[Math.floorMod(last - i, ring.length)] - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / DAYS);
        // Identical days have no deviation: mean / 0 is infinite, and the cap is what is reported.
        double monotony = Math.min(CAP, mean / sd);
        return new Monotony(sum, monotony, sum * monotony);
    }

    /** How concerning the monotony is. */
    public MonotonyLevel level() {
        return MonotonyLevel.of(monotony);
    }
}
