package dev.recovery.core.recovery;

import static dev.recovery.core.unit.BodyRegion.ACHILLES;
import static dev.recovery.core.unit.BodyRegion.ANKLE;
import static dev.recovery.core.unit.BodyRegion.CALF;
import static dev.recovery.core.unit.BodyRegion.FOOT;
import static dev.recovery.core.unit.BodyRegion.GLUTE;
import static dev.recovery.core.unit.BodyRegion.GROIN;
import static dev.recovery.core.unit.BodyRegion.HAMSTRING;
import static dev.recovery.core.unit.BodyRegion.HIP;
import static dev.recovery.core.unit.BodyRegion.IT_BAND;
import static dev.recovery.core.unit.BodyRegion.QUADRICEPS;
import static dev.recovery.core.unit.BodyRegion.SHIN;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recovery catalogue: every modality with its dose, timing, regions, cautions and source
 * (docs/reference/recovery.md and triage.md). Every number is a named constant below with the place it comes from; where
 * the sources give no number, the constant says so and docs/recovery.md explains the choice.
 *
 * @since 0.1.0
 */
public final class Catalogue {

    // --- Soft-tissue work (docs/reference/recovery.md; Postma) -------------------------------------------
    /** Foam roller or vibrating roller: at least 2 min per major muscle group (docs/reference/recovery.md; Postma and Chung). */
    public static final int ROLL_MIN_SECONDS_PER_AREA = 120;
    /** ...and at most 3 min per group (docs/reference/recovery.md; Postma and Chung). */
    public static final int ROLL_MAX_SECONDS_PER_AREA = 180;
    /** Pause 30 s on a tender spot (docs/reference/recovery.md; Postma and Chung). */
    public static final int ROLL_PAUSE_SECONDS = 30;
    /** Massage gun: 60 s per muscle group (docs/reference/recovery.md; Postma and Chung). */
    public static final int MASSAGE_GUN_SECONDS_PER_AREA = 60;
    /**
     * The most areas one rolling item covers: the rollable areas (calves, quadriceps, hamstrings,
     * glutes, IT band, groin). Not a sourced number: it is how many areas there are to roll.
     */
    public static final int MAX_ROLL_AREAS = 6;
    /** Compression boots: 20-30 min (docs/reference/recovery.md; Postma and Chung). */
    public static final int COMPRESSION_MIN_MINUTES = 20;
    /** Compression boots: at most 30 min (docs/reference/recovery.md; Postma and Chung). */
    public static final int COMPRESSION_MAX_MINUTES = 30;

    // --- Heat and cold (docs/reference/recovery.md; Postma and Chung; Kunz; the leg-ache guide, 2025) -------------------------------------------
    /** Sauna: start with 10 min bouts (docs/reference/recovery.md; Postma). */
    public static final int SAUNA_START_MINUTES = 10;
    /** Sauna: build up to 20 min (docs/reference/recovery.md; Postma). */
    public static final int SAUNA_MAX_MINUTES = 20;
    /** Sauna: "a few times a week", read as 2-3 (docs/reference/recovery.md; Postma and Chung; the 2-3 reading is our choice). */
    public static final int SAUNA_MIN_PER_WEEK = 2;
    /** Sauna: at most 3 times a week (our reading of "a few", docs/recovery.md). */
    public static final int SAUNA_MAX_PER_WEEK = 3;
    /** Cold plunge: 5 min (docs/reference/recovery.md; Postma). */
    public static final int COLD_PLUNGE_MIN_MINUTES = 5;
    /** Cold plunge: 10 min at most (docs/reference/recovery.md; Postma). */
    public static final int COLD_PLUNGE_MAX_MINUTES = 10;
    /** Ice pack: 10-20 min at a time, with breaks (docs/reference/recovery.md and triage.md; Kunz; the leg-ache guide, 2025). */
    public static final int ICE_MIN_MINUTES = 10;
    /** Ice pack: at most 20 min at a time (docs/reference/recovery.md and triage.md; Kunz; the leg-ache guide, 2025). */
    public static final int ICE_MAX_MINUTES = 20;
    /** Warm or Epsom salt bath: 20-30 min (docs/reference/recovery.md; Kunz). */
    public static final int BATH_MIN_MINUTES = 20;
    /** Warm bath: at most 30 min (docs/reference/recovery.md; Kunz). */
    public static final int BATH_MAX_MINUTES = 30;
    /** Epsom salt: 1-2 cups (docs/reference/recovery.md; Kunz). */
    public static final int EPSOM_MIN_CUPS = 1;
    /** Epsom salt: at most 2 cups (docs/reference/recovery.md; Kunz). */
    public static final int EPSOM_MAX_CUPS = 2;

