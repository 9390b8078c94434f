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
import static dev.recovery.core.unit.BodyRegion.KNEE;
import static dev.recovery.core.unit.BodyRegion.QUADRICEPS;
import static dev.recovery.core.unit.BodyRegion.SHIN;
import static dev.recovery.core.unit.BodyRegion.THIGH;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a {@link RecoveryDay} into its {@link Prescription}: what to do before the run, right after,
 * later that day and in the evening, with doses and reasons (RULES.md 1.5, 1.6 and 4). A pure
 * function: the same day always gives the same prescription, whatever order the soreness reports
 * come in.
 *
 * <p>How it chooses, in order of precedence (docs/recovery.md has the full list):
 * <ol>
 *   <li>RED anywhere: stop running and see a professional; the day's runs become rest or pain-free
 *       cross-training; R.I.C.E. for a sudden injury in its first 72 h; no heat; nothing rolls,
 *       stretches or loads the RED region.</li>
 *   <li>AMBER anywhere: the day's runs become easy low-impact cross-training (swim for a sore lower
 *       leg, bike otherwise), same time as the run, 20-60 min; gentle pressure only.</li>
 *   <li>Otherwise train as planned, with the protocol for the day's sessions and phase.</li>
 * </ol>
 * Every day gets sleep and hydration; every day without RED gets a walk; rest days get mobility.
 *
 * @since 0.1.0
 */
public final class Prescriber {

    /**
     * A session felt at RPE 7 ("very hard" on the CR-10 scale) or more counts as hard even if its type
     * is not (RULES.md says "hard session" without a number; our choice, docs/recovery.md).
     */
    public static final int HARD_RPE = 7;

    /** The four major running muscle groups to roll and stretch after a hard run (RULES.md 4; seeds 000, 004). */
    static final Set<BodyRegion> MAJOR_GROUPS = Set.of(CALF, QUADRICEPS, HAMSTRING, GLUTE);
    /** Sore here: the ankle and calf items of the PT set (RULES.md 4; issue 4). */
    static final Set<BodyRegion> LOWER_LEG = Set.of(FOOT, ANKLE, ACHILLES, CALF, SHIN);
    /** Sore here: the hamstring isometric (RULES.md 4; issue 4). */
    static final Set<BodyRegion> HAMSTRING_TRIGGER = Set.of(HAMSTRING);
    /** Sore here: the 90/90 hip rotations (RULES.md 4; issue 4). */
    static final Set<BodyRegion> HIP_TRIGGER = Set.of(HIP, GLUTE);
    /** RED here: no hamstring isometric (the thigh bone is under it; our choice). */
    static final Set<BodyRegion> HAMSTRING_BLOCKERS = Set.of(HAMSTRING, THIGH);
    /** RED here: no 90/90 hip rotations (our choice). */
    static final Set<BodyRegion> HIP_BLOCKERS = Set.of(HIP, GLUTE, THIGH, GROIN);

    private Prescriber() {
    }

    /**
     * The recovery prescription for {@code day}.
     *
     * @throws IllegalArgumentException if {@code day} is missing
     */
    public static Prescription prescribe(RecoveryDay day) {
        Checks.required("day", day, "a recovery day");
        return new Work(day).run();
    }

    /**
     * True if {@code session} is hard: a hard run type (long, tempo, intervals, marathon pace, race) or
     * any session the runner rated at {@value #HARD_RPE} or more.
     */
    public static boolean isHard(Session session) {
        boolean hardRpe = session.rpe().map(r -> r.value() >= HARD_RPE).orElse(false);
        if (session instanceof Run run) {
            return run.type().isHard() || hardRpe;
        }
        return hardRpe;
    }

    /**
     * The muscle to roll for soreness in {@code region}, if any: tendons, joints and bones are never
     * rolled directly, the muscle over them is (Achilles, ankle, shin, foot: the calf; knee: the
     * quadriceps; hip and lower back: the glutes); the thigh bone is a bone-stress site and is not
     * rolled at all (our choice, docs/recovery.md).
     */
    public static Optional<BodyRegion> rollTarget(BodyRegion region) {
        switch (region) {
            case CALF: case ACHILLES: case ANKLE: case SHIN: case FOOT:
                return Optional.of(CALF);
            case QUADRICEPS: case KNEE:
                return Optional.of(QUADRICEPS);
            case HAMSTRING:
                return Optional.of(HAMSTRING);
            case GLUTE: case HIP: case LOWER_BACK:
                return Optional.of(GLUTE);
            case IT_BAND:
                return Optional.of(IT_BAND);
            case GROIN:
                return Optional.of(GROIN);
            default:
                return Optional.empty();
        }
    }

    /**
     * The regions nothing may roll, massage, stretch or load when {@code red} are RED: the RED regions
     * themselves and the muscles that would be rolled for them.
     */
    public static Set<BodyRegion> offLimits(Set<BodyRegion> red) {
        EnumSet<BodyRegion> out = EnumSet.noneOf(BodyRegion.class);
        for (BodyRegion region : red) {
            out.add(region);
            rollTarget(region).ifPresent(out::add);
        }
        return out;
    }

