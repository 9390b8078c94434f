package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;
import java.util.Optional;

/**
 * The acute:chronic workload ratio on one day, by all three methods (docs/reference/load.md): how this week's
 * load compares with what the last four weeks prepared the body for. 1.0 means "as usual".
 *
 * <p>A ratio is absent ({@link AcwrRatio#NONE}) when it is not meaningful: before the log covers a full
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
public record Acwr(AcwrRatio rollingCoupled, AcwrRatio rollingUncoupled, AcwrRatio ewma) {

    /** The acute window in days (Gabbett 2016). */
    public static final int ACUTE_DAYS = 7;
    /** The chronic window in days (Gabbett 2016). */
    public static final int CHRONIC_DAYS = 28;
    /** No ratio at all. */
    public static final Acwr NONE = new Acwr(AcwrRatio.NONE, AcwrRatio.NONE, AcwrRatio.NONE);

    /** @throws dev.recovery.core.unit.ValidationException if a component is missing */
    public Acwr {
        Checks.required("rolling-coupled", rollingCoupled, "a ratio, or AcwrRatio.NONE");
        Checks.required("rolling-uncoupled", rollingUncoupled, "a ratio, or AcwrRatio.NONE");
        Checks.required("ewma", ewma, "a ratio, or AcwrRatio.NONE");
    }

    /**
     * The ratio by {@code method}.
     *
     * @param method how the ratio is computed
     * @return the ratio, {@link AcwrRatio#NONE} where it is not defined
     */
    public AcwrRatio value(AcwrMethod method) {
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
        return Optional.ofNullable(value(method).zoneOrNull());
    }

    /** The zone of the EWMA ratio, the one flags are raised from (it does not couple the windows). */
    public Optional<AcwrZone> zone() {
        return zone(AcwrMethod.EWMA);
    }
}
