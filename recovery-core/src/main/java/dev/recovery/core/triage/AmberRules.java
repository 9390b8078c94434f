package dev.recovery.core.triage;

import static dev.recovery.core.triage.TriageThresholds.ACTIVITY_ACCEPTABLE_MAX_PAIN;
import static dev.recovery.core.triage.TriageThresholds.DOMS_PEAK_END_HOURS;
import static dev.recovery.core.triage.TriageThresholds.GREEN_MAX_PAIN;
import static dev.recovery.core.triage.TriageThresholds.NOT_SETTLING_HOURS;
import static dev.recovery.core.triage.TriageThresholds.ORDINARY_RESOLUTION_HOURS;
import static dev.recovery.core.triage.TriageThresholds.hours;

import dev.recovery.core.source.Sources;
import java.util.List;

/**
 * The AMBER rules: each names one green condition ({@link GreenConditions}) that failed. They are consulted only when no red flag fired: a red flag always wins. Together they fire
 * exactly when some green condition fails (the timing condition is split into the four ways it can
 * fail, so the runner learns which).
 *
 * @since 0.1.0
 */
public final class AmberRules {

    private AmberRules() {
    }

    /** Pain above 3/10 (Postma and Chung). */
    public static final TriageRule PAIN_ABOVE_3 = new TriageRule("amber-pain-above-3", TriageLevel.AMBER,
            "Pain above " + GREEN_MAX_PAIN + "/10 (and below severe).", Sources.POSTMA_CHUNG,
            c -> !GreenConditions.painIsLow(c),
            c -> "Your pain is " + c.pain() + ". Ordinary late-training soreness stays at or below " + GREEN_MAX_PAIN
                    + "/10, so go easier until it drops.");

    /** A sharp, stabbing, shooting, burning or throbbing quality, not localized (Postma and Chung). */
    public static final TriageRule QUALITY_NOT_DULL = new TriageRule("amber-quality-not-dull", TriageLevel.AMBER,
            "A sharp, stabbing, shooting, burning or throbbing quality rather than a dull ache or tightness.",
            Sources.POSTMA_CHUNG,
            c -> !GreenConditions.qualityIsDull(c),
            c -> "The pain feels " + c.quality().id() + ". Ordinary soreness is a dull ache or tightness; watch it, "
                    + "and if it settles on one spot, treat it as a red flag.");

    /** Localized to a spot rather than spread over a muscle group (Postma and Chung). */
    public static final TriageRule LOCALIZED = new TriageRule("amber-localized", TriageLevel.AMBER,
            "Localized to one spot rather than spread over a muscle group.", Sources.POSTMA_CHUNG,
            c -> !GreenConditions.isWidespread(c),
            c -> "The pain sits on one spot of the " + c.region().id() + ". Ordinary soreness spreads over a whole "
                    + "muscle group; a single sore spot deserves caution.");

    /** One side only (Postma and Chung: symmetrical aches are the green flag). */
    public static final TriageRule ONE_SIDED = new TriageRule("amber-one-sided", TriageLevel.AMBER,
            "Felt on one side only rather than on both sides alike.", Sources.POSTMA_CHUNG,
            c -> !GreenConditions.isSymmetrical(c),
            c -> "It hurts on the " + c.side().id() + " side only. Training soreness is usually symmetrical; pain on "
                    + "one side points to something particular to that leg.");

    /** Worse with movement (the leg-ache guide: soreness improves with light movement). */
    public static final TriageRule WORSE_WITH_MOVEMENT = new TriageRule("amber-worse-with-movement",
            TriageLevel.AMBER, "Gets worse with light movement instead of easing.", Sources.LEG_ACHE_GUIDE,
            c -> !GreenConditions.movementDoesNotWorsen(c),
            c -> "It gets worse when you move. Ordinary soreness eases with light movement such as walking; pain "
                    + "that movement aggravates can be a sign of an injury, so hold back.");

