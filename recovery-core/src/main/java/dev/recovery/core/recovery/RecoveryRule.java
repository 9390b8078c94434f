package dev.recovery.core.recovery;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;

/**
 * Every rule the recovery prescription applies, with its stable id and source: the one place to look
 * a rule up. Each item in a {@link Prescription} carries a {@link Reason} made by one of these, and
 * each caution in the {@link Catalogue} is one of these too.
 *
 * @since 0.1.0
 */
public enum RecoveryRule {
    // --- Triage-driven (docs/reference/triage.md) -------------------------------------------------------
    /** RED: stop running and see a physical therapist or doctor (docs/reference/triage.md; Postma and Chung; the leg-ache guide, 2025). */
    RED_STOP_SEE_PROFESSIONAL("red-stop-see-professional", Sources.POSTMA_CHUNG),
    /** RED: the day's runs are replaced by rest or pain-free cross-training until cleared (docs/reference/triage.md). */
    RED_REPLACE_RUNS("red-replace-runs", Sources.POSTMA_CHUNG),
    /** RED with a sudden onset in the last 72 h: R.I.C.E. for the first 48-72 h (docs/reference/triage.md; NHS 2021). */
    RED_RICE_ACUTE("red-rice-acute", Sources.NHS_2021),
    /** Never roll, massage-gun or deep-massage a region whose triage is RED, nor the muscle over it. */
    RED_NO_MASSAGE_ON_REGION("red-no-massage-on-region", Sources.RECOVERY_PT_CHOICES),
    /** Nothing that stretches or loads a RED region: it waits for a professional. */
    RED_NO_LOADING_REGION("red-no-loading-region", Sources.RECOVERY_PT_CHOICES),
    /** No heat (sauna, bath) while a region is RED: heat adds to swelling in a fresh injury. */
    RED_NO_HEAT("red-no-heat", Sources.RECOVERY_PT_CHOICES),
    /** AMBER: the day's runs become low-impact cross-training, no intensity; re-check in 24 h (docs/reference/triage.md). */
    AMBER_SWAP_RUN_FOR_CROSS("amber-swap-run-for-cross", Sources.POSTMA_CHUNG),

    // --- Before the run --------------------------------------------------------------------------
    /** 250-500 ml of water 1-2 h before the run (docs/reference/recovery.md; the leg-ache guide, 2025, ACSM 2007). */
    HYDRATE_BEFORE_RUN("hydrate-before-run", Sources.LEG_ACHE_GUIDE),
    /** 5-10 min dynamic warm-up before the run (docs/reference/recovery.md; the leg-ache guide, 2025). */
    DYNAMIC_WARM_UP_BEFORE_RUN("dynamic-warm-up-before-run", Sources.LEG_ACHE_GUIDE),
    /** Do not stretch cold muscles: warm up first (docs/reference/recovery.md; a runner's recovery account). */
    NO_STRETCHING_COLD_MUSCLES("no-stretching-cold-muscles", Sources.RUNNER_RECOVERY_ACCOUNT),

