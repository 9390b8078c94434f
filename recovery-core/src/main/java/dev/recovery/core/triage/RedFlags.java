package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.BONE_STRESS_SITES;
import static dev.recovery.core.triage.TriageThresholds.CLOT_REGIONS;
import static dev.recovery.core.triage.TriageThresholds.DOMS_PEAK_END_HOURS;
import static dev.recovery.core.triage.TriageThresholds.NOT_SETTLING_HOURS;
import static dev.recovery.core.triage.TriageThresholds.SEVERE_PAIN;
import static dev.recovery.core.triage.TriageThresholds.hours;

import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import java.util.List;
import java.util.Optional;

/**
 * The red flags: any one of them makes the triage RED (stop running, see a physical therapist or
 * doctor). All are checked, so a result lists every red flag present, not just the first. Each
 * carries its {@link Urgency}: the same day for a possible blood clot, inability to bear weight, a
 * visible deformity or spreading numbness; soon for the rest. The wording names the sign and what to
 * do, never a diagnosis.
  *
 * @since 0.1.0
 */
public final class RedFlags {

    private RedFlags() {
    }

    /** Pain while resting (Postma and Chung). */
    public static final TriageRule PAIN_AT_REST = symptom("red-pain-at-rest", Symptom.PAIN_AT_REST, Urgency.SOON,
            "Pain while resting.", Sources.POSTMA_CHUNG,
            "You have pain even at rest. Ordinary training soreness settles when you stop moving; pain at rest is a "
                    + "reason to get it checked by a physical therapist or doctor before you run again.");

    /** Pain that does not get better despite time off running: can be a sign of bone stress (Postma and Chung). */
    public static final TriageRule PERSISTS_AFTER_REST = symptom("red-persists-after-rest", Symptom.PERSISTS_AFTER_REST,
            Urgency.SOON, "Pain that does not get better despite time off running.", Sources.POSTMA_CHUNG,
            "The pain has not improved despite time off running. That can be a sign of a bone stress injury (hip, "
                    + "thigh bone, shin or foot), which can progress if you keep running: a reason to get it checked.");

    /** Sharp, stabbing, shooting, burning or throbbing pain on one spot (Postma and Chung; the leg-ache guide). */
    public static final TriageRule LOCALIZED_SHARP_PAIN = TriageRule.red("red-localized-sharp-pain", Urgency.SOON,
            "Sharp, stabbing, shooting, burning or throbbing pain localized to one spot.", Sources.LEG_ACHE_GUIDE,
            c -> !c.quality().isDull() && c.spread() == Spread.LOCALIZED,
            c -> "The pain is " + c.quality().id() + " and sits on one spot. Soreness from training is a dull ache spread "
                    + "over a muscle; pain of this kind on a single spot can be a sign of an injury of the tissue there "
                    + "and is a reason to get it checked.");

    /** Swelling (the leg-ache guide: inflammation, infection or a blood clot). */
    public static final TriageRule SWELLING = symptom("red-swelling", Symptom.SWELLING, Urgency.SOON,
            "Swelling.", Sources.LEG_ACHE_GUIDE,
            "There is swelling. Swelling can be a sign of significant inflammation, an infection or a blood clot, "
                    + "none of which is ordinary soreness: a reason to get it checked.");

    /** Redness (the leg-ache guide). */
    public static final TriageRule REDNESS = symptom("red-redness", Symptom.REDNESS, Urgency.SOON,
            "Redness of the skin over the painful area.", Sources.LEG_ACHE_GUIDE,
            "The skin over the painful area is red. Redness can be a sign of significant inflammation, an infection or "
                    + "a blood clot, none of which is ordinary soreness: a reason to get it checked.");

    /** Warmth (the leg-ache guide). */
    public static final TriageRule WARMTH = symptom("red-warmth", Symptom.WARMTH, Urgency.SOON,
            "Warmth over the painful area.", Sources.LEG_ACHE_GUIDE,
            "The painful area feels warm. Warmth can be a sign of significant inflammation, an infection or a blood "
                    + "clot, none of which is ordinary soreness: a reason to get it checked.");

    /** Numbness or tingling: can be a sign of a nerve being involved (the leg-ache guide). */
    public static final TriageRule NUMBNESS = symptom("red-numbness", Symptom.NUMBNESS, Urgency.SOON,
            "Numbness or tingling.", Sources.LEG_ACHE_GUIDE,
            "You feel numbness or tingling, which can be a sign that a nerve is involved; muscle soreness does not do "
                    + "that. Do not put ice on skin that feels numb. It is a reason to get it checked.");

    /** Unable to bear weight, or limping: the same day (the leg-ache guide; NHS 2021). */
    public static final TriageRule CANNOT_BEAR_WEIGHT = symptom("red-cannot-bear-weight", Symptom.CANNOT_BEAR_WEIGHT,
            Urgency.SAME_DAY, "Unable to bear weight on the leg, or limping.", Sources.NHS_2021,
            "You cannot put your full weight on the leg, or you are limping. That goes beyond soreness: have it "
                    + "examined today (urgent care or a doctor), and do not run on it.");