    /** One prescription in the making. */
    private static final class Work {
        private final RecoveryDay day;
        private final List<RecoveryItem> items = new ArrayList<>();
        private final List<Reason> notes = new ArrayList<>();
        private final Map<BodyRegion, TriageLevel> levels = new EnumMap<>(BodyRegion.class);
        private final EnumSet<BodyRegion> red = EnumSet.noneOf(BodyRegion.class);
        private final EnumSet<BodyRegion> amber = EnumSet.noneOf(BodyRegion.class);
        /** Non-RED regions with pain above 0 or an AMBER triage. */
        private final EnumSet<BodyRegion> sore = EnumSet.noneOf(BodyRegion.class);
        /** RED regions with a sudden onset (during or right after the run) in the last 72 h. */
        private final EnumSet<BodyRegion> acute = EnumSet.noneOf(BodyRegion.class);
        private final Set<BodyRegion> offLimits;
        private final Optional<TriageLevel> worst;
        private final List<Run> keptRuns = new ArrayList<>();
        private final List<Run> replacedRuns = new ArrayList<>();
        private final List<Session> otherSessions = new ArrayList<>();

        Work(RecoveryDay day) {
            this.day = day;
            Map<BodyRegion, Integer> pain = new EnumMap<>(BodyRegion.class);
            for (SorenessReport report : day.soreness()) {
                levels.merge(report.region(), report.level(), TriageLevel::atLeast);
                pain.merge(report.region(), report.checkIn().pain().value(), Math::max);
                if (report.level() == TriageLevel.RED && report.checkIn().onset() != Onset.DELAYED
                        && report.checkIn().hoursSinceRun() <= Catalogue.RICE_MAX_HOURS) {
                    acute.add(report.region());
                }
            }
            levels.forEach((region, level) -> {
                if (level == TriageLevel.RED) {
                    red.add(region);
                } else {
                    if (level == TriageLevel.AMBER) {
                        amber.add(region);
                    }
                    if (level == TriageLevel.AMBER || pain.get(region) > 0) {
                        sore.add(region);
                    }
                }
            });
            acute.retainAll(red);
            offLimits = offLimits(red);
            worst = levels.values().stream().max(Comparator.naturalOrder());
            boolean swap = worst.map(l -> l != TriageLevel.GREEN).orElse(false);
            for (Session session : day.sessions()) {
                if (session instanceof Run run) {
                    (swap ? replacedRuns : keptRuns).add(run);
                } else {
                    otherSessions.add(session);
                }
            }
        }

        Prescription run() {
            for (Session session : day.sessions()) {
                boolean hardType = session instanceof Run r && r.type().isHard();
                if (isHard(session) && !hardType) {
                    notes.add(RecoveryRule.HARD_SESSION.reason("The " + describe(session) + " felt RPE "
                            + session.rpe().orElseThrow().value() + ": it counts as a hard session."));
                }
            }
            boolean isRed = !red.isEmpty();
            boolean isAmber = !isRed && !amber.isEmpty();
            if (isRed) {
                redFirst();
            } else if (isAmber) {
                amberSwaps();
            }
            beforeRun();
            boolean training = !keptRuns.isEmpty() || !otherSessions.isEmpty() || (isAmber && !replacedRuns.isEmpty());
            Slot workSlot = training ? Slot.RIGHT_AFTER : Slot.LATER_THAT_DAY;
            rightAfter(isRed, training);
            rolling(workSlot);
            stretching(training);
            mobility(workSlot, isRed, training);
            coldRightAfter(isRed);
            laterThatDay(isRed);
            evening(isRed, isAmber);
            items.sort(Comparator.comparing(RecoveryItem::slot));
            return new Prescription(day.date(), day.phase(), worst, items, notes);
        }

        // --- RED and AMBER ------------------------------------------------------------------------