    // --- Right after -----------------------------------------------------------------------------
    /** Refuel within 30 min (60 at most), about 3:1 carbohydrate:protein, after runs over 60 min or hard sessions (docs/reference/recovery.md; Watson). */
    REFUEL_WITHIN_30_MIN("refuel-within-30-min", Sources.MARATHON_RECOVERY_GUIDE),
    /** Drink after every run; electrolytes after long, hot or hard runs (docs/reference/recovery.md; Kunz). */
    HYDRATE_AFTER_RUN("hydrate-after-run", Sources.KUNZ),
    /** 10 min of light cardio to cool down after hard runs (docs/reference/recovery.md; Kunz). */
    COOL_DOWN_AFTER_HARD("cool-down-after-hard", Sources.KUNZ),
    /** Foam roll the major groups soon after a hard run, 2-3 min each, pause 30 s on tender spots (docs/reference/recovery.md; Postma and Chung). */
    FOAM_ROLL_AFTER_HARD("foam-roll-after-hard", Sources.POSTMA_CHUNG),
    /** Roll the muscles over the sore regions, 2-3 min each (docs/reference/recovery.md; Postma and Chung). */
    ROLL_SORE_REGIONS("roll-sore-regions", Sources.POSTMA_CHUNG),
    /** More pressure is not better: ease tension, do not fight the roller (docs/reference/recovery.md; Chung). */
    MORE_PRESSURE_NOT_BETTER("more-pressure-not-better", Sources.POSTMA_CHUNG),
    /** Static stretching after the session, 5-10 min, holds of 20-30 s (docs/reference/recovery.md; the leg-ache guide, 2025). */
    STATIC_STRETCH_AFTER("static-stretch-after", Sources.LEG_ACHE_GUIDE),
    /** Calf, ankle, Achilles, shin or foot soreness: wall dorsiflexion stretch and wall ankle isometric (docs/reference/recovery.md; Chung). */
    PT_MOBILITY_LOWER_LEG("pt-mobility-lower-leg", Sources.POSTMA_CHUNG),
    /** Hamstring soreness: standing hamstring isometric, engage 4 s (docs/reference/recovery.md; Chung). */
    PT_MOBILITY_HAMSTRING("pt-mobility-hamstring", Sources.POSTMA_CHUNG),
    /** Hip or glute soreness: 90/90 internal and external rotation, 2 min each side (docs/reference/recovery.md; Chung). */
    PT_MOBILITY_HIP("pt-mobility-hip", Sources.POSTMA_CHUNG),
    /** Cold plunge right after a hard session only in deload, taper and race weeks, 5-10 min (docs/reference/recovery.md; Postma). */
    COLD_PLUNGE_RECOVERY_WEEKS("cold-plunge-recovery-weeks", Sources.POSTMA_CHUNG),
    /** In base, build and peak weeks a cold plunge waits until later in the day (docs/reference/recovery.md; Postma). */
    COLD_PLUNGE_LATER_IN_BUILD_WEEKS("cold-plunge-later-in-build-weeks", Sources.POSTMA_CHUNG),
    /** Keep cold plunges short: 10 min at most (docs/reference/recovery.md; Postma). */
    COLD_PLUNGE_MAX_10_MIN("cold-plunge-max-10-min", Sources.POSTMA_CHUNG),

    // --- Later that day --------------------------------------------------------------------------
    /** A 10-15 min walk later in the day, or 3-5 min every hour (docs/reference/recovery.md; Postma). */
    WALK_LATER_IN_DAY("walk-later-in-day", Sources.POSTMA_CHUNG),
    /** Compression boots 20-30 min after the long run or a race (docs/reference/recovery.md and plans.md; Postma and Chung). */
    COMPRESSION_AFTER_LONG("compression-after-long", Sources.POSTMA_CHUNG),
    /** Sauna only after hard sessions: 10 min building to 20, a few times a week (docs/reference/recovery.md; Postma). */
    SAUNA_AFTER_HARD("sauna-after-hard", Sources.POSTMA_CHUNG),
    /** Heat (pad, warm towel) never directly on the skin, and never hot enough to burn (docs/reference/recovery.md; Kunz). */
    NO_HEAT_ON_SKIN("no-heat-on-skin", Sources.KUNZ),
    /** Ice wrapped in a towel, 10-20 min at a time, with breaks for the skin to warm (docs/reference/recovery.md; Kunz). */
    ICE_WRAPPED_WITH_BREAKS("ice-wrapped-with-breaks", Sources.KUNZ),
    /** Rest day: still sleep, hydration, light walking and mobility (docs/reference/recovery.md and plans.md; Postma and Chung; Kunz). */
    REST_DAY_MOBILITY("rest-day-mobility", Sources.POSTMA_CHUNG),
    /** Race week: easy mobility yoga instead of new work (docs/reference/recovery.md; a runner's recovery account). */
    YOGA_RACE_WEEK("yoga-race-week", Sources.RUNNER_RECOVERY_ACCOUNT),
    /** Drink regularly through a day without a run (docs/reference/recovery.md; the leg-ache guide, 2025). */
    HYDRATE_THROUGH_DAY("hydrate-through-day", Sources.LEG_ACHE_GUIDE),

