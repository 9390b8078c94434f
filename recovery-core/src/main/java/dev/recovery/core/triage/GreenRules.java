package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.DOMS_PEAK_END_HOURS;
import static dev.recovery.core.triage.TriageThresholds.GREEN_MAX_PAIN;
import static dev.recovery.core.triage.TriageThresholds.ORDINARY_RESOLUTION_HOURS;
import static dev.recovery.core.triage.TriageThresholds.hours;

import dev.recovery.core.source.Sources;
import java.util.List;

/**
 * The GREEN rules: they explain a GREEN result, naming which route held: pain-free with no sign, or
 * ordinary muscle soreness within 24 h, or the DOMS pattern. Pain-free is checked first and
 * alone; the other two only when no red flag and no amber rule fired.
  *
 * @since 0.1.0
 */
public final class GreenRules {

    private GreenRules() {
    }

    /** All green conditions hold within 24 h of the run (Postma and Chung). */
    public static final TriageRule ORDINARY_SORENESS = new TriageRule("green-ordinary-soreness", TriageLevel.GREEN,
            "Ordinary training soreness: low, dull, symmetrical, widespread, eased by movement, within "
                    + hours(ORDINARY_RESOLUTION_HOURS) + " h of the run.",
            Sources.POSTMA_CHUNG,
            c -> !GreenConditions.painFree(c) && GreenConditions.allHold(c) && GreenConditions.withinOrdinaryWindow(c),
            c -> "This looks like ordinary training soreness: " + c.pain() + " (at most " + GREEN_MAX_PAIN
                    + "/10), a dull ache on both sides spread over the " + c.region().id() + ", not made worse by "
                    + "moving, " + hours(c.hoursSinceRun()) + " h after the run. It should be gone within "
                    + hours(ORDINARY_RESOLUTION_HOURS) + " h of the run.");

    /** All green conditions hold through the delayed-onset route: DOMS up to 72 h (Olsen 2023). */
    public static final TriageRule DOMS_PATTERN = new TriageRule("green-doms-pattern", TriageLevel.GREEN,
            "Delayed onset muscle soreness: low, dull, symmetrical, widespread, started 12-24 h after the run, "
                    + "not getting worse, within " + hours(DOMS_PEAK_END_HOURS) + " h of the run.",
            Sources.OLSEN_2023,
            c -> !GreenConditions.painFree(c) && GreenConditions.allHold(c) && !GreenConditions.withinOrdinaryWindow(c),
            c -> "This looks like delayed onset muscle soreness (DOMS): it started hours after the run, is "
                    + c.pain() + ", dull and spread on both sides, and not getting worse " + hours(c.hoursSinceRun())
                    + " h after the run. DOMS peaks within " + hours(DOMS_PEAK_END_HOURS)
                    + " h and eases over a few days; light movement such as walking or easy cycling helps most.");

    /** Pain 0 with no yes/no sign: nothing is left to triage, whatever the side or pattern. */
    public static final TriageRule PAIN_FREE = new TriageRule("green-pain-free", TriageLevel.GREEN,
            "No pain now and no yes/no sign: nothing to triage, whatever the side or pattern.", Sources.EPISODE_RULES,
            GreenConditions::painFree,
            c -> "No pain now and none of the warning signs: nothing to hold you back. Train as planned.");

    /** Every green rule; exactly one fires for a GREEN check-in. */
    public static final List<TriageRule> ALL = List.of(ORDINARY_SORENESS, DOMS_PATTERN, PAIN_FREE);
}
