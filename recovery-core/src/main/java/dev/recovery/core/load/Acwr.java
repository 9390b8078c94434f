package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The acute:chronic workload ratio on one day, by all three methods (RULES.md 2): how this week's
 * load compares with what the last four weeks prepared the body for. 1.0 means "as usual".
 *
 * <p>A ratio is absent (empty) when it is not meaningful: before the log covers a full
 * {@value #CHRONIC_DAYS}-day chronic window (the missing weeks would count as rest and fake a
 * spike), or when the chronic load is 0 (dividing by nothing: after four weeks off any running at
 * all would be an "infinite" spike; the runner needs a gradual return, which the ratio cannot
 * express).
 *
 * @param rollingCoupled   acute 7-day sum / (28-day sum / 4), if defined
 * @param rollingUncoupled acute 7-day sum / (sum of the 21 days before the acute week / 3), if defined
 * @param ewma             EWMA acute (N = 7) / EWMA chronic (N = 28), if defined
 * @since 0.1.0
 */
public record Acwr(OptionalDouble rollingCoupled, OptionalDouble rollingUncoupled, OptionalDouble ewma) {

    /** The acute window in days (Gabbett 2016). */
    public static final int ACUTE_DAYS = 7;
    /** The chronic window in days (Gabbett 2016). */
    public static final int CHRONIC_DAYS = 28;
    /** No ratio at all. */
    public static final Acwr NONE = new Acwr(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());

    /** @throws IllegalArgumentException if a component is missing or a ratio is negative */
    public Acwr {
        check("rolling-coupled", rollingCoupled);
        check("rolling-uncoupled", rollingUncoupled);
        check("ewma", ewma);
    }

    /** The ratio by {@code method}. */
    public OptionalDouble value(AcwrMethod method) {
        switch (Checks.required("method", method, "rolling-coupled, rolling-uncoupled or ewma")) {
            case ROLLING_COUPLED:
                return rollingCoupled;
            case ROLLING_UNCOUPLED:
                return rollingUncoupled;
            case EWMA:
            default:
                return ewma;
        }
    }

    /** The zone of the ratio by {@code method}, if it is defined. */
    public Optional<AcwrZone> zone(AcwrMethod method) {
        OptionalDouble v = value(method);
        return v.isPresent() ? Optional.of(AcwrZone.of(v.getAsDouble())) : Optional.empty();
    }

    /** The zone of the EWMA ratio, the one flags are raised from (it does not couple the windows). */
    public Optional<AcwrZone> zone() {
        return zone(AcwrMethod.EWMA);
    }

    private static void check(String field, OptionalDouble v) {
        Checks.required(field, v, "a ratio, or none");
        if (v.isPresent()) {
            double r = v.getAsDouble();
            if (!(r >= 0) || Double.isInfinite(r)) {
                throw Checks.invalidFormatted(field, String.valueOf(r), "a finite ratio of 0 or more");
            }
        }
    }
}