    /** Visible deformity, unusual bumps or bruising: the same day (the leg-ache guide; NHS 2021). */
    public static final TriageRule DEFORMITY = symptom("red-deformity", Symptom.DEFORMITY, Urgency.SAME_DAY,
            "A visible deformity, unusual bump or bruising.", Sources.NHS_2021,
            "There is a visible change: a deformity, an unusual bump or bruising. That can be a sign of an injury, not "
                    + "of soreness: have it examined today.");

    /** Worse more than 72 h after the run, past the time DOMS peaks (Olsen 2023). */
    public static final TriageRule WORSE_AFTER_DOMS_PEAK = TriageRule.red("red-worse-after-doms-peak", Urgency.SOON,
            "Getting worse more than " + hours(DOMS_PEAK_END_HOURS) + " h after the run, after DOMS should have peaked.",
            Sources.OLSEN_2023,
            c -> c.trend() == Trend.WORSE && c.hoursSinceRun() > DOMS_PEAK_END_HOURS,
            c -> "It is getting worse " + hours(c.hoursSinceRun()) + " h after the run. Delayed soreness peaks within "
                    + hours(DOMS_PEAK_END_HOURS) + " h and then eases; soreness that still builds after that is a reason "
                    + "to get it checked.");

    /** Unchanged or worse more than 7 days after the run (DOMS is gone by 5-7 days, Olsen 2023). */
    public static final TriageRule NOT_SETTLING = TriageRule.red("red-not-settling", Urgency.SOON,
            "Unchanged or worse more than " + hours(NOT_SETTLING_HOURS) + " h (7 days) after the run.",
            Sources.OLSEN_2023,
            c -> c.trend() != Trend.IMPROVING && c.hoursSinceRun() > NOT_SETTLING_HOURS,
            c -> "It is " + c.trend().id() + " " + hours(c.hoursSinceRun()) + " h after the run. Even strong delayed "
                    + "soreness is gone in about 5 to 7 days; pain that has not started to settle by then is a reason to "
                    + "get it checked.");

    /** Pain of 7/10 or more (the product's threshold for severe pain; the leg-ache guide). */
    public static final TriageRule SEVERE_PAIN_RULE = TriageRule.red("red-severe-pain", Urgency.SOON,
            "Severe pain: " + SEVERE_PAIN + "/10 or more.", Sources.LEG_ACHE_GUIDE,
            c -> c.pain().value() >= SEVERE_PAIN,
            c -> "Your pain is " + c.pain() + ". From " + SEVERE_PAIN + "/10 the product treats pain as severe, "
                    + "and severe pain is a reason to stop and have it checked.");

    /**
     * Pain on one spot of a bone-stress site together with a bone sign: worse with movement, pain at
     * rest, persisting despite rest, tender when pressing on the bone, or painful hopping (Warden,
     * Davis &amp; Fredericson 2014; Postma and Chung).
     */
    public static final TriageRule BONE_STRESS_SITE = TriageRule.red("red-bone-stress-site", Urgency.SOON,
            "Pain on one spot of a bone-stress site (shin, foot, thigh bone, hip, groin, lower back) with a bone sign: "
                    + "worse with movement, at rest, persisting despite rest, tender bone, or painful hopping.",
            Sources.WARDEN_2014,
            c -> BONE_STRESS_SITES.contains(c.region()) && c.spread() == Spread.LOCALIZED && hasBoneSign(c),
            c -> "The pain sits on one spot of the " + c.region().id() + " and " + boneSigns(c) + ". Together at a "
                    + "common site of bone stress in runners, that can be a sign of a bone stress injury, which can "
                    + "progress if you keep loading it: a reason to get it checked before you run again.");

    /** Pain that came on suddenly during the run (the leg-ache guide). */
    public static final TriageRule SUDDEN_DURING_RUN = symptom("red-sudden-during-run", Symptom.SUDDEN, Urgency.SOON,
            "Pain that came on suddenly during the run.", Sources.LEG_ACHE_GUIDE,
            "The pain came on suddenly during the run. A sudden pain, unlike a gradual ache, can be a sign of a strain "
                    + "or a tear: stop running and get it checked.");

    /** Pain that stopped the run (the leg-ache guide: pain that "prevents you from continuing"). */
    public static final TriageRule STOPPED_RUN = symptom("red-stopped-run", Symptom.STOPPED_RUN, Urgency.SOON,
            "Pain that stopped the run.", Sources.LEG_ACHE_GUIDE,
            "The pain made you stop the run. Pain that prevents you from continuing is a reason to get it checked "
                    + "before you run again.");

    /** Pain that changed the way the runner ran (the leg-ache guide: pain that "alters your running form"). */
    public static final TriageRule ALTERED_GAIT = symptom("red-altered-gait", Symptom.ALTERED_GAIT, Urgency.SOON,
            "Pain that changed the way you ran (a limp, an altered stride).", Sources.LEG_ACHE_GUIDE,
            "The pain changed the way you ran. Pain that alters your running form is a reason to stop and get it "
                    + "checked: running around it loads other tissues too.");

