package dev.recovery.core.load;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import java.util.Locale;

/**
 * The commonly used form bands (docs/reference/load.md): -10 to -30 productive training, below -30 high risk,
 * read as <b>percent of fitness</b>: form / fitness x 100.
 *
 * <p>Why a percentage: the -10/-30 numbers were set on TrainingPeaks' TSS scale, where an hour
 * all-out at threshold is 100. Session-RPE loads (minutes x RPE) run two to four times larger, so
 * the same absolute numbers would call a runner's ordinary week "high risk". Relative to fitness,
 * the bands mean the same whatever the load scale: form at -30% of fitness is fatigue well above
 * what the last six weeks have built, on any scale. This reading of the bands is used by coaching
 * tools that show form as a percentage of fitness (docs/load.md).
 *
 * <p>Fitness starts at zero unless seeded and climbs towards the runner's real level with a time
 * constant of 42 days: after 42 days it is at 63% of it, after 84 days at 86%. Until the log covers
 * {@value #ESTABLISHED_DAYS} days (twice the time constant) and no seed was given, fitness is too far
 * below its real level for a ratio against it to mean anything, so form is {@link #NOT_ESTABLISHED}
 * rather than a false alarm in a runner's first weeks (the ACWR, rated from 28 days, covers them).
 *
 * @since 0.1.0
 */
public enum FormBand {
    /** Form below {@value #HIGH_RISK_BELOW}% of fitness: fatigue far above fitness; the risk of overreaching rises. */
    HIGH_RISK("load-form-high-risk",
            "Form is below -30% of fitness: fatigue is far above what your training has built. Ease off until it recovers."),
    /** Form from {@value #HIGH_RISK_BELOW}% to {@value #PRODUCTIVE_FROM}% of fitness: the usual range while building fitness. */
    PRODUCTIVE("load-form-productive", "Form is between -30% and -10% of fitness: the usual range while building fitness."),
    /** Form above {@value #PRODUCTIVE_FROM}% of fitness: fresh or in balance; fitness is not being pushed up fast. */
    NEUTRAL("load-form-neutral", "Form is above -10% of fitness: fresh or in balance."),
    /** Too little history for fitness to mean anything yet. */
    NOT_ESTABLISHED("load-form-not-established",
            "Form is not rated yet: fitness needs about 12 weeks (84 days) of logged training, or an imported history, "
                    + "before its bands mean anything.");

    /** Below this percent of fitness, high risk (docs/reference/load.md, "below -30 high risk"); -30% itself is still productive. */
    public static final int HIGH_RISK_BELOW = -30;
    /** From here down to -30%, productive (docs/reference/load.md, "-10 to -30 productive"); -10% itself is productive. */
    public static final int PRODUCTIVE_FROM = -10;
    /** Days of log before form is rated: twice the fitness time constant (docs/reference/load.md: 42 days), fitness at 86% of its level. */
    public static final int ESTABLISHED_DAYS = 2 * FitnessFatigue.FITNESS_TAU_DAYS;

    private final String ruleId;
    private final String message;

    FormBand(String ruleId, String message) {
        this.ruleId = ruleId;
        this.message = message;
    }

    /**
     * Form as a percentage of fitness. With no fitness, any fatigue is infinitely far below it
     * (negative infinity) and no fatigue is 0.
     */
    public static double percentOfFitness(double form, double fitness) {
        if (fitness > 0) {
            return form / fitness * 100;
        }
        return form < 0 ? Double.NEGATIVE_INFINITY : 0;
    }

    /** The band of a form value, given the fitness it is measured against (both AU/day). */
    public static FormBand of(double form, double fitness) {
        double percent = percentOfFitness(form, fitness);
        if (percent < HIGH_RISK_BELOW) {
            return HIGH_RISK;
        }
        return percent <= PRODUCTIVE_FROM ? PRODUCTIVE : NEUTRAL;
    }

    /** The rule id, e.g. {@code load-form-high-risk}. */
    public String ruleId() {
        return ruleId;
    }

    /** Where the bands come from: the TrainingPeaks convention that defined them. */
    public Source source() {
        return Sources.TRAININGPEAKS;
    }

    /** The explanation for a form of {@code form} AU/day against {@code fitness} AU/day. */
    public Reason reason(double form, double fitness) {
        if (this == NOT_ESTABLISHED) {
            return Reason.of(ruleId, message, source());
        }
        return Reason.of(ruleId, message + String.format(Locale.ROOT, " (form %.1f, %.0f%% of fitness %.1f)", form,
                percentOfFitness(form, fitness), fitness), source());
    }
}