    // --- Stretching and mobility (docs/reference/recovery.md; Postma and Chung; a runner's recovery account; the leg-ache guide, 2025) ---------------------------------
    /** Static stretching: 5-10 min after the run (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int STATIC_STRETCH_MIN_MINUTES = 5;
    /** Static stretching: at most 10 min (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int STATIC_STRETCH_MAX_MINUTES = 10;
    /** Static stretch holds: 20-30 s (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int STATIC_HOLD_MIN_SECONDS = 20;
    /** Static stretch holds: at most 30 s (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int STATIC_HOLD_MAX_SECONDS = 30;
    /** Dynamic warm-up: 5-10 min before the run (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int WARM_UP_MIN_MINUTES = 5;
    /** Dynamic warm-up: at most 10 min (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int WARM_UP_MAX_MINUTES = 10;
    /** Wall dorsiflexion stretch: holds of 30-60 s (the sources give no hold; our choice, docs/recovery.md). */
    public static final int DORSIFLEXION_MIN_HOLD_SECONDS = 30;
    /** Wall dorsiflexion stretch: at most 60 s a hold (our choice). */
    public static final int DORSIFLEXION_MAX_HOLD_SECONDS = 60;
    /** Wall dorsiflexion stretch: 2 holds each side (our choice). */
    public static final int DORSIFLEXION_REPS_PER_SIDE = 2;
    /** Wall ankle isometric: push 30-45 s a hold (the sources give no hold; our choice). */
    public static final int ANKLE_ISO_MIN_HOLD_SECONDS = 30;
    /** Wall ankle isometric: at most 45 s a hold (our choice). */
    public static final int ANKLE_ISO_MAX_HOLD_SECONDS = 45;
    /** Wall ankle isometric: 3 holds each side (our choice). */
    public static final int ANKLE_ISO_REPS_PER_SIDE = 3;
    /** Hamstring isometric: engage for 4 s (docs/reference/recovery.md; Chung). */
    public static final int HAMSTRING_ISO_HOLD_SECONDS = 4;
    /** Hamstring isometric: 5-10 engagements each side (our choice). */
    public static final int HAMSTRING_ISO_MIN_REPS = 5;
    /** Hamstring isometric: at most 10 each side (our choice). */
    public static final int HAMSTRING_ISO_MAX_REPS = 10;
    /** Hamstring isometric: one engagement and its rest take about 12 s, 4 s on and 8 s off (our choice). */
    public static final int HAMSTRING_ISO_CYCLE_SECONDS = 12;
    /** 90/90 hip rotation stretches: hold 2 min each side (docs/reference/recovery.md; Chung). */
    public static final int HIP_90_90_HOLD_SECONDS = 120;
    /** Yoga: an easy race-week mobility session of 15-20 min (docs/reference/recovery.md gives no length; our choice). */
    public static final int YOGA_EASY_MIN_MINUTES = 15;
    /** Yoga: race-week session at most 20 min (our choice). */
    public static final int YOGA_EASY_MAX_MINUTES = 20;
    /** Yoga: a full weekly session up to 60 min (our choice). */
    public static final int YOGA_MAX_MINUTES = 60;
    /** Yoga: one session a week (docs/reference/recovery.md and plans.md; a runner's recovery account). */
    public static final int YOGA_PER_WEEK = 1;

