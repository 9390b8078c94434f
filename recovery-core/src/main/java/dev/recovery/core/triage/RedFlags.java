package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.BONE_STRESS_SITES;
import static dev.recovery.core.triage.TriageThresholds.DOMS_PEAK_END_HOURS;
import static dev.recovery.core.triage.TriageThresholds.NOT_SETTLING_HOURS;
import static dev.recovery.core.triage.TriageThresholds.SEVERE_PAIN;
import static dev.recovery.core.triage.TriageThresholds.hours;

import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import java.util.List;

/**
 * The red flags of RULES.md 1.4: any one of them makes the triage RED (stop running, see a physical
 * therapist or doctor). All are checked, so a result lists every red flag present, not just the first.
 *
 * @since 0.1.0
 */
public final class RedFlags {

    private RedFlags() {
    }

    /** Pain while resting (Postma and Chung, seed 000). */
    public static final TriageRule PAIN_AT_REST = symptom("red-pain-at-rest", Symptom.PAIN_AT_REST,
            "Pain while resting.", Sources.POSTMA_CHUNG,
            "You have pain even at rest. Ordinary training soreness settles when you stop moving; pain at rest can "
                    + "mean something more serious, so have it checked by a physical therapist or doctor.");

    /** Pain that does not get better despite time off running: a possible bone stress injury (Chung, seed 000). */
    public static final TriageRule PERSISTS_AFTER_REST = symptom("red-persists-after-rest", Symptom.PERSISTS_AFTER_REST,
            "Pain that does not get better despite time off running.", Sources.POSTMA_CHUNG,
            "The pain has not improved despite time off running. That is a classic warning sign of a bone stress "
                    + "injury (hip, thigh bone, shin or foot), which can progress to a stress fracture if you keep running.");

    /** Sharp, stabbing, shooting, burning or throbbing pain on one spot (seed 000 green flags, seed 004 table). */
    public static final TriageRule LOCALIZED_SHARP_PAIN = new TriageRule("red-localized-sharp-pain", TriageLevel.RED,
            "Sharp, stabbing, shooting, burning or throbbing pain localized to one spot.", Sources.LEG_ACHE_GUIDE,
            c -> !c.quality().isDull() && c.spread() == Spread.LOCALIZED,
            c -> "The pain is " + c.quality().id() + " and sits on one spot. Soreness from training is a dull ache spread "
                    + "over a muscle; pain of this kind on a single spot points to an injury of the tissue there.");

    /** Swelling (seed 004: inflammation, infection or a blood clot). */
    public static final TriageRule SWELLING = symptom("red-swelling", Symptom.SWELLING,
            "Swelling.", Sources.LEG_ACHE_GUIDE,
            "There is swelling. Swelling can come from significant inflammation, an infection or a blood clot, none "
                    + "of which is ordinary soreness.");

    /** Redness (seed 004). */
    public static final TriageRule REDNESS = symptom("red-redness", Symptom.REDNESS,
            "Redness of the skin over the painful area.", Sources.LEG_ACHE_GUIDE,
            "The skin over the painful area is red. Redness can come from significant inflammation, an infection or a "
                    + "blood clot, none of which is ordinary soreness.");

    /** Warmth (seed 004). */
    public static final TriageRule WARMTH = symptom("red-warmth", Symptom.WARMTH,
            "Warmth over the painful area.", Sources.LEG_ACHE_GUIDE,
            "The painful area feels warm. Warmth can come from significant inflammation, an infection or a blood clot, "
                    + "none of which is ordinary soreness.");

    /** Numbness or tingling: nerve involvement (seed 004). */
    public static final TriageRule NUMBNESS = symptom("red-numbness", Symptom.NUMBNESS,
            "Numbness or tingling.", Sources.LEG_ACHE_GUIDE,
            "You feel numbness or tingling, which can mean a nerve is involved. Muscle soreness does not do that.");

    /** Unable to bear weight, or limping (seed 004). */
    public static final TriageRule CANNOT_BEAR_WEIGHT = symptom("red-cannot-bear-weight", Symptom.CANNOT_BEAR_WEIGHT,
            "Unable to bear weight on the leg, or limping.", Sources.LEG_ACHE_GUIDE,
            "You cannot put your full weight on the leg, or you are limping. That goes beyond soreness and needs to "
                    + "be examined before you run again.");

    /** Visible deformity, unusual bumps or bruising (seed 004). */
    public static final TriageRule DEFORMITY = symptom("red-deformity", Symptom.DEFORMITY,
            "A visible deformity, unusual bump or bruising.", Sources.LEG_ACHE_GUIDE,
            "There is a visible change: a deformity, an unusual bump or bruising. That is a sign of injury, not of "
                    + "soreness.");

