package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.RecoveryRegions.HAMSTRING_BLOCKERS;
import static dev.recovery.core.recovery.RecoveryRegions.HAMSTRING_TRIGGER;
import static dev.recovery.core.recovery.RecoveryRegions.HIP_BLOCKERS;
import static dev.recovery.core.recovery.RecoveryRegions.HIP_TRIGGER;
import static dev.recovery.core.recovery.RecoveryRegions.LOWER_LEG;
import static dev.recovery.core.recovery.RecoveryRegions.MAJOR_GROUPS;
import static dev.recovery.core.recovery.RecoveryRegions.intersection;
import static dev.recovery.core.recovery.RecoveryRegions.intersects;
import static dev.recovery.core.recovery.RecoveryRegions.muscles;
import static dev.recovery.core.recovery.RecoveryRegions.names;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every recovery rule that adds to or takes from a day's prescription, one named value each, in the
 * order they are evaluated. Each value reads as: its id and source ({@link RecoveryRule}), its
 * condition on the day's {@link DayFacts}, and the items it adds per time slot with doses from the
 * {@link Catalogue}. {@link Prescriber} runs {@link #IN_ORDER}, then {@link #VETOES}, then orders the
 * items by slot.
 *
 * <p>How they choose, in order of precedence:
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
 * <p>To add a rule: give it an id and source in {@link RecoveryRule}, define it here as a
 * {@link PrescriptionRule} (or, to forbid items, a {@link Veto}) next to the rules of its time slot,
 * and put it in {@link #IN_ORDER} (or {@link #VETOES}) where it should be evaluated. Within a slot,
 * items keep the order the rules add them in.
 */
public final class RecoveryRules {

    private RecoveryRules() {
    }

    // --- Triage first --------------------------------------------------------------------------

    /** A session felt at RPE 7 or more counts as hard even if its type is not: said once per such session. */
    public static final PrescriptionRule HARD_BY_RPE = new PrescriptionRule(RecoveryRule.HARD_SESSION,
            facts -> true,
            facts -> {
                List<Reason> notes = new ArrayList<>();
                for (Session session : facts.sessions()) {
                    boolean hardType = session instanceof Run r && r.type().isHard();
                    if (Prescriber.isHard(session) && !hardType) {
                        notes.add(RecoveryRule.HARD_SESSION.reason("The " + describe(session) + " felt RPE "
                                + session.rpe().orElseThrow().value() + ": it counts as a hard session."));
                    }
                }
                return new Contribution(List.of(), notes);
            });

    /** RED anywhere: stop running and see a physical therapist or doctor. */
    public static final PrescriptionRule RED_STOP_SEE_PROFESSIONAL = new PrescriptionRule(RecoveryRule.RED_STOP_SEE_PROFESSIONAL,
            facts -> facts.isRed() && !facts.isPossibleClot(),
            facts -> Contribution.of(item(Slot.BEFORE_RUN, Modality.SEE_A_PROFESSIONAL,
                    "Stop running and see a physical therapist or doctor about your " + names(facts.red())
                            + ": a red flag is present. No running until you are cleared.",
                    Dose.noTime(), facts.red(), RecoveryRule.RED_STOP_SEE_PROFESSIONAL,
                    "RED triage (" + names(facts.red()) + "): " + TriageLevel.RED.action())));

    /**
     * RED: each of the day's runs becomes rest, or (without a fresh strain) up to the run's time of
     * pain-free cross-training.
     */
    public static final PrescriptionRule RED_REPLACE_RUNS = new PrescriptionRule(RecoveryRule.RED_REPLACE_RUNS,
            facts -> facts.isRed() && !facts.replacedRuns().isEmpty(),
            facts -> {
                List<RecoveryItem> items = new ArrayList<>();
                List<Reason> notes = new ArrayList<>();
                boolean rice = !facts.acute().isEmpty();
                if (!rice) {
                    notes.add(crossChoice(facts));
                }
                CrossActivity activity = facts.crossActivity();
                for (Run run : facts.replacedRuns()) {
                    if (rice) {
                        items.add(item(Slot.BEFORE_RUN, Modality.CROSS_TRAINING,
                                "Replace today's " + describe(run) + " with rest: no running and no cross-training while R.I.C.E. applies.",
                                Dose.noTime(), Set.of(), RecoveryRule.RED_REPLACE_RUNS,
                                "A fresh strain or sprain needs rest first; cross-training can wait until a professional clears it."));
                        continue;
                    }
                    int upTo = crossMinutes(run);
                    items.add(item(Slot.BEFORE_RUN, Modality.CROSS_TRAINING, activity,
                            "Replace today's " + describe(run) + " with rest, or up to " + upTo + " min of " + activityName(activity)
                                    + " only if it is completely pain-free.",
                            Dose.ofMinutes(0, upTo).with(Measure.SESSION_MINUTES, Catalogue.CROSS_MIN_MINUTES, upTo),
                            Set.of(), RecoveryRule.RED_REPLACE_RUNS,
                            "With a RED triage the plan's runs are replaced by rest or pain-free cross-training until cleared.",
                            List.of()));
                }
                return new Contribution(items, notes);
            });

    /** RED with a sudden onset in the last 72 h: R.I.C.E. for the region, with wrapped ice if there is an ice pack. */
    public static final PrescriptionRule RED_RICE_ACUTE = new PrescriptionRule(RecoveryRule.RED_RICE_ACUTE,
            facts -> facts.isRed() && !facts.acute().isEmpty(),
            facts -> {
                List<RecoveryItem> items = new ArrayList<>();
                for (BodyRegion region : facts.acute()) {
                    boolean numb = facts.numb().contains(region);
                    items.add(item(Slot.RIGHT_AFTER, Modality.RICE,
                            "R.I.C.E. for the " + region.id() + " for the first " + Catalogue.RICE_MIN_HOURS + "-"
                                    + Catalogue.RICE_MAX_HOURS + " h: rest it, " + (numb ? "" : "ice it, ")
                                    + "wrap it in a compression sleeve or bandage, and raise it above the heart."
                                    + (numb ? " No ice: it is numb or tingling, and reduced feeling hides cold injury." : ""),
                            Dose.noTime().with(Measure.FIRST_HOURS, Catalogue.RICE_MIN_HOURS, Catalogue.RICE_MAX_HOURS),
                            Set.of(region), RecoveryRule.RED_RICE_ACUTE,
                            "A sudden pain with a red flag in the first 72 h may be an acute strain or sprain: first aid is R.I.C.E."));
                    if (facts.available(Modality.ICE_PACK) && !numb) {
                        items.add(item(Slot.RIGHT_AFTER, Modality.ICE_PACK,
                                "Ice the " + region.id() + " " + Catalogue.ICE_MIN_MINUTES + "-" + Catalogue.ICE_MAX_MINUTES
                                        + " min at a time, wrapped in a towel, with breaks for the skin to warm up.",
                                Dose.ofMinutes(Catalogue.ICE_MIN_MINUTES, Catalogue.ICE_MAX_MINUTES), Set.of(region),
                                RecoveryRule.RED_RICE_ACUTE, "The ice of R.I.C.E.: 10-20 min at a time, with breaks."));
                    }
                }
                return Contribution.ofItems(items);
            });

    /** RED: no rolling, massage gun or deep massage on the RED regions or the muscles over them. */
    public static final PrescriptionRule RED_NO_MASSAGE_ON_REGION = new PrescriptionRule(RecoveryRule.RED_NO_MASSAGE_ON_REGION,
            DayFacts::isRed,
            facts -> Contribution.note(RecoveryRule.RED_NO_MASSAGE_ON_REGION.reason("No foam rolling, massage gun or deep massage on the "
                    + names(facts.offLimits()) + " while the triage is RED.")));

    /** RED: no heat today (the heat items' own conditions leave them out on a RED day). */
    public static final PrescriptionRule RED_NO_HEAT = new PrescriptionRule(RecoveryRule.RED_NO_HEAT,
            DayFacts::isRed,
            facts -> Contribution.note(RecoveryRule.RED_NO_HEAT.reason(
                    "No sauna, hot bath or heat pack today: heat adds to swelling in a fresh injury.")));

    /**
     * AMBER: each run becomes easy cross-training for the same time (20-60 min); with no run today,
     * the next run is swapped in the evening's plan.
     */
    public static final PrescriptionRule AMBER_SWAP_RUN_FOR_CROSS = new PrescriptionRule(RecoveryRule.AMBER_SWAP_RUN_FOR_CROSS,
            DayFacts::isAmber,
            facts -> {
                CrossActivity activity = facts.crossActivity();
                String recheck = " No intensity, hold your mileage, and re-check the " + names(facts.amber()) + " in 24 h.";
                String why = "AMBER triage (" + names(facts.amber()) + "): swap the next run for low-impact cross-training.";
                List<RecoveryItem> items = new ArrayList<>();
                if (facts.replacedRuns().isEmpty()) {
                    items.add(item(Slot.EVENING, Modality.CROSS_TRAINING, activity,
                            "Next run: swap it for " + Catalogue.CROSS_DEFAULT_MIN_MINUTES + "-" + Catalogue.CROSS_DEFAULT_MAX_MINUTES
                                    + " min of easy " + activityName(activity) + "." + recheck,
                            Dose.noTime().with(Measure.SESSION_MINUTES, Catalogue.CROSS_DEFAULT_MIN_MINUTES,
                                    Catalogue.CROSS_DEFAULT_MAX_MINUTES),
                            Set.of(), RecoveryRule.AMBER_SWAP_RUN_FOR_CROSS, why, List.of()));
                }
                for (Run run : facts.replacedRuns()) {
                    int minutes = crossMinutes(run);
                    items.add(item(Slot.BEFORE_RUN, Modality.CROSS_TRAINING, activity,
                            "Swap today's " + describe(run) + " for " + minutes + " min of easy " + activityName(activity) + "." + recheck,
                            Dose.ofMinutes(minutes, minutes).with(Measure.SESSION_MINUTES, DoseRange.exactly(minutes)),
                            Set.of(), RecoveryRule.AMBER_SWAP_RUN_FOR_CROSS, why, List.of()));
                }
                return new Contribution(items, List.of(crossChoice(facts)));
            });

    // --- Before the run ------------------------------------------------------------------------

    /** 250-500 ml of water 1-2 h before a run. */
    public static final PrescriptionRule HYDRATE_BEFORE_RUN = new PrescriptionRule(RecoveryRule.HYDRATE_BEFORE_RUN,
            facts -> !facts.keptRuns().isEmpty(),
            facts -> Contribution.of(item(Slot.BEFORE_RUN, Modality.HYDRATION,
                    "Drink " + Catalogue.PRE_RUN_MIN_MILLILITRES + "-" + Catalogue.PRE_RUN_MAX_MILLILITRES
                            + " ml (1-2 cups) of water " + Catalogue.PRE_RUN_MIN_HOURS + "-" + Catalogue.PRE_RUN_MAX_HOURS
                            + " h before the run.",
                    Dose.noTime().with(Measure.MILLILITRES, Catalogue.PRE_RUN_MIN_MILLILITRES, Catalogue.PRE_RUN_MAX_MILLILITRES)
                            .with(Measure.HOURS_BEFORE, Catalogue.PRE_RUN_MIN_HOURS, Catalogue.PRE_RUN_MAX_HOURS),
                    Set.of(), RecoveryRule.HYDRATE_BEFORE_RUN, "Starting a run well hydrated limits fatigue and cramps.")));

    /** A 5-10 min dynamic warm-up before a run; no static stretching of cold muscles. */
    public static final PrescriptionRule DYNAMIC_WARM_UP_BEFORE_RUN = new PrescriptionRule(RecoveryRule.DYNAMIC_WARM_UP_BEFORE_RUN,
            facts -> !facts.keptRuns().isEmpty(),
            facts -> Contribution.of(item(Slot.BEFORE_RUN, Modality.DYNAMIC_WARM_UP,
                    "Dynamic warm-up " + Catalogue.WARM_UP_MIN_MINUTES + "-" + Catalogue.WARM_UP_MAX_MINUTES
                            + " min: leg swings, butt kicks, high knees. No static stretching yet.",
                    Dose.ofMinutes(Catalogue.WARM_UP_MIN_MINUTES, Catalogue.WARM_UP_MAX_MINUTES), Set.of(),
                    RecoveryRule.DYNAMIC_WARM_UP_BEFORE_RUN, "Warm muscles before the run; do not stretch them cold.")));

    // --- Right after ---------------------------------------------------------------------------

    /** 10 min of easy walking or light jogging after the first hard run. */
    public static final PrescriptionRule COOL_DOWN_AFTER_HARD = new PrescriptionRule(RecoveryRule.COOL_DOWN_AFTER_HARD,
            DayFacts::hardRun,
            facts -> {
                Run run = facts.keptRuns().stream().filter(Prescriber::isHard).findFirst().orElseThrow();
                return Contribution.of(item(Slot.RIGHT_AFTER, Modality.ACTIVE_RECOVERY_WALK,
                        "Cool down: " + Catalogue.COOL_DOWN_MINUTES + " min of easy walking or very light jogging after the "
                                + describe(run) + ".",
                        Dose.ofMinutes(Catalogue.COOL_DOWN_MINUTES, Catalogue.COOL_DOWN_MINUTES), Set.of(),
                        RecoveryRule.COOL_DOWN_AFTER_HARD, "End every hard run with light cardio to keep blood moving."));
            });

    /** Refuel within 30 min (60 at most), about 3:1 carbohydrate:protein, after runs over 60 min and hard sessions. */
    public static final PrescriptionRule REFUEL_WITHIN_30_MIN = new PrescriptionRule(RecoveryRule.REFUEL_WITHIN_30_MIN,
            facts -> !refuelFor(facts).isEmpty(),
            facts -> Contribution.of(item(Slot.RIGHT_AFTER, Modality.REFUEL,
                    "Refuel within " + Catalogue.REFUEL_WITHIN_MINUTES + " min (" + Catalogue.REFUEL_LATEST_MINUTES
                            + " at most) of finishing the "
                            + refuelFor(facts).stream().map(RecoveryRules::describe).collect(Collectors.joining(" and the "))
                            + ": about " + Catalogue.CARB_TO_PROTEIN + ":1 carbohydrate:protein, e.g. chocolate milk, "
                            + "a smoothie with protein and oats, or pasta with meatballs.",
                    Dose.noTime().with(Measure.WITHIN_MINUTES, Catalogue.REFUEL_WITHIN_MINUTES, Catalogue.REFUEL_LATEST_MINUTES)
                            .with(Measure.CARB_TO_PROTEIN_RATIO, DoseRange.exactly(Catalogue.CARB_TO_PROTEIN)),
                    Set.of(), RecoveryRule.REFUEL_WITHIN_30_MIN,
                    "Runs over " + Catalogue.REFUEL_RUN_OVER_MINUTES + " min and hard sessions empty the glycogen stores "
                            + "and need protein for repair: the sooner, the better.")));

    /** Drink after every run; electrolytes after a long or hard one. */
    public static final PrescriptionRule HYDRATE_AFTER_RUN = new PrescriptionRule(RecoveryRule.HYDRATE_AFTER_RUN,
            facts -> !facts.keptRuns().isEmpty() && !drinkToThirst(facts),
            facts -> {
                // A long run or race is never here: drinking to thirst replaces this rule on those days.
                boolean hard = facts.keptRuns().stream().anyMatch(Prescriber::isHard);
                return Contribution.of(item(Slot.RIGHT_AFTER, Modality.HYDRATION,
                        hard ? "Drink water after the run, with electrolytes (a sports drink or tablet) after this long or hard run."
                                : "Drink water after the run (electrolytes too if it was hot).",
                        Dose.noTime(), Set.of(), RecoveryRule.HYDRATE_AFTER_RUN, "Replace the fluid you sweated out."));
            });

    /** After a hard run: roll the four major groups and the muscles over sore regions, never an off-limits one. */
    public static final PrescriptionRule FOAM_ROLL_AFTER_HARD = new PrescriptionRule(RecoveryRule.FOAM_ROLL_AFTER_HARD,
            DayFacts::hardRun,
            facts -> rolling(facts, RecoveryRule.FOAM_ROLL_AFTER_HARD, "Rolling soon after a hard run, as part of the cool-down, eases soreness."));

    /** Without a hard run: roll the muscles over the sore regions, never an off-limits one. */
    public static final PrescriptionRule ROLL_SORE_REGIONS = new PrescriptionRule(RecoveryRule.ROLL_SORE_REGIONS,
            facts -> !facts.hardRun(),
            facts -> rolling(facts, RecoveryRule.ROLL_SORE_REGIONS, "Rolling the muscles over sore spots eases tension and soreness."));

    /** After training (yoga alone aside): stretch the major groups that are not off limits, 5-10 min, 20-30 s holds. */
    public static final PrescriptionRule STATIC_STRETCH_AFTER = new PrescriptionRule(RecoveryRule.STATIC_STRETCH_AFTER,
            facts -> facts.training() && !facts.onlyYoga(),
            facts -> {
                EnumSet<BodyRegion> groups = EnumSet.copyOf(MAJOR_GROUPS);
                groups.removeAll(facts.noRolling());
                Contribution out = Contribution.NONE;
                if (!groups.isEmpty()) {
                    out = Contribution.of(item(Slot.RIGHT_AFTER, Modality.STATIC_STRETCHING,
                            "Stretch your " + muscles(groups) + ", " + Catalogue.STATIC_STRETCH_MIN_MINUTES + "-"
                                    + Catalogue.STATIC_STRETCH_MAX_MINUTES + " min in all, holding each stretch "
                                    + Catalogue.STATIC_HOLD_MIN_SECONDS + "-" + Catalogue.STATIC_HOLD_MAX_SECONDS + " s.",
                            Dose.ofMinutes(Catalogue.STATIC_STRETCH_MIN_MINUTES, Catalogue.STATIC_STRETCH_MAX_MINUTES)
                                    .with(Measure.HOLD_SECONDS, Catalogue.STATIC_HOLD_MIN_SECONDS, Catalogue.STATIC_HOLD_MAX_SECONDS),
                            groups, RecoveryRule.STATIC_STRETCH_AFTER, "Stretching warm muscles after the session eases stiffness."));
                }
                if (intersects(facts.offLimits(), MAJOR_GROUPS)) {
                    out = out.plusNote(RecoveryRule.RED_NO_LOADING_REGION.reason("No stretching of the " + names(facts.offLimits())
                            + " until a professional has seen it."));
                }
                return out;
            });

    /** Calf, ankle, Achilles, shin or foot sore: wall dorsiflexion stretch and wall ankle isometric (not while the lower leg is RED). */
    public static final PrescriptionRule PT_MOBILITY_LOWER_LEG = new PrescriptionRule(RecoveryRule.PT_MOBILITY_LOWER_LEG,
            facts -> intersects(facts.sore(), LOWER_LEG),
            facts -> {
                if (intersects(facts.red(), LOWER_LEG)) {
                    return blocked(facts, "the ankle and calf mobility");
                }
                String sore = names(intersection(facts.sore(), LOWER_LEG));
                return Contribution.of(
                        ptItem(facts.workSlot(), Modality.WALL_DORSIFLEXION_STRETCH, RecoveryRule.PT_MOBILITY_LOWER_LEG,
                                "Wall dorsiflexion stretch: " + Catalogue.DORSIFLEXION_REPS_PER_SIDE + " holds of "
                                        + Catalogue.DORSIFLEXION_MIN_HOLD_SECONDS + "-" + Catalogue.DORSIFLEXION_MAX_HOLD_SECONDS
                                        + " s each side, knee towards the toes, heel down.",
                                "Your " + sore + " is sore: the dorsiflexion stretch eases the calf and ankle."),
                        ptItem(facts.workSlot(), Modality.WALL_ANKLE_ISOMETRIC, RecoveryRule.PT_MOBILITY_LOWER_LEG,
                                "Wall ankle isometric: " + Catalogue.ANKLE_ISO_REPS_PER_SIDE + " holds of "
                                        + Catalogue.ANKLE_ISO_MIN_HOLD_SECONDS + "-" + Catalogue.ANKLE_ISO_MAX_HOLD_SECONDS
                                        + " s each side, toes driving into the floor.",
                                "Your " + sore + " is sore: an isometric hold calms the calf and ankle."));
            });

    /** Hamstring sore: the standing hamstring isometric (not while the hamstring or thigh is RED). */
    public static final PrescriptionRule PT_MOBILITY_HAMSTRING = new PrescriptionRule(RecoveryRule.PT_MOBILITY_HAMSTRING,
            facts -> intersects(facts.sore(), HAMSTRING_TRIGGER),
            facts -> intersects(facts.red(), HAMSTRING_BLOCKERS) ? blocked(facts, "the hamstring isometric")
                    : Contribution.of(ptItem(facts.workSlot(), Modality.HAMSTRING_ISOMETRIC, RecoveryRule.PT_MOBILITY_HAMSTRING,
                            "Standing hamstring isometric: engage " + Catalogue.HAMSTRING_ISO_HOLD_SECONDS + " s, "
                                    + Catalogue.HAMSTRING_ISO_MIN_REPS + "-" + Catalogue.HAMSTRING_ISO_MAX_REPS + " times each side.",
                            "Your hamstring is sore: an isometric eases it without stretching it.")));

    /** Hip or glute sore: both 90/90 hip rotations (not while the hip, glute, thigh or groin is RED). */
    public static final PrescriptionRule PT_MOBILITY_HIP = new PrescriptionRule(RecoveryRule.PT_MOBILITY_HIP,
            facts -> intersects(facts.sore(), HIP_TRIGGER),
            facts -> intersects(facts.red(), HIP_BLOCKERS) ? blocked(facts, "the 90/90 hip rotations")
                    : hipPair(facts.workSlot(), RecoveryRule.PT_MOBILITY_HIP,
                            "Your " + names(intersection(facts.sore(), HIP_TRIGGER)) + " is sore: the 90/90 rotations free the hip."));

    /** A rest day in race week with no PT item for a sore region: 15-20 min of easy mobility yoga. */
    public static final PrescriptionRule YOGA_RACE_WEEK = new PrescriptionRule(RecoveryRule.YOGA_RACE_WEEK,
            facts -> restDayWithoutPtItems(facts) && facts.phase() == TrainingPhase.RACE_WEEK,
            facts -> Contribution.of(item(facts.workSlot(), Modality.YOGA, "Easy mobility yoga " + Catalogue.YOGA_EASY_MIN_MINUTES + "-"
                            + Catalogue.YOGA_EASY_MAX_MINUTES + " min: keep moving, nothing new or strenuous.",
                    Dose.ofMinutes(Catalogue.YOGA_EASY_MIN_MINUTES, Catalogue.YOGA_EASY_MAX_MINUTES), Set.of(),
                    RecoveryRule.YOGA_RACE_WEEK, "Race week: keep the body moving and loose, not training it.")));

    /** Any other rest day with no PT item for a sore region: the dorsiflexion stretch and both 90/90 rotations. */
    public static final PrescriptionRule REST_DAY_MOBILITY = new PrescriptionRule(RecoveryRule.REST_DAY_MOBILITY,
            facts -> restDayWithoutPtItems(facts) && facts.phase() != TrainingPhase.RACE_WEEK,
            facts -> {
                String why = "A rest day still gets mobility: the PT's everyday set.";
                return Contribution.of(ptItem(facts.workSlot(), Modality.WALL_DORSIFLEXION_STRETCH, RecoveryRule.REST_DAY_MOBILITY,
                        "Wall dorsiflexion stretch: " + Catalogue.DORSIFLEXION_REPS_PER_SIDE + " holds of "
                                + Catalogue.DORSIFLEXION_MIN_HOLD_SECONDS + "-" + Catalogue.DORSIFLEXION_MAX_HOLD_SECONDS
                                + " s each side.", why))
                        .plus(hipPair(facts.workSlot(), RecoveryRule.REST_DAY_MOBILITY, why));
            });

    /** In deload, taper and race weeks only: a 5-10 min cold plunge right after a hard session. */
    public static final PrescriptionRule COLD_PLUNGE_RECOVERY_WEEKS = new PrescriptionRule(RecoveryRule.COLD_PLUNGE_RECOVERY_WEEKS,
            facts -> facts.hardSession() && !facts.isRed() && !facts.phase().buildsFitness() && facts.available(Modality.COLD_PLUNGE),
            facts -> Contribution.of(item(Slot.RIGHT_AFTER, Modality.COLD_PLUNGE,
                    "Cold plunge or ice bath " + Catalogue.COLD_PLUNGE_MIN_MINUTES + "-" + Catalogue.COLD_PLUNGE_MAX_MINUTES
                            + " min, no longer.",
                    Dose.ofMinutes(Catalogue.COLD_PLUNGE_MIN_MINUTES, Catalogue.COLD_PLUNGE_MAX_MINUTES), Set.of(),
                    RecoveryRule.COLD_PLUNGE_RECOVERY_WEEKS,
                    "In a " + facts.phase().id() + " week there is no training adaptation to protect, so cold can come right after.")));

    // --- Later that day ------------------------------------------------------------------------

    /** Without RED: a 10-15 min walk later, or 3-5 min every hour. */
    public static final PrescriptionRule WALK_LATER_IN_DAY = new PrescriptionRule(RecoveryRule.WALK_LATER_IN_DAY,
            facts -> !facts.isRed(),
            facts -> Contribution.of(item(Slot.LATER_THAT_DAY, Modality.ACTIVE_RECOVERY_WALK,
                    "Walk " + Catalogue.LATER_WALK_MIN_MINUTES + "-" + Catalogue.LATER_WALK_MAX_MINUTES
                            + " min at an easy pace later today; if you sit all day, also walk "
                            + Catalogue.HOURLY_WALK_MIN_MINUTES + "-" + Catalogue.HOURLY_WALK_MAX_MINUTES + " min every hour.",
                    Dose.ofMinutes(Catalogue.LATER_WALK_MIN_MINUTES, Catalogue.LATER_WALK_MAX_MINUTES), Set.of(),
                    RecoveryRule.WALK_LATER_IN_DAY, "Light movement helps circulation and stops stiffness setting in.")));

    /** A day without a run: drink regularly through the day. */
    public static final PrescriptionRule HYDRATE_THROUGH_DAY = new PrescriptionRule(RecoveryRule.HYDRATE_THROUGH_DAY,
            facts -> facts.keptRuns().isEmpty(),
            facts -> Contribution.of(item(Slot.LATER_THAT_DAY, Modality.HYDRATION, "Drink water regularly through the day.",
                    Dose.noTime(), Set.of(), RecoveryRule.HYDRATE_THROUGH_DAY, "Recovery needs fluid on days without a run too.")));

    /**
     * After the long run, a race or any run over 2.5 h: drink to thirst, with electrolytes, and not
     * more than was lost (Hew-Butler et al. 2015); replaces {@link #HYDRATE_AFTER_RUN} that day.
     */
    public static final PrescriptionRule DRINK_TO_THIRST_AFTER_LONG = new PrescriptionRule(RecoveryRule.DRINK_TO_THIRST_AFTER_LONG,
            RecoveryRules::drinkToThirst,
            facts -> Contribution.of(item(Slot.RIGHT_AFTER, Modality.HYDRATION,
                    "Drink to thirst after the run, with electrolytes (a sports drink or tablet), and not more than you "
                            + "lost: over-drinking after a long effort lowers blood sodium.",
                    Dose.noTime(), Set.of(), RecoveryRule.DRINK_TO_THIRST_AFTER_LONG,
                    "Exercise-associated hyponatremia comes from drinking more than was lost; thirst is the guide.")));

    /** After the long run or a race: compression boots 20-30 min, or a note that there are none. */
    public static final PrescriptionRule COMPRESSION_AFTER_LONG = new PrescriptionRule(RecoveryRule.COMPRESSION_AFTER_LONG,
            DayFacts::longRunOrRace,
            facts -> facts.available(Modality.COMPRESSION_BOOTS)
                    ? Contribution.of(item(Slot.LATER_THAT_DAY, Modality.COMPRESSION_BOOTS,
                            "Compression boots " + Catalogue.COMPRESSION_MIN_MINUTES + "-" + Catalogue.COMPRESSION_MAX_MINUTES + " min.",
                            Dose.ofMinutes(Catalogue.COMPRESSION_MIN_MINUTES, Catalogue.COMPRESSION_MAX_MINUTES),
                            Modality.COMPRESSION_BOOTS.entry().regions(), RecoveryRule.COMPRESSION_AFTER_LONG,
                            "After the long run or a race, compression helps circulation and eases heavy legs."))
                    : Contribution.note(RecoveryRule.EQUIPMENT_UNAVAILABLE.reason("No compression boots at hand: left out.")));

    /**
     * After a hard session without RED, outside race week: a sauna, 10 min building to 20. In base,
     * build and peak weeks it comes first; in lighter weeks only when there is no cold plunge.
     */
    public static final PrescriptionRule SAUNA_AFTER_HARD = new PrescriptionRule(RecoveryRule.SAUNA_AFTER_HARD,
            facts -> facts.hardSession() && !facts.isRed() && saunaPossible(facts)
                    && (facts.phase().buildsFitness() || !facts.available(Modality.COLD_PLUNGE)),
            facts -> Contribution.of(item(Slot.LATER_THAT_DAY, Modality.SAUNA_HEAT,
                    "Sauna " + Catalogue.SAUNA_START_MINUTES + " min, building to " + Catalogue.SAUNA_MAX_MINUTES
                            + " min over the weeks, " + Catalogue.SAUNA_MIN_PER_WEEK + "-" + Catalogue.SAUNA_MAX_PER_WEEK
                            + " times a week at most, only after refuelling and drinking, never when dizzy or ill. At home: a heating pad or "
                            + "warm towel, never directly on the skin.",
                    Dose.ofMinutes(Catalogue.SAUNA_START_MINUTES, Catalogue.SAUNA_MAX_MINUTES)
                            .with(Measure.SESSIONS_PER_WEEK, Catalogue.SAUNA_MIN_PER_WEEK, Catalogue.SAUNA_MAX_PER_WEEK),
                    Set.of(), RecoveryRule.SAUNA_AFTER_HARD, "After a hard session, heat helps blood flow and relaxation.")));

    /** In base, build and peak weeks with no sauna: a cold plunge after a hard session, a few hours later, never straight after. */
    public static final PrescriptionRule COLD_PLUNGE_LATER_IN_BUILD_WEEKS = new PrescriptionRule(
            RecoveryRule.COLD_PLUNGE_LATER_IN_BUILD_WEEKS,
            facts -> facts.hardSession() && !facts.isRed() && facts.phase().buildsFitness() && !saunaPossible(facts)
                    && facts.available(Modality.COLD_PLUNGE),
            facts -> Contribution.of(item(Slot.LATER_THAT_DAY, Modality.COLD_PLUNGE,
                    "Cold plunge or ice bath " + Catalogue.COLD_PLUNGE_MIN_MINUTES + "-" + Catalogue.COLD_PLUNGE_MAX_MINUTES
                            + " min, a few hours after the session, not straight after.",
                    Dose.ofMinutes(Catalogue.COLD_PLUNGE_MIN_MINUTES, Catalogue.COLD_PLUNGE_MAX_MINUTES), Set.of(),
                    RecoveryRule.COLD_PLUNGE_LATER_IN_BUILD_WEEKS,
                    "Cold slows the repair a " + facts.phase().id() + " week is for, so it waits until later in the day.")));

    // --- Evening -------------------------------------------------------------------------------

    /** Something sore, no RED: a warm or Epsom salt bath, 20-30 min (left out by {@link #ONE_HEAT_ITEM_A_DAY} after a sauna). */
    public static final PrescriptionRule WARM_BATH_FOR_SORENESS = new PrescriptionRule(RecoveryRule.WARM_BATH_FOR_SORENESS,
            facts -> !facts.isRed() && !facts.sore().isEmpty() && facts.available(Modality.WARM_BATH),
            facts -> Contribution.of(item(Slot.EVENING, Modality.WARM_BATH,
                    "Warm bath " + Catalogue.BATH_MIN_MINUTES + "-" + Catalogue.BATH_MAX_MINUTES + " min, with "
                            + Catalogue.EPSOM_MIN_CUPS + "-" + Catalogue.EPSOM_MAX_CUPS + " cups of Epsom salt if you like; warm, not hot, "
                            + "after eating and drinking, and not when dizzy or ill.",
                    Dose.ofMinutes(Catalogue.BATH_MIN_MINUTES, Catalogue.BATH_MAX_MINUTES)
                            .with(Measure.CUPS_EPSOM_SALT, Catalogue.EPSOM_MIN_CUPS, Catalogue.EPSOM_MAX_CUPS),
                    facts.sore(), RecoveryRule.WARM_BATH_FOR_SORENESS,
                    "Your " + names(facts.sore()) + " " + (facts.sore().size() == 1 ? "is" : "are")
                            + " sore: warm water relaxes the muscles.")));

    /** Every night: sleep 7-9 h, with a nap suggested in peak weeks. */
    public static final PrescriptionRule SLEEP_7_TO_9_HOURS = new PrescriptionRule(RecoveryRule.SLEEP_7_TO_9_HOURS,
            facts -> true,
            facts -> Contribution.of(item(Slot.EVENING, Modality.SLEEP,
                    "Sleep " + Catalogue.SLEEP_MIN_HOURS + "-" + Catalogue.SLEEP_MAX_HOURS + " h tonight."
                            + (facts.phase() == TrainingPhase.PEAK ? " A nap helps in peak weeks." : ""),
                    Dose.noTime().with(Measure.HOURS_OF_SLEEP, Catalogue.SLEEP_MIN_HOURS, Catalogue.SLEEP_MAX_HOURS), Set.of(),
                    RecoveryRule.SLEEP_7_TO_9_HOURS, "The body does most of its repair during sleep.")));

    // --- Contraindications: what not to prescribe ----------------------------------------------

    /**
     * A possible blood clot (swelling with warmth or redness of the calf or thigh): one item, seek care
     * today; {@link #POSSIBLE_CLOT_ONLY_SEEK_CARE} drops everything else.
     */
    public static final PrescriptionRule POSSIBLE_CLOT_SEEK_CARE_TODAY = new PrescriptionRule(
            RecoveryRule.POSSIBLE_CLOT_SEEK_CARE_TODAY,
            DayFacts::isPossibleClot,
            facts -> Contribution.of(item(Slot.BEFORE_RUN, Modality.SEE_A_PROFESSIONAL,
                    "Seek care today (urgent care or a doctor the same day): swelling with warmth or redness of the "
                            + names(facts.possibleClot()) + " can be a sign of a blood clot. Until then do not massage, roll, "
                            + "compress, heat or stretch that leg, and do not run.",
                    Dose.noTime(), facts.possibleClot(), RecoveryRule.POSSIBLE_CLOT_SEEK_CARE_TODAY,
                    "A possible blood clot is seen the same day; rubbing, rolling, compressing or heating the leg could make it worse.")));

    /** An open AMBER (not RED) sore spot: say why it is not rolled or stretched. */
    public static final PrescriptionRule NO_ROLLING_ON_OPEN_EPISODE_NOTE = new PrescriptionRule(
            RecoveryRule.NO_ROLLING_ON_OPEN_EPISODE,
            facts -> !facts.amber().isEmpty(),
            facts -> Contribution.note(RecoveryRule.NO_ROLLING_ON_OPEN_EPISODE.reason("No foam rolling, massage gun, "
                    + "vibration or static stretching on the " + names(facts.amber()) + " while it is AMBER: it may be a strain. "
                    + "Gentle movement of the rest of the body is fine.")));

    /**
     * Right after a marathon or a run over 2.5 h: the cool-down walk, refuelling and drinking to
     * thirst stay; deep rolling and heat wait 24-48 h ({@link #GENTLE_CARE_ONLY_AFTER_LONG_EFFORT} drops them).
     */
    public static final PrescriptionRule GENTLE_CARE_AFTER_LONG_EFFORT = new PrescriptionRule(
            RecoveryRule.GENTLE_CARE_AFTER_LONG_EFFORT,
            facts -> facts.longEffort() && !facts.isRed(),
            facts -> Contribution.note(RecoveryRule.GENTLE_CARE_AFTER_LONG_EFFORT.reason("Deep rolling, massage gun and "
                    + "heat (sauna, hot bath) wait " + Catalogue.DEEP_WORK_WAIT_MIN_HOURS + "-" + Catalogue.DEEP_WORK_WAIT_MAX_HOURS
                    + " h after a marathon or a run over 2.5 h: today, gentle walking, refuelling and drinking to thirst.")));

    // --- Vetoes --------------------------------------------------------------------------------

    /** Rolling and vibration tools: deep work on the muscles. */
    private static final Set<Modality> ROLLING = Collections.unmodifiableSet(EnumSet.of(Modality.FOAM_ROLLING,
            Modality.VIBRATING_ROLLER, Modality.MASSAGE_GUN));

    /** What never goes on a region with an open AMBER or RED episode: rolling, vibration and static stretching. */
    private static final Set<Modality> DEEP_WORK = Collections.unmodifiableSet(EnumSet.of(Modality.FOAM_ROLLING,
            Modality.VIBRATING_ROLLER, Modality.MASSAGE_GUN, Modality.STATIC_STRETCHING));


    /** A possible blood clot: nothing but "seek care today". */
    public static final Veto POSSIBLE_CLOT_ONLY_SEEK_CARE = new Veto(RecoveryRule.POSSIBLE_CLOT_SEEK_CARE_TODAY,
            (facts, item, kept) -> facts.isPossibleClot() && item.modality() != Modality.SEE_A_PROFESSIONAL,
            facts -> Optional.of("With a possible blood clot the only thing to do today is to seek care: no massage, rolling, "
                    + "massage gun, compression, heat or stretching of that leg."));

    /** No ice or cold where numbness or tingling is reported: an ice pack on that region, or a cold plunge at all. */
    public static final Veto NO_COLD_WHERE_NUMB = new Veto(RecoveryRule.NO_COLD_WHERE_NUMB,
            (facts, item, kept) -> !facts.numb().isEmpty() && (item.modality() == Modality.COLD_PLUNGE
                    || item.modality() == Modality.ICE_PACK && intersects(item.targets(), facts.numb())),
            facts -> Optional.of("No ice or cold on the " + names(facts.numb()) + ": it is numb or tingling, and reduced "
                    + "feeling hides cold injury."));

    /** No rolling, massage gun, vibration or static stretching on a region with an open AMBER or RED episode. */
    public static final Veto NO_ROLLING_ON_OPEN_EPISODE = new Veto(RecoveryRule.NO_ROLLING_ON_OPEN_EPISODE,
            (facts, item, kept) -> DEEP_WORK.contains(item.modality()) && intersects(item.targets(), facts.noRolling()),
            facts -> Optional.empty());

    /** R.I.C.E. only for an acute onset (during or right after the run) within 72 h. */
    public static final Veto RICE_ONLY_ACUTE_72H = new Veto(RecoveryRule.RICE_ONLY_ACUTE_72H,
            (facts, item, kept) -> item.modality() == Modality.RICE && !facts.acute().containsAll(item.targets()),
            facts -> Optional.empty());

    /** Right after a marathon or a run over 2.5 h: no deep rolling, massage gun or heat. */
    public static final Veto GENTLE_CARE_ONLY_AFTER_LONG_EFFORT = new Veto(RecoveryRule.GENTLE_CARE_AFTER_LONG_EFFORT,
            (facts, item, kept) -> facts.longEffort() && (ROLLING.contains(item.modality()) || item.modality().entry().heat()),
            facts -> Optional.empty());

    /** No sauna or hot bath with a fresh injury. */
    public static final Veto SAUNA_ONLY_WHEN_SAFE = new Veto(RecoveryRule.SAUNA_ONLY_WHEN_SAFE,
            (facts, item, kept) -> facts.freshInjury() && item.modality().entry().heat(),
            facts -> Optional.of("No sauna or hot bath today: not with a fresh injury, and never when dizzy or ill."));

    /** At most one heat item a day (sauna or warm bath): the first one added stays. */
    public static final Veto ONE_HEAT_ITEM_A_DAY = new Veto(RecoveryRule.ONE_HEAT_ITEM_A_DAY,
            (facts, item, kept) -> item.modality().entry().heat() && kept.stream().anyMatch(k -> k.modality().entry().heat()),
            facts -> Optional.empty());

    /** The rules that add, in the order they are evaluated. */
    public static final List<PrescriptionRule> IN_ORDER = List.of(
            HARD_BY_RPE,
            POSSIBLE_CLOT_SEEK_CARE_TODAY, RED_STOP_SEE_PROFESSIONAL, RED_REPLACE_RUNS, RED_RICE_ACUTE, RED_NO_MASSAGE_ON_REGION, RED_NO_HEAT,
            AMBER_SWAP_RUN_FOR_CROSS, NO_ROLLING_ON_OPEN_EPISODE_NOTE, GENTLE_CARE_AFTER_LONG_EFFORT,
            HYDRATE_BEFORE_RUN, DYNAMIC_WARM_UP_BEFORE_RUN,
            COOL_DOWN_AFTER_HARD, REFUEL_WITHIN_30_MIN, HYDRATE_AFTER_RUN, DRINK_TO_THIRST_AFTER_LONG,
            FOAM_ROLL_AFTER_HARD, ROLL_SORE_REGIONS, STATIC_STRETCH_AFTER,
            PT_MOBILITY_LOWER_LEG, PT_MOBILITY_HAMSTRING, PT_MOBILITY_HIP, YOGA_RACE_WEEK, REST_DAY_MOBILITY,
            COLD_PLUNGE_RECOVERY_WEEKS,
            WALK_LATER_IN_DAY, HYDRATE_THROUGH_DAY, COMPRESSION_AFTER_LONG, SAUNA_AFTER_HARD, COLD_PLUNGE_LATER_IN_BUILD_WEEKS,
            WARM_BATH_FOR_SORENESS, SLEEP_7_TO_9_HOURS);

    /** The rules that forbid, in the order each item passes them. */
    public static final List<Veto> VETOES = List.of(POSSIBLE_CLOT_ONLY_SEEK_CARE, NO_COLD_WHERE_NUMB, NO_ROLLING_ON_OPEN_EPISODE,
            RICE_ONLY_ACUTE_72H, GENTLE_CARE_ONLY_AFTER_LONG_EFFORT, SAUNA_ONLY_WHEN_SAFE, ONE_HEAT_ITEM_A_DAY);

    /** True after the long run, a race or any run over 2.5 h: the days to drink to thirst. */
    private static boolean drinkToThirst(DayFacts facts) {
        return facts.longEffort() || facts.keptRuns().stream().anyMatch(r -> r.type() == RunType.LONG || r.type() == RunType.RACE);
    }

    // --- Shared by several rules ---------------------------------------------------------------

    private static Contribution rolling(DayFacts facts, RecoveryRule rule, String why) {
        EnumSet<BodyRegion> areas = EnumSet.noneOf(BodyRegion.class);
        if (facts.hardRun()) {
            areas.addAll(MAJOR_GROUPS);
        }
        for (BodyRegion region : facts.sore()) {
            Prescriber.rollTarget(region).ifPresent(areas::add);
        }
        areas.removeAll(facts.noRolling());
        if (areas.isEmpty()) {
            return Contribution.NONE;
        }
        Optional<Modality> found = facts.firstAvailable(Modality.FOAM_ROLLING, Modality.VIBRATING_ROLLER, Modality.MASSAGE_GUN);
        if (found.isEmpty()) {
            return Contribution.note(RecoveryRule.EQUIPMENT_UNAVAILABLE.reason("No roller or massage gun at hand: no rolling today."));
        }
        Modality tool = found.get();
        List<Reason> extra = new ArrayList<>();
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
        Contribution out = Contribution.of(item(facts.workSlot(), tool, null, text, dose, areas, rule, why, extra));
        if (tool != Modality.FOAM_ROLLING) {
            out = out.plusNote(RecoveryRule.EQUIPMENT_UNAVAILABLE.reason("No foam roller at hand: "
                    + tool.entry().name().toLowerCase(Locale.ROOT) + " instead."));
        }
        return out;
    }

    /** True on a rest day without RED where no sore region calls for a PT item: the everyday set, or race-week yoga. */
    private static boolean restDayWithoutPtItems(DayFacts facts) {
        return facts.restDay() && !facts.isRed() && !intersects(facts.sore(), LOWER_LEG)
                && !intersects(facts.sore(), HAMSTRING_TRIGGER) && !intersects(facts.sore(), HIP_TRIGGER);
    }

    private static boolean saunaPossible(DayFacts facts) {
        return facts.available(Modality.SAUNA_HEAT) && facts.phase() != TrainingPhase.RACE_WEEK;
    }

    private static List<Session> refuelFor(DayFacts facts) {
        List<Session> out = new ArrayList<>();
        for (Run run : facts.keptRuns()) {
            if (Prescriber.isHard(run) || Durations.minutes(run.duration()) > Catalogue.REFUEL_RUN_OVER_MINUTES) {
                out.add(run);
            }
        }
        for (Session session : facts.otherSessions()) {
            if (Prescriber.isHard(session)) {
                out.add(session);
            }
        }
        return out;
    }

    private static Contribution blocked(DayFacts facts, String what) {
        return Contribution.note(RecoveryRule.RED_NO_LOADING_REGION.reason("No " + what + " while the " + names(facts.red())
                + " is RED: it waits for a professional."));
    }

    private static Reason crossChoice(DayFacts facts) {
        return RecoveryRule.CROSS_TRAINING_CHOICE.reason(facts.lowerLegHurt()
                ? "Swimming or pool running: no impact and no push-off for the sore lower leg."
                : "Cycling: no impact and no braking on landing, so the legs recover better than on a run.");
    }

    private static RecoveryItem ptItem(Slot slot, Modality modality, RecoveryRule rule, String text, String why) {
        return item(slot, modality, text, modality.entry().dose(), modality.entry().regions(), rule, why);
    }

    private static Contribution hipPair(Slot slot, RecoveryRule rule, String why) {
        return Contribution.of(
                ptItem(slot, Modality.HIP_90_90_INTERNAL_ROTATION, rule,
                        "90/90 hip internal rotation: hold " + Catalogue.HIP_90_90_HOLD_SECONDS / 60 + " min each side.", why),
                ptItem(slot, Modality.HIP_90_90_EXTERNAL_ROTATION, rule,
                        "90/90 hip external rotation: hold " + Catalogue.HIP_90_90_HOLD_SECONDS / 60 + " min each side.", why));
    }

    private static int crossMinutes(Run run) {
        long minutes = Math.round(Durations.minutes(run.duration()));
        return (int) Math.max(Catalogue.CROSS_MIN_MINUTES, Math.min(Catalogue.CROSS_MAX_MINUTES, minutes));
    }

    /** The replacement activity as a runner says it: only swimming or cycling replace a run ({@link DayFacts#crossActivity()}). */
    private static String activityName(CrossActivity activity) {
        return activity == CrossActivity.SWIM ? "swimming or pool running" : "cycling";
    }

    private static String describe(Session session) {
        if (session instanceof Run run) {
            return run.type().id().replace('-', ' ') + " run (" + run.distance().format(DistanceUnit.KM) + ")";
        }
        String kind = session instanceof CrossTraining c ? c.activity().id() + " session"
                : session instanceof StrengthSession ? "strength session" : "yoga session";
        return kind + " (" + Durations.format(session.duration()) + ")";
    }

    private static RecoveryItem item(Slot slot, Modality modality, String text, Dose dose, Set<BodyRegion> targets, RecoveryRule rule,
            String why) {
        return item(slot, modality, null, text, dose, targets, rule, why, List.of());
    }

    /** An item citing {@code rule}, with the modality's catalogue cautions and then {@code extraCautions}. */
    private static RecoveryItem item(Slot slot, Modality modality, CrossActivity activity, String text, Dose dose,
            Set<BodyRegion> targets, RecoveryRule rule, String why, List<Reason> extraCautions) {
        List<Reason> cautions = new ArrayList<>(modality.entry().cautions());
        cautions.addAll(extraCautions);
        return new RecoveryItem(slot, modality, text, dose, targets, Optional.ofNullable(activity), rule.reason(why), cautions);
    }
}
