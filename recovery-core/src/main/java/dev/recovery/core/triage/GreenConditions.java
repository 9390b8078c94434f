package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.DOMS_PEAK_END_HOURS;
import static dev.recovery.core.triage.TriageThresholds.GREEN_MAX_PAIN;
import static dev.recovery.core.triage.TriageThresholds.ORDINARY_RESOLUTION_HOURS;

import dev.recovery.core.unit.Side;

/**
 * The green conditions of RULES.md 1.5, each as a plain test. A check-in is GREEN when no red flag is
 * present and every one of these holds; each condition that fails is reported by an
 * {@link AmberRules amber rule} that names it.
 *
 * @since 0.1.0
 */
public final class GreenConditions {

    private GreenConditions() {
    }

    /** Pain at or below {@value TriageThresholds#GREEN_MAX_PAIN}/10 (RULES.md 1.3, 1.5). */
    public static boolean painIsLow(CheckIn c) {
        return c.pain().value() <= GREEN_MAX_PAIN;
    }

    /** A dull/achy or tight/stiff quality (RULES.md 1.3, 1.5). */
    public static boolean qualityIsDull(CheckIn c) {
        return c.quality().isDull();
    }

    /** Spread over a muscle group, not localized (RULES.md 1.3, 1.5). */
    public static boolean isWidespread(CheckIn c) {
        return c.spread() == Spread.WIDESPREAD;
    }

    /** Felt on both sides alike (RULES.md 1.3: "symmetrical aches"; 1.5: side = both). */
    public static boolean isSymmetrical(CheckIn c) {
        return c.side() == Side.BOTH;
    }

    /** Eases with light movement, or is unchanged by it (RULES.md 1.5). */
    public static boolean movementDoesNotWorsen(CheckIn c) {
        return c.movement() != MovementResponse.WORSE;
    }

    /** At most {@value TriageThresholds#ORDINARY_RESOLUTION_HOURS} h since the run (RULES.md 1.3, 1.5). */
    public static boolean withinOrdinaryWindow(CheckIn c) {
        return c.hoursSinceRun() <= ORDINARY_RESOLUTION_HOURS;
    }

    /**
     * The delayed-onset pattern of RULES.md 1.5: onset delayed, at most
     * {@value TriageThresholds#DOMS_PEAK_END_HOURS} h since the run, and not getting worse.
     */
    public static boolean followsDomsPattern(CheckIn c) {
        return c.onset() == Onset.DELAYED && c.hoursSinceRun() <= DOMS_PEAK_END_HOURS && c.trend() != Trend.WORSE;
    }

    /** The timing condition of RULES.md 1.5: within 24 h of the run, or the delayed-onset DOMS pattern. */
    public static boolean timingFits(CheckIn c) {
        return withinOrdinaryWindow(c) || followsDomsPattern(c);
    }

    /** True when every green condition of RULES.md 1.5 holds (red flags are checked separately). */
    public static boolean allHold(CheckIn c) {
        return painIsLow(c) && qualityIsDull(c) && isWidespread(c) && isSymmetrical(c) && movementDoesNotWorsen(c)
                && timingFits(c);
    }
}