    // --- Active recovery (docs/reference/recovery.md; Postma and Chung; Kunz) ----------------------------------------------
    /** Walk 3-5 min every hour (docs/reference/recovery.md; Postma). */
    public static final int HOURLY_WALK_MIN_MINUTES = 3;
    /** Hourly walks: at most 5 min (docs/reference/recovery.md; Postma and Chung). */
    public static final int HOURLY_WALK_MAX_MINUTES = 5;
    /** A 10-15 min walk later in the day (docs/reference/recovery.md; Postma). */
    public static final int LATER_WALK_MIN_MINUTES = 10;
    /** Later walk: at most 15 min (docs/reference/recovery.md; Postma and Chung). */
    public static final int LATER_WALK_MAX_MINUTES = 15;
    /** 10 min of light cardio to cool down after hard runs (docs/reference/recovery.md; Kunz). */
    public static final int COOL_DOWN_MINUTES = 10;

    // --- Fuel, fluid, sleep (docs/reference/recovery.md; Watson; Kunz; a runner's recovery account; the leg-ache guide, 2025) ---------------------------------
    /** Refuel within 30 min of finishing (docs/reference/recovery.md; Watson). */
    public static final int REFUEL_WITHIN_MINUTES = 30;
    /** ...and at the latest within 60 min (docs/reference/recovery.md; Kunz; the leg-ache guide, 2025). */
    public static final int REFUEL_LATEST_MINUTES = 60;
    /** About 3 g of carbohydrate per 1 g of protein (docs/reference/recovery.md; Watson). */
    public static final int CARB_TO_PROTEIN = 3;
    /** Refuel after every run longer than 60 min (issue 4; docs/reference/recovery.md and plans.md). */
    public static final int REFUEL_RUN_OVER_MINUTES = 60;
    /** Drink 250-500 ml before the run (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int PRE_RUN_MIN_MILLILITRES = 250;
    /** ...at most 500 ml (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int PRE_RUN_MAX_MILLILITRES = 500;
    /** ...1-2 h before the run (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int PRE_RUN_MIN_HOURS = 1;
    /** ...at the earliest 2 h before (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int PRE_RUN_MAX_HOURS = 2;
    /** Sleep at least 7 h (docs/reference/recovery.md; the leg-ache guide, 2025, National Sleep Foundation 2023). */
    public static final int SLEEP_MIN_HOURS = 7;
    /** Sleep up to 9 h (docs/reference/recovery.md; the leg-ache guide, 2025). */
    public static final int SLEEP_MAX_HOURS = 9;

    // --- Cross-training and first aid ---------------------------------------------------------------
    /** Cross-training in place of a run: at least 20 min (our choice: a short run's worth). */
    public static final int CROSS_MIN_MINUTES = 20;
    /** Cross-training in place of a run: at most 60 min, easy (our choice: no long sessions while sore). */
    public static final int CROSS_MAX_MINUTES = 60;
    /** Cross-training for a run not on today's list: 30-45 min (our choice). */
    public static final int CROSS_DEFAULT_MIN_MINUTES = 30;
    /** ...at most 45 min (our choice). */
    public static final int CROSS_DEFAULT_MAX_MINUTES = 45;
    /** R.I.C.E. for the first 48-72 h after an acute strain or sprain (docs/reference/triage.md; NHS 2021). */
    public static final int RICE_MIN_HOURS = 48;
    /** ...up to 72 h (docs/reference/triage.md; NHS 2021). */
    public static final int RICE_MAX_HOURS = 72;

    /** A run longer than this many minutes (2.5 h) gets the gentle care of a marathon day (deep rolling and heat wait). */
    public static final int LONG_EFFORT_MINUTES = 150;
    /** Fewest hours deep rolling and heat wait after a marathon or a run over 2.5 h. */
    public static final int DEEP_WORK_WAIT_MIN_HOURS = 24;
    /** Most hours deep rolling and heat wait after a marathon or a run over 2.5 h. */
    public static final int DEEP_WORK_WAIT_MAX_HOURS = 48;

    private static final Map<Modality, CatalogueEntry> ENTRIES = build();

    private Catalogue() {
    }

    /** The entry for {@code modality}. */
    public static CatalogueEntry entry(Modality modality) {
        return ENTRIES.get(Checks.requiredOneOf("modality", modality, Modality.class));
    }