        private void redFirst() {
            add(Slot.BEFORE_RUN, Modality.SEE_A_PROFESSIONAL,
                    "Stop running and see a physical therapist or doctor about your " + names(red)
                            + ": a red flag is present. No running until you are cleared.",
                    Dose.noTime(), red, RecoveryRule.RED_STOP_SEE_PROFESSIONAL,
                    "RED triage (" + names(red) + "): " + TriageLevel.RED.action());
            for (Run run : replacedRuns) {
                if (!acute.isEmpty()) {
                    add(Slot.BEFORE_RUN, Modality.CROSS_TRAINING,
                            "Replace today's " + describe(run) + " with rest: no running and no cross-training while R.I.C.E. applies.",
                            Dose.noTime(), Set.of(), RecoveryRule.RED_REPLACE_RUNS,
                            "A fresh strain or sprain needs rest first; cross-training can wait until a professional clears it.");
                    continue;
                }
                int upTo = crossMinutes(run);
                CrossActivity activity = crossActivity();
                add(Slot.BEFORE_RUN, Modality.CROSS_TRAINING, activity,
                        "Replace today's " + describe(run) + " with rest, or up to " + upTo + " min of " + activityName(activity)
                                + " only if it is completely pain-free.",
                        Dose.ofMinutes(0, upTo).with(Measure.SESSION_MINUTES, Catalogue.CROSS_MIN_MINUTES, upTo),
                        Set.of(), RecoveryRule.RED_REPLACE_RUNS,
                        "With a RED triage the plan's runs are replaced by rest or pain-free cross-training until cleared.");
            }
            for (BodyRegion region : acute) {
                add(Slot.RIGHT_AFTER, Modality.RICE,
                        "R.I.C.E. for the " + region.id() + " for the first " + Catalogue.RICE_MIN_HOURS + "-"
                                + Catalogue.RICE_MAX_HOURS + " h: rest it, ice it, wrap it in a compression sleeve or bandage, "
                                + "and raise it above the heart.",
                        Dose.noTime().with(Measure.FIRST_HOURS, Catalogue.RICE_MIN_HOURS, Catalogue.RICE_MAX_HOURS),
                        Set.of(region), RecoveryRule.RED_RICE_ACUTE,
                        "A sudden pain with a red flag in the first 72 h may be an acute strain or sprain: first aid is R.I.C.E.");
                if (available(Modality.ICE_PACK)) {
                    add(Slot.RIGHT_AFTER, Modality.ICE_PACK,
                            "Ice the " + region.id() + " " + Catalogue.ICE_MIN_MINUTES + "-" + Catalogue.ICE_MAX_MINUTES
                                    + " min at a time, wrapped in a towel, with breaks for the skin to warm up.",
                            Dose.ofMinutes(Catalogue.ICE_MIN_MINUTES, Catalogue.ICE_MAX_MINUTES), Set.of(region),
                            RecoveryRule.RED_RICE_ACUTE, "The ice of R.I.C.E.: 10-20 min at a time, with breaks.");
                }
            }
            notes.add(RecoveryRule.RED_NO_MASSAGE_ON_REGION.reason("No foam rolling, massage gun or deep massage on the "
                    + names(offLimits) + " while the triage is RED."));
            notes.add(RecoveryRule.RED_NO_HEAT.reason("No sauna, hot bath or heat pack today: heat adds to swelling in a fresh injury."));
        }

        private void amberSwaps() {
            CrossActivity activity = crossActivity();
            String recheck = " No intensity, hold your mileage, and re-check the " + names(amber) + " in 24 h.";
            String why = "AMBER triage (" + names(amber) + "): swap the next run for low-impact cross-training.";
            if (replacedRuns.isEmpty()) {
                add(Slot.EVENING, Modality.CROSS_TRAINING, activity,
                        "Next run: swap it for " + Catalogue.CROSS_DEFAULT_MIN_MINUTES + "-" + Catalogue.CROSS_DEFAULT_MAX_MINUTES
                                + " min of easy " + activityName(activity) + "." + recheck,
                        Dose.noTime().with(Measure.SESSION_MINUTES, Catalogue.CROSS_DEFAULT_MIN_MINUTES,
                                Catalogue.CROSS_DEFAULT_MAX_MINUTES),
                        Set.of(), RecoveryRule.AMBER_SWAP_RUN_FOR_CROSS, why);
            }
            for (Run run : replacedRuns) {
                int minutes = crossMinutes(run);
                add(Slot.BEFORE_RUN, Modality.CROSS_TRAINING, activity,
                        "Swap today's " + describe(run) + " for " + minutes + " min of easy " + activityName(activity) + "." + recheck,
                        Dose.ofMinutes(minutes, minutes).with(Measure.SESSION_MINUTES, DoseRange.exactly(minutes)),
                        Set.of(), RecoveryRule.AMBER_SWAP_RUN_FOR_CROSS, why);
            }
        }

        // --- Slots --------------------------------------------------------------------------------

        private void beforeRun() {
            if (keptRuns.isEmpty()) {
                return;
            }
            add(Slot.BEFORE_RUN, Modality.HYDRATION,
                    "Drink " + Catalogue.PRE_RUN_MIN_MILLILITRES + "-" + Catalogue.PRE_RUN_MAX_MILLILITRES
                            + " ml (1-2 cups) of water " + Catalogue.PRE_RUN_MIN_HOURS + "-" + Catalogue.PRE_RUN_MAX_HOURS
                            + " h before the run.",
                    Dose.noTime().with(Measure.MILLILITRES, Catalogue.PRE_RUN_MIN_MILLILITRES, Catalogue.PRE_RUN_MAX_MILLILITRES)
                            .with(Measure.HOURS_BEFORE, Catalogue.PRE_RUN_MIN_HOURS, Catalogue.PRE_RUN_MAX_HOURS),
                    Set.of(), RecoveryRule.HYDRATE_BEFORE_RUN, "Starting a run well hydrated limits fatigue and cramps.");
            add(Slot.BEFORE_RUN, Modality.DYNAMIC_WARM_UP,
                    "Dynamic warm-up " + Catalogue.WARM_UP_MIN_MINUTES + "-" + Catalogue.WARM_UP_MAX_MINUTES
                            + " min: leg swings, butt kicks, high knees. No static stretching yet.",
                    Dose.ofMinutes(Catalogue.WARM_UP_MIN_MINUTES, Catalogue.WARM_UP_MAX_MINUTES), Set.of(),
                    RecoveryRule.DYNAMIC_WARM_UP_BEFORE_RUN, "Warm muscles before the run; do not stretch them cold.");
        }