    /** Worse more than 72 h after the run, past the time DOMS peaks (Olsen 2023). */
    public static final TriageRule WORSE_AFTER_DOMS_PEAK = new TriageRule("red-worse-after-doms-peak", TriageLevel.RED,
            "Getting worse more than " + hours(DOMS_PEAK_END_HOURS) + " h after the run, after DOMS should have peaked.",
            Sources.OLSEN_2023,
            c -> c.trend() == Trend.WORSE && c.hoursSinceRun() > DOMS_PEAK_END_HOURS,
            c -> "It is getting worse " + hours(c.hoursSinceRun()) + " h after the run. Delayed soreness peaks within "
                    + hours(DOMS_PEAK_END_HOURS) + " h and then eases; soreness that still builds after that is not DOMS.");

    /** Unchanged or worse more than 7 days after the run (RULES.md 1.4; DOMS is gone by 5-7 days, Olsen 2023). */
    public static final TriageRule NOT_SETTLING = new TriageRule("red-not-settling", TriageLevel.RED,
            "Unchanged or worse more than " + hours(NOT_SETTLING_HOURS) + " h (7 days) after the run.",
            Sources.OLSEN_2023,
            c -> c.trend() != Trend.IMPROVING && c.hoursSinceRun() > NOT_SETTLING_HOURS,
            c -> "It is " + c.trend().id() + " " + hours(c.hoursSinceRun()) + " h after the run. Even strong delayed "
                    + "soreness is gone in about 5 to 7 days; pain that has not started to settle by then needs a professional look.");

    /** Pain of 7/10 or more (RULES.md 1.4, the product's threshold for severe pain; seed 004). */
    public static final TriageRule SEVERE_PAIN_RULE = new TriageRule("red-severe-pain", TriageLevel.RED,
            "Severe pain: " + SEVERE_PAIN + "/10 or more.", Sources.LEG_ACHE_GUIDE,
            c -> c.pain().value() >= SEVERE_PAIN,
            c -> "Your pain is " + c.pain() + ". From " + SEVERE_PAIN + "/10 the product treats pain as severe, "
                    + "and severe pain is a reason to stop and have it checked.");

    /** Localized pain over a bone-stress site that worsens with movement (Chung, seed 000; seed 004 table). */
    public static final TriageRule BONE_STRESS_SITE = new TriageRule("red-bone-stress-site", TriageLevel.RED,
            "Localized pain over a bone-stress site (shin, foot, hip, thigh bone) that worsens with movement.",
            Sources.POSTMA_CHUNG,
            c -> BONE_STRESS_SITES.contains(c.region()) && c.spread() == Spread.LOCALIZED
                    && c.movement() == MovementResponse.WORSE,
            c -> "The pain sits on one spot of the " + c.region().id() + " and gets worse when you move. The "
                    + c.region().id() + " is a common site of bone stress injuries in runners, which can become "
                    + "stress fractures if you keep loading them.");

    /** Every red flag, in the order they are reported. */
    public static final List<TriageRule> ALL = List.of(PAIN_AT_REST, PERSISTS_AFTER_REST, LOCALIZED_SHARP_PAIN,
            SWELLING, REDNESS, WARMTH, NUMBNESS, CANNOT_BEAR_WEIGHT, DEFORMITY, WORSE_AFTER_DOMS_PEAK, NOT_SETTLING,
            SEVERE_PAIN_RULE, BONE_STRESS_SITE);

    /** The red flag that fires when {@code symptom} is present: each symptom of RULES.md 1.1 is a red flag of 1.4. */
    public static TriageRule forSymptom(Symptom symptom) {
        switch (symptom) {
            case PAIN_AT_REST:
                return RedFlags.PAIN_AT_REST;
            case PERSISTS_AFTER_REST:
                return RedFlags.PERSISTS_AFTER_REST;
            case SWELLING:
                return RedFlags.SWELLING;
            case REDNESS:
                return RedFlags.REDNESS;
            case WARMTH:
                return RedFlags.WARMTH;
            case NUMBNESS:
                return RedFlags.NUMBNESS;
            case CANNOT_BEAR_WEIGHT:
                return RedFlags.CANNOT_BEAR_WEIGHT;
            case DEFORMITY:
                return RedFlags.DEFORMITY;
            default:
                throw new IllegalStateException("no red flag for symptom " + symptom);
        }
    }

    private static TriageRule symptom(String id, Symptom symptom, String summary, Source source, String message) {
        return new TriageRule(id, TriageLevel.RED, summary, source, c -> c.has(symptom), c -> message);
    }
}
