package dev.recovery.plans.generate;

/**
 * Whole-percent arithmetic on whole tenths or metres: the plan rules' percentages (the 10% rule, the
 * long run's share of its week, cutbacks, the taper) are applied in integers, so a value exactly at a
 * rule's limit is reached and compared exactly, never a hair above or below it as in floating point
 * (50 x 1.1 is 55.00000000000001 in a double).
 */
final class Percent {

    /** A whole: 100%. */
    static final int WHOLE = 100;

    private Percent() {
    }

    /** {@code percent}% of {@code value}, rounded down; both at least 0. */
    static int of(int value, int percent) {
        return (int) ((long) value * percent / WHOLE);
    }

    /** {@code percent}% of {@code value}, rounded to the nearest whole, halves up; both at least 0. */
    static int rounded(int value, int percent) {
        return (int) (((long) value * percent + WHOLE / 2) / WHOLE);
    }
}