        private void rightAfter(boolean isRed, boolean training) {
            Optional<Run> hardRun = keptRuns.stream().filter(Prescriber::isHard).findFirst();
            hardRun.ifPresent(run -> add(Slot.RIGHT_AFTER, Modality.ACTIVE_RECOVERY_WALK,
                    "Cool down: " + Catalogue.COOL_DOWN_MINUTES + " min of easy walking or very light jogging after the "
                            + describe(run) + ".",
                    Dose.ofMinutes(Catalogue.COOL_DOWN_MINUTES, Catalogue.COOL_DOWN_MINUTES), Set.of(),
                    RecoveryRule.COOL_DOWN_AFTER_HARD, "End every hard run with light cardio to keep blood moving."));
            List<Session> refuelFor = new ArrayList<>();
            for (Run run : keptRuns) {
                if (isHard(run) || Durations.minutes(run.duration()) > Catalogue.REFUEL_RUN_OVER_MINUTES) {
                    refuelFor.add(run);
                }
            }
            for (Session session : otherSessions) {
                if (isHard(session)) {
                    refuelFor.add(session);
                }
            }
            if (!refuelFor.isEmpty()) {
                add(Slot.RIGHT_AFTER, Modality.REFUEL,
                        "Refuel within " + Catalogue.REFUEL_WITHIN_MINUTES + " min (" + Catalogue.REFUEL_LATEST_MINUTES
                                + " at most) of finishing the " + refuelFor.stream().map(Work::describe).collect(Collectors.joining(" and the "))
                                + ": about " + Catalogue.CARB_TO_PROTEIN + ":1 carbohydrate:protein, e.g. chocolate milk, "
                                + "a smoothie with protein and oats, or pasta with meatballs.",
                        Dose.noTime().with(Measure.WITHIN_MINUTES, Catalogue.REFUEL_WITHIN_MINUTES, Catalogue.REFUEL_LATEST_MINUTES)
                                .with(Measure.CARB_TO_PROTEIN_RATIO, DoseRange.exactly(Catalogue.CARB_TO_PROTEIN)),
                        Set.of(), RecoveryRule.REFUEL_WITHIN_30_MIN,
                        "Runs over " + Catalogue.REFUEL_RUN_OVER_MINUTES + " min and hard sessions empty the glycogen stores "
                                + "and need protein for repair: the sooner, the better.");
            }
            if (!keptRuns.isEmpty()) {
                boolean longOrHard = keptRuns.stream().anyMatch(r -> isHard(r) || r.type() == RunType.LONG);
                add(Slot.RIGHT_AFTER, Modality.HYDRATION,
                        longOrHard ? "Drink water after the run, with electrolytes (a sports drink or tablet) after this long or hard run."
                                : "Drink water after the run (electrolytes too if it was hot).",
                        Dose.noTime(), Set.of(), RecoveryRule.HYDRATE_AFTER_RUN, "Replace the fluid you sweated out.");
            }
        }

        private void coldRightAfter(boolean isRed) {
            boolean hardSession = keptRuns.stream().anyMatch(Prescriber::isHard)
                    || otherSessions.stream().anyMatch(Prescriber::isHard);
            if (hardSession && !isRed && !day.phase().buildsFitness() && available(Modality.COLD_PLUNGE)) {
                add(Slot.RIGHT_AFTER, Modality.COLD_PLUNGE,
                        "Cold plunge or ice bath " + Catalogue.COLD_PLUNGE_MIN_MINUTES + "-" + Catalogue.COLD_PLUNGE_MAX_MINUTES
                                + " min, no longer.",
                        Dose.ofMinutes(Catalogue.COLD_PLUNGE_MIN_MINUTES, Catalogue.COLD_PLUNGE_MAX_MINUTES), Set.of(),
                        RecoveryRule.COLD_PLUNGE_RECOVERY_WEEKS,
                        "In a " + day.phase().id() + " week there is no training adaptation to protect, so cold can come right after.");
            }
        }

        private void stretching(boolean training) {
            if (training && !onlyYoga()) {
                EnumSet<BodyRegion> groups = EnumSet.copyOf(MAJOR_GROUPS);
                groups.removeAll(offLimits);
                if (!groups.isEmpty()) {
                    add(Slot.RIGHT_AFTER, Modality.STATIC_STRETCHING,
                            "Stretch your " + muscles(groups) + ", " + Catalogue.STATIC_STRETCH_MIN_MINUTES + "-"
                                    + Catalogue.STATIC_STRETCH_MAX_MINUTES + " min in all, holding each stretch "
                                    + Catalogue.STATIC_HOLD_MIN_SECONDS + "-" + Catalogue.STATIC_HOLD_MAX_SECONDS + " s.",
                            Dose.ofMinutes(Catalogue.STATIC_STRETCH_MIN_MINUTES, Catalogue.STATIC_STRETCH_MAX_MINUTES)
                                    .with(Measure.HOLD_SECONDS, Catalogue.STATIC_HOLD_MIN_SECONDS, Catalogue.STATIC_HOLD_MAX_SECONDS),
                            groups, RecoveryRule.STATIC_STRETCH_AFTER, "Stretching warm muscles after the session eases stiffness.");
                }
                if (groups.size() < MAJOR_GROUPS.size()) {
                    notes.add(RecoveryRule.RED_NO_LOADING_REGION.reason("No stretching of the " + names(offLimits)
                            + " until a professional has seen it."));
                }
            }
        }