    /** Numbness or tingling that spreads or comes with weakness: the same day (the leg-ache guide; NHS). */
    public static final TriageRule NUMBNESS_SPREADING = symptom("red-numbness-spreading", Symptom.NUMBNESS_SPREADING,
            Urgency.SAME_DAY, "Numbness or tingling that spreads, or comes with weakness.", Sources.LEG_ACHE_GUIDE,
            "The numbness or tingling spreads, or comes with weakness. That can be a sign of a nerve being pressed "
                    + "and is a reason to be seen today. Do not put ice or heat on skin that feels numb.");

    /**
     * Swelling with warmth or redness of the calf or thigh: can be a sign of a blood clot; seek care
     * the same day and do not massage, roll, heat or compress it (the leg-ache guide; NHS).
     */
    public static final TriageRule POSSIBLE_CLOT = TriageRule.red("red-possible-clot", Urgency.SAME_DAY,
            "Swelling with warmth or redness of the calf or thigh.", Sources.LEG_ACHE_GUIDE,
            c -> CLOT_REGIONS.contains(c.region()) && c.has(Symptom.SWELLING)
                    && (c.has(Symptom.WARMTH) || c.has(Symptom.REDNESS)),
            c -> "The " + c.region().id() + " is swollen and " + (c.has(Symptom.WARMTH) ? "warm" : "red")
                    + ". Together these can be a sign of a blood clot: seek care today. Until then do not massage, roll, "
                    + "stretch, heat or compress the leg.");

    /** Every red flag, in the order they are reported. */
    public static final List<TriageRule> ALL = List.of(PAIN_AT_REST, PERSISTS_AFTER_REST, LOCALIZED_SHARP_PAIN,
            SWELLING, REDNESS, WARMTH, NUMBNESS, CANNOT_BEAR_WEIGHT, DEFORMITY, WORSE_AFTER_DOMS_PEAK, NOT_SETTLING,
            SEVERE_PAIN_RULE, BONE_STRESS_SITE, SUDDEN_DURING_RUN, STOPPED_RUN, ALTERED_GAIT, NUMBNESS_SPREADING,
            POSSIBLE_CLOT);

    /**
     * The red flag that fires whenever {@code symptom} is present, or empty for a sign that is not a
     * red flag on its own ({@link Symptom#isRedFlag()}).
     *
     * @param symptom the sign
     * @return its red flag, if it has one
     */
    public static Optional<TriageRule> forSymptom(Symptom symptom) {
        switch (symptom) {
            case PAIN_AT_REST:
                return Optional.of(PAIN_AT_REST);
            case PERSISTS_AFTER_REST:
                return Optional.of(PERSISTS_AFTER_REST);
            case SWELLING:
                return Optional.of(SWELLING);
            case REDNESS:
                return Optional.of(REDNESS);
            case WARMTH:
                return Optional.of(WARMTH);
            case NUMBNESS:
                return Optional.of(NUMBNESS);
            case CANNOT_BEAR_WEIGHT:
                return Optional.of(CANNOT_BEAR_WEIGHT);
            case DEFORMITY:
                return Optional.of(DEFORMITY);
            case SUDDEN:
                return Optional.of(SUDDEN_DURING_RUN);
            case STOPPED_RUN:
                return Optional.of(STOPPED_RUN);
            case ALTERED_GAIT:
                return Optional.of(ALTERED_GAIT);
            case NUMBNESS_SPREADING:
                return Optional.of(NUMBNESS_SPREADING);
            default:
                return Optional.empty();
        }
    }

    /** True if a sign of bone stress is present (Warden, Davis &amp; Fredericson 2014). */
    static boolean hasBoneSign(CheckIn c) {
        return c.movement() == MovementResponse.WORSE || c.has(Symptom.PAIN_AT_REST) || c.has(Symptom.PERSISTS_AFTER_REST)
                || c.has(Symptom.BONE_TENDER) || c.has(Symptom.HOP_PAIN);
    }

    private static String boneSigns(CheckIn c) {
        List<String> signs = new java.util.ArrayList<>();
        if (c.movement() == MovementResponse.WORSE) {
            signs.add("gets worse when you move");
        }
        if (c.has(Symptom.PAIN_AT_REST)) {
            signs.add("hurts at rest");
        }
        if (c.has(Symptom.PERSISTS_AFTER_REST)) {
            signs.add("has not improved with time off");
        }
        if (c.has(Symptom.BONE_TENDER)) {
            signs.add("the bone is tender to press");
        }
        if (c.has(Symptom.HOP_PAIN)) {
            signs.add("hopping on that leg hurts");
        }
        return String.join(", ", signs);
    }

    private static TriageRule symptom(String id, Symptom symptom, Urgency urgency, String summary, Source source,
            String message) {
        return TriageRule.red(id, urgency, summary, source, c -> c.has(symptom), c -> message);
    }
}
