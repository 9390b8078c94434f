package dev.recovery.core.pace;

/**
 * The Daniels-Gilbert equations (docs/reference/paces.md; Daniels and Gilbert 1979), the arithmetic under every
 * VDOT, race prediction and training pace in this package.
 *
 * <ul>
 *   <li>Oxygen cost of running at speed v (m/min): {@code VO2(v) = -4.60 + 0.182258 v + 0.000104 v^2}
 *       in ml/kg/min.</li>
 *   <li>The fraction of VO2max a runner can sustain for t minutes:
 *       {@code F(t) = 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t)}.</li>
 *   <li>{@code VDOT = VO2(d/t) / F(t)}.</li>
 * </ul>
 *
 * <p>These are pure functions of doubles; the value types ({@link Vdot}, {@link TrainingPaces})
 * validate the inputs a runner gives before they reach here.
 *
 * @since 0.1.0
 */
public final class DanielsGilbert {

    // Oxygen cost coefficients, docs/reference/paces.md (Daniels and Gilbert 1979).
    /** Constant term of VO2(v), ml/kg/min. */
    static final double COST_CONSTANT = -4.60;
    /** Linear coefficient of VO2(v), per m/min. */
    static final double COST_LINEAR = 0.182258;
    /** Quadratic coefficient of VO2(v), per (m/min)^2. */
    static final double COST_QUADRATIC = 0.000104;

    // Sustainable fraction coefficients, docs/reference/paces.md (Daniels and Gilbert 1979).
    /** The fraction of VO2max sustainable for a very long effort: the asymptote of F(t). */
    static final double FRACTION_FLOOR = 0.8;
    /** Weight of the slow exponential in F(t). */
    static final double FRACTION_SLOW_WEIGHT = 0.1894393;
    /** Rate of the slow exponential in F(t), per minute. */
    static final double FRACTION_SLOW_RATE = 0.012778;
    /** Weight of the fast exponential in F(t). */
    static final double FRACTION_FAST_WEIGHT = 0.2989558;
    /** Rate of the fast exponential in F(t), per minute. */
    static final double FRACTION_FAST_RATE = 0.1932605;

    /**
     * Bracket for the time solve, as speeds in m/min. At 600 m/min (1:40/km) the VDOT implied is
     * above 110 whatever the duration, and at 40 m/min (25:00/km) it is below 4, so for every
     * {@link Vdot} the library accepts (15 to 90) the answer lies strictly inside.
     */
    private static final double BRACKET_FAST_METRES_PER_MINUTE = 600;
    private static final double BRACKET_SLOW_METRES_PER_MINUTE = 40;

    /**
     * Bisection stops when the bracket is narrower than this many minutes (6 microseconds), far
     * below the millisecond the result is rounded to. VDOT falls strictly as the time for a fixed
     * distance grows (both the speed and the sustainable fraction fall, and the speed term
     * dominates), so bisection converges to the one root.
     */
    static final double TIME_TOLERANCE_MINUTES = 1e-7;
    private static final int MAX_ITERATIONS = 200;

    private DanielsGilbert() {
    }

    /** Oxygen cost, in ml/kg/min, of running at {@code metresPerMinute}. */
    public static double oxygenCost(double metresPerMinute) {
        return COST_CONSTANT + COST_LINEAR * metresPerMinute + COST_QUADRATIC * metresPerMinute * metresPerMinute;
    }

    /** The fraction of VO2max (about 0.8 to 1.29) a runner can sustain for {@code minutes}. */
    public static double sustainableFraction(double minutes) {
        return FRACTION_FLOOR
                + FRACTION_SLOW_WEIGHT * Math.exp(-FRACTION_SLOW_RATE * minutes)
                + FRACTION_FAST_WEIGHT * Math.exp(-FRACTION_FAST_RATE * minutes);
    }

    /** VDOT of covering {@code metres} in {@code minutes}: VO2(d/t) / F(t). */
    public static double vdot(double metres, double minutes) {
        return oxygenCost(metres / minutes) / sustainableFraction(minutes);
    }

    /**
     * The speed in m/min whose oxygen cost is {@code oxygenCost} ml/kg/min: the positive root of the
     * quadratic VO2(v). Used for training paces, which Daniels defines as fractions of VDOT.
     */
    public static double speedFor(double oxygenCost) {
        double c = COST_CONSTANT - oxygenCost;
        double discriminant = COST_LINEAR * COST_LINEAR - 4 * COST_QUADRATIC * c;
        return (-COST_LINEAR + Math.sqrt(discriminant)) / (2 * COST_QUADRATIC);
    }

    /**
     * The race time, in minutes, over {@code metres} that a runner of VDOT {@code vdot} is predicted
     * to run: the root of {@code vdot(metres, t) = vdot}, found by bisection to
     * {@link #TIME_TOLERANCE_MINUTES}.
     */
    public static double minutesFor(double vdot, double metres) {
        double fast = metres / BRACKET_FAST_METRES_PER_MINUTE;
        double slow = metres / BRACKET_SLOW_METRES_PER_MINUTE;
        for (int i = 0; i < MAX_ITERATIONS && slow - fast > TIME_TOLERANCE_MINUTES; i++) {
            double mid = (fast + slow) / 2;
            if (vdot(metres, mid) > vdot) {
                fast = mid; // still too fast for this VDOT: the answer is slower
            } else {
                slow = mid;
            }
        }
        return (fast + slow) / 2;
    }
}