    /** Began during or right after the run and still there after 24 h, up to 72 h (Postma and Chung; Olsen 2023). */
    public static final TriageRule NOT_RESOLVED_WITHIN_24H = new TriageRule("amber-not-resolved-within-24h",
            TriageLevel.AMBER,
            "Began during or right after the run and is still there more than " + hours(ORDINARY_RESOLUTION_HOURS)
                    + " h later (not the delayed-onset pattern).",
            Sources.POSTMA_CHUNG,
            c -> c.hoursSinceRun() > ORDINARY_RESOLUTION_HOURS && c.hoursSinceRun() <= DOMS_PEAK_END_HOURS
                    && c.onset() != Onset.DELAYED,
            c -> "It began " + (c.onset() == Onset.DURING ? "during" : "right after") + " the run and is still there "
                    + hours(c.hoursSinceRun()) + " h later. Acute soreness fades within hours and ordinary soreness within "
                    + hours(ORDINARY_RESOLUTION_HOURS) + " h; this has lasted longer.");

    /** Getting worse within 72 h: may be DOMS building, may not (Olsen 2023). */
    public static final TriageRule WORSENING_WITHIN_DOMS_WINDOW = new TriageRule(
            "amber-worsening-within-doms-window", TriageLevel.AMBER,
            "Getting worse between " + hours(ORDINARY_RESOLUTION_HOURS) + " and " + hours(DOMS_PEAK_END_HOURS)
                    + " h after the run.",
            Sources.OLSEN_2023,
            c -> c.hoursSinceRun() > ORDINARY_RESOLUTION_HOURS && c.hoursSinceRun() <= DOMS_PEAK_END_HOURS
                    && c.trend() == Trend.WORSE,
            c -> "It is getting worse " + hours(c.hoursSinceRun()) + " h after the run. Delayed soreness can still be "
                    + "building up to its peak at this point, so this is not yet a red flag, but if it is still getting "
                    + "worse after " + hours(DOMS_PEAK_END_HOURS) + " h it becomes one.");

    /** Still sore more than 72 h after the run, though not unchanged (Olsen 2023). */
    public static final TriageRule BEYOND_DOMS_WINDOW = new TriageRule("amber-beyond-doms-window",
            TriageLevel.AMBER,
            "Still sore more than " + hours(DOMS_PEAK_END_HOURS) + " h after the run, though improving.",
            Sources.OLSEN_2023,
            c -> c.hoursSinceRun() > DOMS_PEAK_END_HOURS && c.trend() != Trend.UNCHANGED,
            c -> "It is still there " + hours(c.hoursSinceRun()) + " h after the run. Delayed soreness peaks within "
                    + hours(DOMS_PEAK_END_HOURS) + " h; while it is improving, keep training light until it has gone.");

    /** Unchanged more than 72 h after the run, up to 7 days (Olsen 2023; the 72-hour AMBER escalation). */
    public static final TriageRule UNCHANGED_AFTER_DOMS_PEAK = new TriageRule("amber-unchanged-after-doms-peak",
            TriageLevel.AMBER,
            "Unchanged between " + hours(DOMS_PEAK_END_HOURS) + " h and " + hours(NOT_SETTLING_HOURS)
                    + " h after the run.",
            Sources.OLSEN_2023,
            c -> c.hoursSinceRun() > DOMS_PEAK_END_HOURS && c.trend() == Trend.UNCHANGED,
            c -> "It has not changed " + hours(c.hoursSinceRun()) + " h after the run, when delayed soreness should "
                    + "be easing. If you already had to modify training for it and it is still no better, stop running "
                    + "and see a physical therapist; after 7 days without improvement it is a red flag.");

