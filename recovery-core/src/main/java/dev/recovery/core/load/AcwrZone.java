package dev.recovery.core.load;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import java.util.Locale;

/**
 * Gabbett's (2016) zones for the acute:chronic workload ratio (docs/reference/load.md): below 0.8 under-loaded,
 * 0.8 to 1.3 the "sweet spot", above 1.3 to below 1.5 caution, 1.5 and above danger. The zones come
 * from team sports and are disputed (Impellizzeri 2020): a guide, not a verdict.
 *
 * @since 0.1.0
 */
public enum AcwrZone {
    /** Ratio below 0.8: this week is light compared with the last four. */
    UNDER_LOADED("load-acwr-under-loaded", "This week's load is well below your usual (ratio %.2f): fine for a recovery week or taper."),
    /** Ratio 0.8 to 1.3: this week matches what the body has been prepared for. */
    SWEET_SPOT("load-acwr-sweet-spot", "This week's load is in line with the last four weeks (ratio %.2f)."),
    /** Ratio above 1.3, below 1.5: a clear step up. */
    CAUTION("load-acwr-caution", "This week's load is a clear step up on the last four weeks (ratio %.2f): hold it there, do not add more."),
    /** Ratio 1.5 or more: a spike the body is not prepared for. */
    DANGER("load-acwr-danger", "This week's load is a spike on the last four weeks (ratio %.2f, 1.5 or more): cut back towards your usual load.");

    /** Below this, under-loaded (Gabbett 2016). */
    public static final double SWEET_SPOT_FROM = 0.8;
    /** Up to and including this, the sweet spot (Gabbett 2016). */
    public static final double SWEET_SPOT_TO = 1.3;
    /** From this up, danger (Gabbett 2016). */
    public static final double DANGER_FROM = 1.5;

    private final String ruleId;
    private final String message;

    AcwrZone(String ruleId, String message) {
        this.ruleId = ruleId;
        this.message = message;
    }

    /**
     * The zone of {@code ratio}.
     *
     * @throws IllegalArgumentException if the ratio is negative or not finite
     */
    public static AcwrZone of(double ratio) {
        if (!(ratio >= 0) || Double.isInfinite(ratio)) {
            throw dev.recovery.core.unit.Checks.invalidFormatted("acwr", String.valueOf(ratio), "a finite ratio of 0 or more");
        }
        if (ratio < SWEET_SPOT_FROM) {
            return UNDER_LOADED;
        }
        if (ratio <= SWEET_SPOT_TO) {
            return SWEET_SPOT;
        }
        return ratio < DANGER_FROM ? CAUTION : DANGER;
    }

    /** The rule id, e.g. {@code load-acwr-danger}. */
    public String ruleId() {
        return ruleId;
    }

    /** True for caution and danger, the zones a runner is warned about. */
    public boolean isWarning() {
        return this == CAUTION || this == DANGER;
    }

    /** The explanation for {@code ratio}, naming the method it was computed with. */
    public Reason reason(double ratio, AcwrMethod method) {
        return Reason.of(ruleId, String.format(Locale.ROOT, message, ratio) + " Method: " + method.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".",
                Sources.GABBETT_2016);
    }
}