        private void rolling(Slot slot) {
            boolean hardRun = keptRuns.stream().anyMatch(Prescriber::isHard);
            EnumSet<BodyRegion> areas = EnumSet.noneOf(BodyRegion.class);
            if (hardRun) {
                areas.addAll(MAJOR_GROUPS);
            }
            for (BodyRegion region : sore) {
                rollTarget(region).ifPresent(areas::add);
            }
            areas.removeAll(offLimits);
            if (areas.isEmpty()) {
                return;
            }
            Modality tool = firstAvailable(Modality.FOAM_ROLLING, Modality.VIBRATING_ROLLER, Modality.MASSAGE_GUN);
            if (tool == null) {
                notes.add(RecoveryRule.EQUIPMENT_UNAVAILABLE.reason("No roller or massage gun at hand: no rolling today."));
                return;
            }
            RecoveryRule rule = hardRun ? RecoveryRule.FOAM_ROLL_AFTER_HARD : RecoveryRule.ROLL_SORE_REGIONS;
            String why = hardRun ? "Rolling soon after a hard run, as part of the cool-down, eases soreness."
                    : "Rolling the muscles over sore spots eases tension and soreness.";
            List<Reason> extra = new ArrayList<>();
            EnumSet<BodyRegion> gentle = EnumSet.noneOf(BodyRegion.class);
            for (BodyRegion region : amber) {
                rollTarget(region).filter(areas::contains).ifPresent(gentle::add);
            }
            if (!gentle.isEmpty()) {
                extra.add(RecoveryRule.AMBER_GENTLE_PRESSURE.reason("Gentle pressure only on the " + names(gentle)
                        + " (AMBER): stop if the pain sharpens."));
            }
            int n = areas.size();
            String text;
            Dose dose;
            if (tool == Modality.MASSAGE_GUN) {
                text = "Massage gun on the " + muscles(areas) + ", " + Catalogue.MASSAGE_GUN_SECONDS_PER_AREA + " s each, light pressure.";
                dose = Dose.ofMinutes(DoseRange.exactly(Catalogue.MASSAGE_GUN_SECONDS_PER_AREA / 60.0).times(n))
                        .with(Measure.SECONDS_PER_AREA, DoseRange.exactly(Catalogue.MASSAGE_GUN_SECONDS_PER_AREA));
            } else {
                DoseRange perArea = DoseRange.of(Catalogue.ROLL_MIN_SECONDS_PER_AREA, Catalogue.ROLL_MAX_SECONDS_PER_AREA);
                String verb = tool == Modality.FOAM_ROLLING ? "Foam roll" : "Vibrating roller on";
                text = verb + " " + (tool == Modality.FOAM_ROLLING ? "" : "the ") + muscles(areas) + " "
                        + perArea.times(1 / 60.0).format() + (n == 1 ? " min" : " min each")
                        + (tool == Modality.FOAM_ROLLING ? ", pause " + Catalogue.ROLL_PAUSE_SECONDS + " s on tender spots." : ".");
                dose = Dose.ofMinutes(perArea.times(n / 60.0)).with(Measure.SECONDS_PER_AREA, perArea);
                if (tool == Modality.FOAM_ROLLING) {
                    dose = dose.with(Measure.PAUSE_SECONDS, DoseRange.exactly(Catalogue.ROLL_PAUSE_SECONDS));
                }
            }
            if (tool != Modality.FOAM_ROLLING) {
                notes.add(RecoveryRule.EQUIPMENT_UNAVAILABLE.reason("No foam roller at hand: " + tool.entry().name().toLowerCase(java.util.Locale.ROOT)
                        + " instead."));
            }
            add(slot, tool, null, text, dose, areas, rule, why, extra);
        }

