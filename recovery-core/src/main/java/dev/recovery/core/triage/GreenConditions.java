package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.ACTIVITY_ACCEPTABLE_MAX_PAIN;
import static dev.recovery.core.triage.TriageThresholds.DOMS_PEAK_END_HOURS;
import static dev.recovery.core.triage.TriageThresholds.GREEN_MAX_PAIN;
import static dev.recovery.core.triage.TriageThresholds.ORDINARY_RESOLUTION_HOURS;

import dev.recovery.core.unit.Side;

/**
 * The green conditions, each as a plain test. A check-in is GREEN when no red flag is present and
 * every one of these holds (or when it is pain-free with no sign at all); each condition that fails
 * is reported by an {@link AmberRules amber rule} that names it.
  *
 * @since 0.1.0
 */
public final class GreenConditions {

    private GreenConditions() {
    }

    /**
     * Pain at or below {@value TriageThresholds#GREEN_MAX_PAIN}/10 (Postma and Chung).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean painIsLow(CheckIn c) {
        return c.pain().value() <= GREEN_MAX_PAIN;
    }

    /**
     * A dull/achy or tight/stiff quality (Postma and Chung).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean qualityIsDull(CheckIn c) {
        return c.quality().isDull();
    }

    /**
     * Spread over a muscle group, not localized (Postma and Chung).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean isWidespread(CheckIn c) {
        return c.spread() == Spread.WIDESPREAD;
    }

    /**
     * Felt on both sides alike (Postma and Chung: "symmetrical aches").
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean isSymmetrical(CheckIn c) {
        return c.side() == Side.BOTH;
    }

    /**
     * Eases with light movement, or is unchanged by it (the leg-ache guide).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean movementDoesNotWorsen(CheckIn c) {
        return c.movement() != MovementResponse.WORSE;
    }

    /**
     * At most {@value TriageThresholds#ORDINARY_RESOLUTION_HOURS} h since the run (Postma and Chung).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean withinOrdinaryWindow(CheckIn c) {
        return c.hoursSinceRun() <= ORDINARY_RESOLUTION_HOURS;
    }

    /**
     * The delayed-onset pattern: onset delayed, at most {@value TriageThresholds#DOMS_PEAK_END_HOURS} h
     * since the run, and not getting worse (Olsen 2023).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean followsDomsPattern(CheckIn c) {
        return c.onset() == Onset.DELAYED && c.hoursSinceRun() <= DOMS_PEAK_END_HOURS && c.trend() != Trend.WORSE;
    }

    /**
     * The timing condition: within 24 h of the run, or the delayed-onset DOMS pattern.
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean timingFits(CheckIn c) {
        return withinOrdinaryWindow(c) || followsDomsPattern(c);
    }

    /**
     * The region is a muscle region, where the DOMS pattern can apply ({@link RegionClass}).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean regionAllowsGreen(CheckIn c) {
        return RegionClass.of(c.region()).allowsGreen();
    }

    /**
     * Neither sign of bone stress (tender bone, painful hopping) is reported (Warden, Davis &amp;
     * Fredericson 2014).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean noBoneSign(CheckIn c) {
        return !c.has(Symptom.BONE_TENDER) && !c.has(Symptom.HOP_PAIN);
    }

    /**
     * The pain during the last run, if reported, was within what the pain-monitoring model accepts
     * (at most {@value TriageThresholds#ACTIVITY_ACCEPTABLE_MAX_PAIN}/10, Silbernagel et al. 2007).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean runPainAcceptable(CheckIn c) {
        return c.painDuringRun().map(p -> p.value() <= ACTIVITY_ACCEPTABLE_MAX_PAIN).orElse(true);
    }

    /**
     * The pain was not worse the morning after the run (Silbernagel et al. 2007).
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean settledByNextMorning(CheckIn c) {
        return !c.has(Symptom.WORSE_NEXT_MORNING);
    }

    /**
     * Pain 0 now, no yes/no sign, and no unacceptable pain during the run: nothing is left to triage,
     * whatever the side or pattern.
     *
     * @param c the check-in
     * @return whether it holds
     */
    public static boolean painFree(CheckIn c) {
        return c.isPainFreeWithoutSigns() && runPainAcceptable(c);
    }

    /**
     * True when every green condition holds (red flags are checked separately).
     *
     * @param c the check-in
     * @return whether all hold
     */
    public static boolean allHold(CheckIn c) {
        return painIsLow(c) && qualityIsDull(c) && isWidespread(c) && isSymmetrical(c) && movementDoesNotWorsen(c)
                && timingFits(c) && regionAllowsGreen(c) && noBoneSign(c) && runPainAcceptable(c)
                && settledByNextMorning(c);
    }
}
