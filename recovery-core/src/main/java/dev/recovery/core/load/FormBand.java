package dev.recovery.core.load;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;

/**
 * The commonly used form (TSB) bands (RULES.md 2): -10 to -30 productive training, below -30 high
 * risk. The numbers were set for TrainingPeaks' TSS scale (100 = an hour all-out at threshold);
 * session-RPE loads run larger, so read the bands as a guide, not a verdict (docs/load.md).
 */
public enum FormBand {
    /** Form below {@value #HIGH_RISK_BELOW}: fatigue far above fitness; the risk of overreaching rises. */
    HIGH_RISK("load-form-high-risk", "Form is below -30: fatigue is far above fitness. Ease off until it recovers."),
    /** Form from {@value #HIGH_RISK_BELOW} to {@value #PRODUCTIVE_FROM}: the usual range while building fitness. */
    PRODUCTIVE("load-form-productive", "Form is between -30 and -10: the usual range while building fitness."),
    /** Form above {@value #PRODUCTIVE_FROM}: fresh or in balance; fitness is not being pushed up fast. */
    NEUTRAL("load-form-neutral", "Form is above -10: fresh or in balance.");

    /** Below this, high risk (RULES.md 2, "below -30 high risk"); -30 itself is still productive. */
    public static final int HIGH_RISK_BELOW = -30;
    /** From here down to -30, productive (RULES.md 2, "-10 to -30 productive"); -10 itself is productive. */
    public static final int PRODUCTIVE_FROM = -10;

    private final String ruleId;
    private final String message;

    FormBand(String ruleId, String message) {
        this.ruleId = ruleId;
        this.message = message;
    }

    /** The band of a form value (AU/day). */
    public static FormBand of(double form) {
        if (form < HIGH_RISK_BELOW) {
            return HIGH_RISK;
        }
        return form <= PRODUCTIVE_FROM ? PRODUCTIVE : NEUTRAL;
    }

    /** The rule id, e.g. {@code load-form-high-risk}. */
    public String ruleId() {
        return ruleId;
    }

    /** Where the bands come from: the TrainingPeaks convention that defined them. */
    public Source source() {
        return Sources.TRAININGPEAKS;
    }

    /** The explanation for a form of {@code form} AU/day. */
    public Reason reason(double form) {
        return Reason.of(ruleId, message + String.format(java.util.Locale.ROOT, " (form %.1f)", form), source());
    }
}