        private void mobility(Slot slot, boolean isRed, boolean training) {
            int before = items.size();
            if (intersects(sore, LOWER_LEG)) {
                if (intersects(red, LOWER_LEG)) {
                    blocked("the ankle and calf mobility");
                } else {
                    ptItem(slot, Modality.WALL_DORSIFLEXION_STRETCH, RecoveryRule.PT_MOBILITY_LOWER_LEG,
                            "Wall dorsiflexion stretch: " + Catalogue.DORSIFLEXION_REPS_PER_SIDE + " holds of "
                                    + Catalogue.DORSIFLEXION_MIN_HOLD_SECONDS + "-" + Catalogue.DORSIFLEXION_MAX_HOLD_SECONDS
                                    + " s each side, knee towards the toes, heel down.",
                            "Your " + names(intersection(sore, LOWER_LEG)) + " is sore: the dorsiflexion stretch eases the calf and ankle.");
                    ptItem(slot, Modality.WALL_ANKLE_ISOMETRIC, RecoveryRule.PT_MOBILITY_LOWER_LEG,
                            "Wall ankle isometric: " + Catalogue.ANKLE_ISO_REPS_PER_SIDE + " holds of "
                                    + Catalogue.ANKLE_ISO_MIN_HOLD_SECONDS + "-" + Catalogue.ANKLE_ISO_MAX_HOLD_SECONDS
                                    + " s each side, toes driving into the floor.",
                            "Your " + names(intersection(sore, LOWER_LEG)) + " is sore: an isometric hold calms the calf and ankle.");
                }
            }
            if (intersects(sore, HAMSTRING_TRIGGER)) {
                if (intersects(red, HAMSTRING_BLOCKERS)) {
                    blocked("the hamstring isometric");
                } else {
                    ptItem(slot, Modality.HAMSTRING_ISOMETRIC, RecoveryRule.PT_MOBILITY_HAMSTRING,
                            "Standing hamstring isometric: engage " + Catalogue.HAMSTRING_ISO_HOLD_SECONDS + " s, "
                                    + Catalogue.HAMSTRING_ISO_MIN_REPS + "-" + Catalogue.HAMSTRING_ISO_MAX_REPS + " times each side.",
                            "Your hamstring is sore: an isometric eases it without stretching it.");
                }
            }
            if (intersects(sore, HIP_TRIGGER)) {
                if (intersects(red, HIP_BLOCKERS)) {
                    blocked("the 90/90 hip rotations");
                } else {
                    hipPair(slot, RecoveryRule.PT_MOBILITY_HIP,
                            "Your " + names(intersection(sore, HIP_TRIGGER)) + " is sore: the 90/90 rotations free the hip.");
                }
            }
            boolean restDay = !training;
            if (restDay && !isRed && items.size() == before) {
                if (day.phase() == TrainingPhase.RACE_WEEK) {
                    add(slot, Modality.YOGA, "Easy mobility yoga " + Catalogue.YOGA_EASY_MIN_MINUTES + "-"
                                    + Catalogue.YOGA_EASY_MAX_MINUTES + " min: keep moving, nothing new or strenuous.",
                            Dose.ofMinutes(Catalogue.YOGA_EASY_MIN_MINUTES, Catalogue.YOGA_EASY_MAX_MINUTES), Set.of(),
                            RecoveryRule.YOGA_RACE_WEEK, "Race week: keep the body moving and loose, not training it.");
                } else {
                    String why = "A rest day still gets mobility: the PT's everyday set.";
                    ptItem(slot, Modality.WALL_DORSIFLEXION_STRETCH, RecoveryRule.REST_DAY_MOBILITY,
                            "Wall dorsiflexion stretch: " + Catalogue.DORSIFLEXION_REPS_PER_SIDE + " holds of "
                                    + Catalogue.DORSIFLEXION_MIN_HOLD_SECONDS + "-" + Catalogue.DORSIFLEXION_MAX_HOLD_SECONDS
                                    + " s each side.", why);
                    hipPair(slot, RecoveryRule.REST_DAY_MOBILITY, why);
                }
            }
        }