    // --- Evening ---------------------------------------------------------------------------------
    /** A warm or Epsom salt bath for sore legs, 20-30 min, 1-2 cups of salt (docs/reference/recovery.md; Kunz). */
    WARM_BATH_FOR_SORENESS("warm-bath-for-soreness", Sources.KUNZ),
    /** Sleep 7-9 h every night; naps help in peak weeks (docs/reference/recovery.md; the leg-ache guide, 2025; a runner's recovery account). */
    SLEEP_7_TO_9_HOURS("sleep-7-to-9-hours", Sources.LEG_ACHE_GUIDE),
    // --- Contraindications: what not to prescribe ------------------------------------------------
    /** No ice or cold where numbness or tingling is reported: reduced feeling hides cold injury (Kunz; the leg-ache guide). */
    NO_COLD_WHERE_NUMB("no-cold-where-numb", Sources.KUNZ),
    /**
     * A possible blood clot (swelling with warmth or redness of the calf or thigh): the only item is
     * "seek care today"; no massage, rolling, massage gun, compression, heat or stretching of that limb
     * (the leg-ache guide; NHS).
     */
    POSSIBLE_CLOT_SEEK_CARE_TODAY("possible-clot-seek-care-today", Sources.LEG_ACHE_GUIDE),
    /** No rolling, massage gun, vibration or static stretching on a region with an open AMBER or RED episode: it may be a strain (Postma and Chung). */
    NO_ROLLING_ON_OPEN_EPISODE("no-rolling-on-open-episode", Sources.POSTMA_CHUNG),
    /** R.I.C.E. only for an acute onset (during or right after the run) within 72 h (NHS 2021). */
    RICE_ONLY_ACUTE_72H("rice-only-acute-72h", Sources.NHS_2021),
    /** Right after a marathon or a run over 2.5 h: gentle walking, refuelling, drinking to thirst; deep rolling and heat wait 24-48 h. */
    GENTLE_CARE_AFTER_LONG_EFFORT("gentle-care-after-long-effort", Sources.MARATHON_RECOVERY_GUIDE),
    /** After a marathon or a run over 2.5 h, drink to thirst and not more than was lost (Hew-Butler et al. 2015). */
    DRINK_TO_THIRST_AFTER_LONG("drink-to-thirst-after-long", Sources.HEW_BUTLER_2015),
    /** Sauna or a hot bath only after refuelling and drinking; never when dizzy, ill or freshly injured (Kunz; the leg-ache guide). */
    SAUNA_ONLY_WHEN_SAFE("sauna-only-when-safe", Sources.KUNZ),

    /** At most one heat item (sauna or warm bath) a day: the first one prescribed stays. */
    ONE_HEAT_ITEM_A_DAY("one-heat-item-a-day", Sources.RECOVERY_PT_CHOICES),

    // --- Choices where the sources are silent ---------------------------------------------------------
    /** A session is hard if it is a hard run type or felt RPE 7 or more. */
    HARD_SESSION("hard-session", Sources.RECOVERY_PT_CHOICES),
    /** Cross-training in place of a run: swim for lower-leg soreness, bike otherwise; same time as the run, 20-60 min. */
    CROSS_TRAINING_CHOICE("cross-training-choice", Sources.RECOVERY_PT_CHOICES),
    /** Only pain-free movement near a sore region. */
    PAIN_FREE_ONLY("pain-free-only", Sources.RECOVERY_PT_CHOICES),
    /** The runner has no such equipment: the next alternative is used, or the item is left out. */
    EQUIPMENT_UNAVAILABLE("equipment-unavailable", Sources.RECOVERY_PT_CHOICES);

    private final String id;
    private final Source source;

    RecoveryRule(String id, Source source) {
        this.id = id;
        this.source = source;
    }

    /** The rule's stable id, e.g. {@code cold-plunge-recovery-weeks}; never changes between releases. */
    public String id() {
        return id;
    }

    /** Where the rule comes from. */
    public Source source() {
        return source;
    }

    /** A reason citing this rule, with {@code message} for the runner. */
    public Reason reason(String message) {
        return Reason.of(id, message, source);
    }
}