    /** A tendon or joint region: AMBER at most, because tendon pain often eases once warmed up (the leg-ache guide). */
    public static final TriageRule TENDON_OR_JOINT_REGION = new TriageRule("amber-tendon-or-joint-region",
            TriageLevel.AMBER, "An ache of a tendon or joint region (achilles, knee, ankle, IT band): AMBER at most.",
            Sources.LEG_ACHE_GUIDE,
            c -> RegionClass.of(c.region()) == RegionClass.TENDON_OR_JOINT,
            c -> "It is the " + c.region().id() + ", a tendon or joint region. Tendon pain often eases once you are "
                    + "warmed up, which can look like ordinary soreness, so the product never calls it ordinary: train "
                    + "easy and check in again tomorrow.");

    /** A bone-stress site: AMBER at most however benign it looks (Warden, Davis &amp; Fredericson 2014). */
    public static final TriageRule BONE_STRESS_SITE_ACHE = new TriageRule("amber-bone-stress-site", TriageLevel.AMBER,
            "An ache at a bone-stress site (shin, foot, thigh bone, hip, groin, lower back): AMBER at most.",
            Sources.WARDEN_2014,
            c -> RegionClass.of(c.region()) == RegionClass.BONE_STRESS_SITE,
            c -> "It is the " + c.region().id() + ", a common site of bone stress in runners. An ache there can ease "
                    + "once warmed up and still be the start of a bone stress injury, so the product never calls it "
                    + "ordinary: train easy, and if it settles on one spot, hurts at rest or when you press the bone, "
                    + "get it checked.");

    /** Tender bone or painful hopping, without the localized pain that would make it RED (Warden, Davis &amp; Fredericson 2014). */
    public static final TriageRule BONE_SIGN = new TriageRule("amber-bone-sign", TriageLevel.AMBER,
            "Pressing on the bone or hopping on the leg hurts.", Sources.WARDEN_2014,
            c -> !GreenConditions.noBoneSign(c),
            c -> (c.has(Symptom.BONE_TENDER) ? "Pressing on the bone hurts" : "Hopping on that leg hurts")
                    + ". Muscle soreness does not do that; it can be a sign of bone stress. Do not run through it, and "
                    + "if the pain sits on one spot, get it checked.");

    /** Pain during the last run above 5/10 (Silbernagel et al. 2007). */
    public static final TriageRule RUN_PAIN_ABOVE_5 = new TriageRule("amber-pain-during-run-above-5", TriageLevel.AMBER,
            "Pain during the run above " + ACTIVITY_ACCEPTABLE_MAX_PAIN + "/10.", Sources.SILBERNAGEL_2007,
            c -> !GreenConditions.runPainAcceptable(c),
            c -> "It hurt " + c.painDuringRun().orElseThrow() + " during the run, above the "
                    + ACTIVITY_ACCEPTABLE_MAX_PAIN + "/10 the pain-monitoring model accepts: reduce the load, and keep "
                    + "runs at a level that stays at or below " + ACTIVITY_ACCEPTABLE_MAX_PAIN + "/10.");

    /** Worse the morning after the run (Silbernagel et al. 2007). */
    public static final TriageRule WORSE_NEXT_MORNING = new TriageRule("amber-worse-next-morning", TriageLevel.AMBER,
            "Pain worse the morning after the run than before it.", Sources.SILBERNAGEL_2007,
            c -> !GreenConditions.settledByNextMorning(c),
            c -> "It was worse the morning after the run than before it: the run was more than the tissue tolerated. "
                    + "Reduce the load before going on.");

    /** Every amber rule, in the order they are reported. */
    public static final List<TriageRule> ALL = List.of(PAIN_ABOVE_3, QUALITY_NOT_DULL, LOCALIZED, ONE_SIDED,
            WORSE_WITH_MOVEMENT, NOT_RESOLVED_WITHIN_24H, WORSENING_WITHIN_DOMS_WINDOW, BEYOND_DOMS_WINDOW,
            UNCHANGED_AFTER_DOMS_PEAK, TENDON_OR_JOINT_REGION, BONE_STRESS_SITE_ACHE, BONE_SIGN, RUN_PAIN_ABOVE_5,
            WORSE_NEXT_MORNING);
}