        private void laterThatDay(boolean isRed) {
            if (!isRed) {
                add(Slot.LATER_THAT_DAY, Modality.ACTIVE_RECOVERY_WALK,
                        "Walk " + Catalogue.LATER_WALK_MIN_MINUTES + "-" + Catalogue.LATER_WALK_MAX_MINUTES
                                + " min at an easy pace later today; if you sit all day, also walk "
                                + Catalogue.HOURLY_WALK_MIN_MINUTES + "-" + Catalogue.HOURLY_WALK_MAX_MINUTES + " min every hour.",
                        Dose.ofMinutes(Catalogue.LATER_WALK_MIN_MINUTES, Catalogue.LATER_WALK_MAX_MINUTES), Set.of(),
                        RecoveryRule.WALK_LATER_IN_DAY, "Light movement helps circulation and stops stiffness setting in.");
            }
            if (keptRuns.isEmpty()) {
                add(Slot.LATER_THAT_DAY, Modality.HYDRATION, "Drink water regularly through the day.", Dose.noTime(), Set.of(),
                        RecoveryRule.HYDRATE_THROUGH_DAY, "Recovery needs fluid on days without a run too.");
            }
            boolean longRun = keptRuns.stream().anyMatch(r -> r.type() == RunType.LONG || r.type() == RunType.RACE);
            if (longRun) {
                if (available(Modality.COMPRESSION_BOOTS)) {
                    add(Slot.LATER_THAT_DAY, Modality.COMPRESSION_BOOTS,
                            "Compression boots " + Catalogue.COMPRESSION_MIN_MINUTES + "-" + Catalogue.COMPRESSION_MAX_MINUTES + " min.",
                            Dose.ofMinutes(Catalogue.COMPRESSION_MIN_MINUTES, Catalogue.COMPRESSION_MAX_MINUTES),
                            Modality.COMPRESSION_BOOTS.entry().regions(), RecoveryRule.COMPRESSION_AFTER_LONG,
                            "After the long run or a race, compression helps circulation and eases heavy legs.");
                } else {
                    notes.add(RecoveryRule.EQUIPMENT_UNAVAILABLE.reason("No compression boots at hand: left out."));
                }
            }
            boolean hardSession = keptRuns.stream().anyMatch(Prescriber::isHard)
                    || otherSessions.stream().anyMatch(Prescriber::isHard);
            if (!hardSession || isRed) {
                return;
            }
            boolean sauna = available(Modality.SAUNA_HEAT) && day.phase() != TrainingPhase.RACE_WEEK;
            if (day.phase().buildsFitness()) {
                if (sauna) {
                    saunaItem();
                } else if (available(Modality.COLD_PLUNGE)) {
                    add(Slot.LATER_THAT_DAY, Modality.COLD_PLUNGE,
                            "Cold plunge or ice bath " + Catalogue.COLD_PLUNGE_MIN_MINUTES + "-" + Catalogue.COLD_PLUNGE_MAX_MINUTES
                                    + " min, a few hours after the session, not straight after.",
                            Dose.ofMinutes(Catalogue.COLD_PLUNGE_MIN_MINUTES, Catalogue.COLD_PLUNGE_MAX_MINUTES), Set.of(),
                            RecoveryRule.COLD_PLUNGE_LATER_IN_BUILD_WEEKS,
                            "Cold slows the repair a " + day.phase().id() + " week is for, so it waits until later in the day.");
                }
            } else if (!available(Modality.COLD_PLUNGE) && sauna) {
                saunaItem();
            }
        }

        private void saunaItem() {
            add(Slot.LATER_THAT_DAY, Modality.SAUNA_HEAT,
                    "Sauna " + Catalogue.SAUNA_START_MINUTES + " min, building to " + Catalogue.SAUNA_MAX_MINUTES
                            + " min over the weeks, " + Catalogue.SAUNA_MIN_PER_WEEK + "-" + Catalogue.SAUNA_MAX_PER_WEEK
                            + " times a week at most, after refuelling and drinking. At home: a heating pad or warm towel, never directly on the skin.",
                    Dose.ofMinutes(Catalogue.SAUNA_START_MINUTES, Catalogue.SAUNA_MAX_MINUTES)
                            .with(Measure.SESSIONS_PER_WEEK, Catalogue.SAUNA_MIN_PER_WEEK, Catalogue.SAUNA_MAX_PER_WEEK),
                    Set.of(), RecoveryRule.SAUNA_AFTER_HARD, "After a hard session, heat helps blood flow and relaxation.");
        }

        private void evening(boolean isRed, boolean isAmber) {
            boolean heatToday = items.stream().anyMatch(i -> i.modality().entry().heat());
            if (!isRed && !sore.isEmpty() && !heatToday) {
                if (available(Modality.WARM_BATH)) {
                    add(Slot.EVENING, Modality.WARM_BATH,
                            "Warm bath " + Catalogue.BATH_MIN_MINUTES + "-" + Catalogue.BATH_MAX_MINUTES + " min, with "
                                    + Catalogue.EPSOM_MIN_CUPS + "-" + Catalogue.EPSOM_MAX_CUPS + " cups of Epsom salt if you like; warm, not hot.",
                            Dose.ofMinutes(Catalogue.BATH_MIN_MINUTES, Catalogue.BATH_MAX_MINUTES)
                                    .with(Measure.CUPS_EPSOM_SALT, Catalogue.EPSOM_MIN_CUPS, Catalogue.EPSOM_MAX_CUPS),
                            sore, RecoveryRule.WARM_BATH_FOR_SORENESS,
                            "Your " + names(sore) + " " + (sore.size() == 1 ? "is" : "are") + " sore: warm water relaxes the muscles.");
                }
            }
            add(Slot.EVENING, Modality.SLEEP,
                    "Sleep " + Catalogue.SLEEP_MIN_HOURS + "-" + Catalogue.SLEEP_MAX_HOURS + " h tonight."
                            + (day.phase() == TrainingPhase.PEAK ? " A nap helps in peak weeks." : ""),
                    Dose.noTime().with(Measure.HOURS_OF_SLEEP, Catalogue.SLEEP_MIN_HOURS, Catalogue.SLEEP_MAX_HOURS), Set.of(),
                    RecoveryRule.SLEEP_7_TO_9_HOURS, "The body does most of its repair during sleep.");
        }

        // --- Helpers ------------------------------------------------------------------------------

        private void ptItem(Slot slot, Modality modality, RecoveryRule rule, String text, String why) {
            add(slot, modality, text, modality.entry().dose(),
                    modality.entry().regions(), rule, why);
        }