    /** Every entry, in the order of {@link Modality}. */
    public static List<CatalogueEntry> all() {
        return List.copyOf(ENTRIES.values());
    }

    private static Map<Modality, CatalogueEntry> build() {
        Map<Modality, CatalogueEntry> m = new EnumMap<>(Modality.class);
        Reason pressure = caution(RecoveryRule.MORE_PRESSURE_NOT_BETTER,
                "More pressure is not better: if you are fighting to tolerate it, ease off.");
        Reason noRed = caution(RecoveryRule.RED_NO_MASSAGE_ON_REGION,
                "Never on a region with a RED triage, nor on the muscle over it.");
        Reason noHeatOnSkin = caution(RecoveryRule.NO_HEAT_ON_SKIN,
                "Never put heat (heating pad, hot pack) directly on the skin: wrap it, and keep it low enough not to burn.");
        Reason noHeatOnInjury = caution(RecoveryRule.RED_NO_HEAT,
                "No heat on a fresh injury or a swollen, red or warm spot: it adds to the swelling.");
        Reason iceWrapped = caution(RecoveryRule.ICE_WRAPPED_WITH_BREAKS,
                "Wrap ice in a towel, 10-20 min at a time, with breaks for the skin to warm up.");
        Reason painFree = caution(RecoveryRule.PAIN_FREE_ONLY, "Only as far as it stays pain-free.");
        Reason coldShort = caution(RecoveryRule.COLD_PLUNGE_MAX_10_MIN,
                "Keep it short: 10 min at most. Not straight after a hard session in base, build or peak weeks.");
        Set<BodyRegion> major = Set.of(CALF, QUADRICEPS, HAMSTRING, GLUTE);
        Set<BodyRegion> rollable = Set.of(CALF, QUADRICEPS, HAMSTRING, GLUTE, IT_BAND, GROIN);
        Set<BodyRegion> lowerLeg = Set.of(CALF, ACHILLES, ANKLE, SHIN, FOOT);
        Set<BodyRegion> legs = Set.of(FOOT, ANKLE, ACHILLES, CALF, SHIN, BodyRegion.KNEE, QUADRICEPS, HAMSTRING,
                GLUTE, HIP, IT_BAND, GROIN, BodyRegion.THIGH);
        DoseRange rollPerArea = DoseRange.of(ROLL_MIN_SECONDS_PER_AREA, ROLL_MAX_SECONDS_PER_AREA);
        DoseRange rollMinutes = DoseRange.of(ROLL_MIN_SECONDS_PER_AREA / 60.0,
                MAX_ROLL_AREAS * ROLL_MAX_SECONDS_PER_AREA / 60.0);

        put(m, Modality.FOAM_ROLLING, "Foam rolling",
                Dose.ofMinutes(rollMinutes).with(Measure.SECONDS_PER_AREA, rollPerArea)
                        .with(Measure.PAUSE_SECONDS, DoseRange.exactly(ROLL_PAUSE_SECONDS)),
                "2-3 min per major muscle group, pause 30 s on tender spots",
                "Soon after a hard run, as part of the cool-down; any time you feel sore (Watson also suggests 5 min before and 10 min after a run, 1-2 min per area).",
                rollable, false, List.of(pressure, noRed), Sources.POSTMA_CHUNG);
        put(m, Modality.VIBRATING_ROLLER, "Vibrating roller or orbital massager",
                Dose.ofMinutes(rollMinutes).with(Measure.SECONDS_PER_AREA, rollPerArea),
                "2-3 min per muscle group", "After a run.", rollable, false, List.of(pressure, noRed),
                Sources.POSTMA_CHUNG);
        put(m, Modality.MASSAGE_GUN, "Massage gun",
                Dose.ofMinutes(MASSAGE_GUN_SECONDS_PER_AREA / 60.0, MAX_ROLL_AREAS * MASSAGE_GUN_SECONDS_PER_AREA / 60.0)
                        .with(Measure.SECONDS_PER_AREA, DoseRange.exactly(MASSAGE_GUN_SECONDS_PER_AREA)),
                "60 s per muscle group", "After a run.", rollable, false, List.of(pressure, noRed),
                Sources.POSTMA_CHUNG);
        put(m, Modality.COMPRESSION_BOOTS, "Compression boots",
                Dose.ofMinutes(COMPRESSION_MIN_MINUTES, COMPRESSION_MAX_MINUTES), "20-30 min",
                "After a run, especially the long run or a race.", legs, false, List.of(), Sources.POSTMA_CHUNG);
        put(m, Modality.SAUNA_HEAT, "Sauna or heat",
                Dose.ofMinutes(SAUNA_START_MINUTES, SAUNA_MAX_MINUTES)
                        .with(Measure.SESSIONS_PER_WEEK, SAUNA_MIN_PER_WEEK, SAUNA_MAX_PER_WEEK),
                "10 min bouts, building to 20 min, a few times a week; at home a heating pad or warm towel",
                "After a hard workout only.", Set.of(), true, List.of(noHeatOnSkin, noHeatOnInjury), Sources.POSTMA_CHUNG);
        put(m, Modality.COLD_PLUNGE, "Cold plunge or ice bath",
                Dose.ofMinutes(COLD_PLUNGE_MIN_MINUTES, COLD_PLUNGE_MAX_MINUTES), "5-10 min at most",
                "Cold slows the body's repair: later in the day, or right after only in deload, taper and race weeks.",
                Set.of(), false, List.of(coldShort), Sources.POSTMA_CHUNG);
        put(m, Modality.ICE_PACK, "Ice pack",
                Dose.ofMinutes(ICE_MIN_MINUTES, ICE_MAX_MINUTES), "10-20 min at a time, wrapped in a towel, with breaks",
                "For a fresh strain or sprain, as part of R.I.C.E.", legs, false, List.of(iceWrapped), Sources.KUNZ);
        put(m, Modality.WARM_BATH, "Warm or Epsom salt bath",
                Dose.ofMinutes(BATH_MIN_MINUTES, BATH_MAX_MINUTES).with(Measure.CUPS_EPSOM_SALT, EPSOM_MIN_CUPS, EPSOM_MAX_CUPS),
                "20-30 min; 1-2 cups of Epsom salt if you like", "In the evening when your legs are sore.", legs, true,
                List.of(noHeatOnSkin, noHeatOnInjury), Sources.KUNZ);
        put(m, Modality.STATIC_STRETCHING, "Static stretching",
                Dose.ofMinutes(STATIC_STRETCH_MIN_MINUTES, STATIC_STRETCH_MAX_MINUTES)
                        .with(Measure.HOLD_SECONDS, STATIC_HOLD_MIN_SECONDS, STATIC_HOLD_MAX_SECONDS),
                "5-10 min, holds of 20-30 s: quadriceps, glutes, calves, hamstrings", "After the run, when the muscles are warm.",
                major, false, List.of(caution(RecoveryRule.NO_STRETCHING_COLD_MUSCLES, "Do not stretch cold muscles."), painFree),
                Sources.LEG_ACHE_GUIDE);
        put(m, Modality.DYNAMIC_WARM_UP, "Dynamic warm-up",
                Dose.ofMinutes(WARM_UP_MIN_MINUTES, WARM_UP_MAX_MINUTES),
                "5-10 min: leg swings, butt kicks, high knees", "Before the run.", legs, false,
                List.of(caution(RecoveryRule.NO_STRETCHING_COLD_MUSCLES, "Move, do not hold stretches: muscles are still cold.")),
                Sources.LEG_ACHE_GUIDE);
        put(m, Modality.WALL_DORSIFLEXION_STRETCH, "Wall-supported dorsiflexion stretch",
                Dose.ofMinutes(2 * DORSIFLEXION_REPS_PER_SIDE * DORSIFLEXION_MIN_HOLD_SECONDS / 60.0,
                        2 * DORSIFLEXION_REPS_PER_SIDE * DORSIFLEXION_MAX_HOLD_SECONDS / 60.0)
                        .with(Measure.HOLD_SECONDS, DORSIFLEXION_MIN_HOLD_SECONDS, DORSIFLEXION_MAX_HOLD_SECONDS)
                        .with(Measure.REPS_PER_SIDE, DoseRange.exactly(DORSIFLEXION_REPS_PER_SIDE)),
                "Hands on the wall, knee towards the toes with the heel down: 2 holds of 30-60 s each side",
                "After a run or any time you need to unwind.", Set.of(CALF, ACHILLES, ANKLE), false, List.of(painFree),
                Sources.POSTMA_CHUNG);
        put(m, Modality.WALL_ANKLE_ISOMETRIC, "Wall-supported ankle isometric hold",
                Dose.ofMinutes(2 * ANKLE_ISO_REPS_PER_SIDE * ANKLE_ISO_MIN_HOLD_SECONDS / 60.0,
                        2 * ANKLE_ISO_REPS_PER_SIDE * ANKLE_ISO_MAX_HOLD_SECONDS / 60.0)
                        .with(Measure.HOLD_SECONDS, ANKLE_ISO_MIN_HOLD_SECONDS, ANKLE_ISO_MAX_HOLD_SECONDS)
                        .with(Measure.REPS_PER_SIDE, DoseRange.exactly(ANKLE_ISO_REPS_PER_SIDE)),
                "Knee bent towards the toes, drive the toes into the ground like pressing a pedal, other foot lifted: 3 holds of 30-45 s each side",
                "After a run or any time.", lowerLeg, false, List.of(painFree), Sources.POSTMA_CHUNG);
        put(m, Modality.HAMSTRING_ISOMETRIC, "Standing hamstring isometric",
                Dose.ofMinutes(2 * HAMSTRING_ISO_MIN_REPS * HAMSTRING_ISO_CYCLE_SECONDS / 60.0,
                        2 * HAMSTRING_ISO_MAX_REPS * HAMSTRING_ISO_CYCLE_SECONDS / 60.0)
                        .with(Measure.HOLD_SECONDS, DoseRange.exactly(HAMSTRING_ISO_HOLD_SECONDS))
                        .with(Measure.REPS_PER_SIDE, HAMSTRING_ISO_MIN_REPS, HAMSTRING_ISO_MAX_REPS),
                "Heel pulled towards the glute, ribs down, knee driven back: engage the hamstring 4 s, 5-10 times each side",
                "After a run or any time.", Set.of(HAMSTRING), false, List.of(painFree), Sources.POSTMA_CHUNG);
        put(m, Modality.HIP_90_90_INTERNAL_ROTATION, "90/90 hip internal rotation stretch",
                Dose.ofMinutes(2 * HIP_90_90_HOLD_SECONDS / 60.0, 2 * HIP_90_90_HOLD_SECONDS / 60.0)
                        .with(Measure.HOLD_SECONDS, DoseRange.exactly(HIP_90_90_HOLD_SECONDS))
                        .with(Measure.REPS_PER_SIDE, DoseRange.exactly(1)),
                "Sit in 90/90, lean back on your hands, drive the back glute to the floor: 2 min each side",
                "After a run or any time you need to unwind.", Set.of(HIP, GLUTE), false, List.of(painFree),
                Sources.POSTMA_CHUNG);
        put(m, Modality.HIP_90_90_EXTERNAL_ROTATION, "90/90 hip external rotation stretch",
                Dose.ofMinutes(2 * HIP_90_90_HOLD_SECONDS / 60.0, 2 * HIP_90_90_HOLD_SECONDS / 60.0)
                        .with(Measure.HOLD_SECONDS, DoseRange.exactly(HIP_90_90_HOLD_SECONDS))
                        .with(Measure.REPS_PER_SIDE, DoseRange.exactly(1)),
                "Sit in 90/90, hinge forward over the front hip: 2 min each side",
                "After a run or any time you need to unwind.", Set.of(HIP, GLUTE), false, List.of(painFree),
                Sources.POSTMA_CHUNG);
        put(m, Modality.ACTIVE_RECOVERY_WALK, "Active recovery walk",
                Dose.ofMinutes(HOURLY_WALK_MIN_MINUTES, LATER_WALK_MAX_MINUTES),
                "3-5 min every hour, or a 10-15 min walk later in the day; 10 min of light cardio to cool down after hard runs",
                "After the run and later the same day; on rest days too.", Set.of(), false, List.of(), Sources.POSTMA_CHUNG);
        put(m, Modality.REFUEL, "Refuel",
                Dose.noTime().with(Measure.WITHIN_MINUTES, REFUEL_WITHIN_MINUTES, REFUEL_LATEST_MINUTES)
                        .with(Measure.CARB_TO_PROTEIN_RATIO, DoseRange.exactly(CARB_TO_PROTEIN)),
                "Within 30 min (60 at most) of finishing: about 3 g of carbohydrate per 1 g of protein",
                "Right after runs over 60 min and hard sessions.", Set.of(), false, List.of(), Sources.MARATHON_RECOVERY_GUIDE);
        put(m, Modality.HYDRATION, "Hydrate",
                Dose.noTime().with(Measure.MILLILITRES, PRE_RUN_MIN_MILLILITRES, PRE_RUN_MAX_MILLILITRES)
                        .with(Measure.HOURS_BEFORE, PRE_RUN_MIN_HOURS, PRE_RUN_MAX_HOURS),
                "250-500 ml (1-2 cups) 1-2 h before; drink after; electrolytes after long, hot or hard runs",
                "Before and after every run; through the day on rest days.", Set.of(), false, List.of(), Sources.LEG_ACHE_GUIDE);
        put(m, Modality.SLEEP, "Sleep",
                Dose.noTime().with(Measure.HOURS_OF_SLEEP, SLEEP_MIN_HOURS, SLEEP_MAX_HOURS),
                "7-9 h; naps help in peak weeks", "Every night.", Set.of(), false, List.of(), Sources.LEG_ACHE_GUIDE);
        put(m, Modality.CROSS_TRAINING, "Cross-training in place of a run",
                Dose.ofMinutes(0, CROSS_MAX_MINUTES).with(Measure.SESSION_MINUTES, CROSS_MIN_MINUTES, CROSS_MAX_MINUTES),
                "Bike, elliptical or swim at an easy effort, 20-60 min (about the time of the run it replaces)",
                "In place of a recovery run, or of any run while soreness is AMBER.", Set.of(), false,
                List.of(painFree), Sources.POSTMA_CHUNG);
        put(m, Modality.YOGA, "Yoga",
                Dose.ofMinutes(YOGA_EASY_MIN_MINUTES, YOGA_MAX_MINUTES).with(Measure.SESSIONS_PER_WEEK,
                        DoseRange.exactly(YOGA_PER_WEEK)),
                "One session a week; in race week 15-20 min of easy mobility", "From the start of the cycle; easy in race week.",
                Set.of(), false, List.of(painFree), Sources.RUNNER_RECOVERY_ACCOUNT);
        put(m, Modality.RICE, "R.I.C.E.",
                Dose.noTime().with(Measure.FIRST_HOURS, RICE_MIN_HOURS, RICE_MAX_HOURS),
                "Rest; ice 10-20 min at a time with breaks; compression; elevation above the heart",
                "For the first 48-72 h after an acute strain or sprain.", legs, false, List.of(iceWrapped, noHeatOnInjury),
                Sources.NHS_2021);
        put(m, Modality.SEE_A_PROFESSIONAL, "See a physical therapist or doctor",
                Dose.noTime(), "Book an appointment; no running until cleared",
                "As soon as a red flag appears.", Set.of(), false, List.of(), Sources.POSTMA_CHUNG);
        for (Modality modality : Modality.values()) {
            if (!m.containsKey(modality)) {
                throw new IllegalStateException("catalogue entry missing for " + modality);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private static Reason caution(RecoveryRule rule, String message) {
        return rule.reason(message);
    }

    private static void put(Map<Modality, CatalogueEntry> m, Modality modality, String name, Dose dose, String doseText,
            String timing, Set<BodyRegion> regions, boolean heat, List<Reason> cautions, Source source) {
        List<Reason> all = new ArrayList<>(cautions);
        m.put(modality, new CatalogueEntry(modality, name, dose, doseText, timing, regions, heat, all, source));
    }
}