        private void hipPair(Slot slot, RecoveryRule rule, String why) {
            ptItem(slot, Modality.HIP_90_90_INTERNAL_ROTATION, rule,
                    "90/90 hip internal rotation: hold " + Catalogue.HIP_90_90_HOLD_SECONDS / 60 + " min each side.", why);
            ptItem(slot, Modality.HIP_90_90_EXTERNAL_ROTATION, rule,
                    "90/90 hip external rotation: hold " + Catalogue.HIP_90_90_HOLD_SECONDS / 60 + " min each side.", why);
        }

        private void blocked(String what) {
            notes.add(RecoveryRule.RED_NO_LOADING_REGION.reason("No " + what + " while the " + names(red)
                    + " is RED: it waits for a professional."));
        }

        private boolean onlyYoga() {
            return keptRuns.isEmpty() && replacedRuns.isEmpty()
                    && otherSessions.stream().allMatch(s -> s instanceof dev.recovery.core.log.YogaSession);
        }

        private boolean available(Modality modality) {
            return !day.unavailable().contains(modality);
        }

        private Modality firstAvailable(Modality... choices) {
            for (Modality m : choices) {
                if (available(m)) {
                    return m;
                }
            }
            return null;
        }

        /** Swim for a sore lower leg (no push-off, no impact), bike otherwise (Chung's choice, seed 000). */
        private CrossActivity crossActivity() {
            boolean lowerLeg = intersects(amber, LOWER_LEG) || intersects(red, LOWER_LEG);
            Reason why = RecoveryRule.CROSS_TRAINING_CHOICE.reason(lowerLeg
                    ? "Swimming or pool running: no impact and no push-off for the sore lower leg."
                    : "Cycling: no impact and no braking on landing, so the legs recover better than on a run.");
            if (!notes.contains(why)) {
                notes.add(why);
            }
            return lowerLeg ? CrossActivity.SWIM : CrossActivity.BIKE;
        }

        private static int crossMinutes(Run run) {
            long minutes = Math.round(Durations.minutes(run.duration()));
            return (int) Math.max(Catalogue.CROSS_MIN_MINUTES, Math.min(Catalogue.CROSS_MAX_MINUTES, minutes));
        }

        private static String activityName(CrossActivity activity) {
            switch (activity) {
                case SWIM:
                    return "swimming or pool running";
                case BIKE:
                    return "cycling";
                case ELLIPTICAL:
                    return "elliptical";
                default:
                    return "walking";
            }
        }

        private static String describe(Session session) {
            if (session instanceof Run run) {
                return run.type().id().replace('-', ' ') + " run (" + run.distance().format(DistanceUnit.KM) + ")";
            }
            String kind = session instanceof dev.recovery.core.log.CrossTraining c ? c.activity().id() + " session"
                    : session instanceof dev.recovery.core.log.StrengthSession ? "strength session" : "yoga session";
            return kind + " (" + Durations.format(session.duration()) + ")";
        }

        /** Muscle groups as runners name them: calves, quads, hamstrings, glutes. */
        private static String muscles(Set<BodyRegion> regions) {
            List<String> out = regions.stream().sorted().map(r -> {
                switch (r) {
                    case CALF: return "calves";
                    case QUADRICEPS: return "quads";
                    case HAMSTRING: return "hamstrings";
                    case GLUTE: return "glutes";
                    case IT_BAND: return "IT band";
                    case GROIN: return "groin (adductors)";
                    default: return r.id().replace('-', ' ');
                }
            }).toList();
            return join(out);
        }

        private static String join(List<String> ids) {
            if (ids.size() <= 1) {
                return String.join("", ids);
            }
            return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
        }

        private static boolean intersects(Set<BodyRegion> a, Set<BodyRegion> b) {
            return a.stream().anyMatch(b::contains);
        }

        private static Set<BodyRegion> intersection(Set<BodyRegion> a, Set<BodyRegion> b) {
            EnumSet<BodyRegion> out = EnumSet.noneOf(BodyRegion.class);
            a.stream().filter(b::contains).forEach(out::add);
            return out;
        }

        private static String names(Set<BodyRegion> regions) {
            return join(regions.stream().sorted().map(r -> r.id().replace('-', ' ')).toList());
        }

        private void add(Slot slot, Modality modality, String text, Dose dose, Set<BodyRegion> targets, RecoveryRule rule,
                String why) {
            add(slot, modality, null, text, dose, targets, rule, why, List.of());
        }

        private void add(Slot slot, Modality modality, CrossActivity activity, String text, Dose dose, Set<BodyRegion> targets,
                RecoveryRule rule, String why) {
            add(slot, modality, activity, text, dose, targets, rule, why, List.of());
        }

        private void add(Slot slot, Modality modality, CrossActivity activity, String text, Dose dose, Set<BodyRegion> targets,
                RecoveryRule rule, String why, List<Reason> extraCautions) {
            List<Reason> cautions = new ArrayList<>(modality.entry().cautions());
            cautions.addAll(extraCautions);
            items.add(new RecoveryItem(slot, modality, text, dose, targets, Optional.ofNullable(activity), rule.reason(why),
                    cautions));
        }
    }
}
