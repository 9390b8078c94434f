package dev.recovery.plans.generate;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.RunType;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.plan.CrossWorkout;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.MobilityWorkout;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.StrengthWorkout;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a periodized marathon plan from a {@link PlanRequest} by the rules in {@link PlanRule}.
 *
 * <p>{@link #build(PlanRequest, LocalDate)} checks the request against today and the progression
 * rules first and throws {@link InfeasiblePlanException} (saying what would work) rather than
 * return a plan that breaks a rule. The library never reads the clock: the caller passes today.
 *
 * @since 0.1.0
 */
public final class PlanBuilder {

    /** Before the plan, the longest recent run is assumed to be 30% of the current weekly volume (a typical long-run share, Pfitzinger)... */
    static final double SEED_LONG_RUN_SHARE = 0.30;
    /** ...or a quarter longer than an average run at the requested frequency, whichever is more (a runner's longest run exceeds their average). */
    static final double SEED_AVERAGE_RUN_FACTOR = 1.25;
    private static final int SPIKE_WINDOW_DAYS = Progression.SPIKE_WINDOW_DAYS;
    /** The window every day of a week shares: the 24 days before the week (30 days back from its last day). */
    static final int WEEK_SHARED_WINDOW_DAYS = SPIKE_WINDOW_DAYS - 6;
    /** Strength stops this many days before the race (issue 5: none in the last 5 days). */
    static final int NO_STRENGTH_DAYS_BEFORE_RACE = 5;
    /** Cross-training in a loading or peak week. */
    static final Duration CROSS_FULL = Duration.ofMinutes(45);
    /** Cross-training in a cutback or taper week. */
    static final Duration CROSS_SHORT = Duration.ofMinutes(30);
    /** Cross-training in race week: an easy spin. */
    static final Duration CROSS_RACE_WEEK = Duration.ofMinutes(20);
    /** The weekly yoga class (RULES.md 4: one session a week). */
    static final Duration YOGA = Duration.ofMinutes(30);
    /** Race-week easy mobility (RULES.md 4). */
    static final Duration RACE_WEEK_MOBILITY = Duration.ofMinutes(20);
    /** The default low-impact activity: cycling (RULES.md 5). */
    static final CrossActivity CROSS_ACTIVITY = CrossActivity.BIKE;

    private static final Reason REST = PlanRule.REST_DAY.reason("rest: a full rest day, no training");
    private static final Reason CROSS = PlanRule.CROSS_TRAINING.reason("cross-training: low impact in place of a recovery run");
    private static final Reason STRENGTH_AFTER_RUN = PlanRule.STRENGTH_TIMING.reason("strength after the run, never before it");
    private static final Reason STRENGTH_LIGHT = PlanRule.STRENGTH_TAPER.reason("taper: lighter strength, fewer sets and shorter holds");
    private static final Reason MOBILITY = PlanRule.MOBILITY.reason("yoga or mobility: the week's session");
    private static final Reason RACE = PlanRule.RACE_WEEK.reason("race day: the marathon, 42.195 km");
    private static final Reason PHASES = PlanRule.PHASE_ORDER.reason();
    private static final Reason EASY_PACE = PlanRule.EASY_PACE.reason("easy, recovery and long runs at core's E range, "
            + "at least 90 s per mile slower than marathon pace");

    private PlanBuilder() {
    }

    /**
     * Builds the plan for {@code request}, checked against {@code today}.
     *
     * @param request the runner's request
     * @param today   the runner's today (the library never reads the clock)
     * @return the plan, from its first day to race day
     * @throws InfeasiblePlanException if the race is in the past or too soon, the plan would have
     *                                 started before today, the peak cannot be reached by the
     *                                 progression rules in the time, or the runs a week cannot
     *                                 carry the peak; the message says what would work
     */
    public static Plan build(PlanRequest request, LocalDate today) {
        checkDates(request, today);
        return rebuild(request);
    }

    /**
     * Builds the plan for a request already accepted by {@link #build(PlanRequest, LocalDate)},
     * without the checks against today; adaptation uses it to recall the original plan.
     *
     * @throws InfeasiblePlanException if the progression rules cannot carry the request
     */
    public static Plan rebuild(PlanRequest request) {
        checkFeasible(request);
        try {
            return generate(request);
        } catch (IllegalStateException e) {
            throw new InfeasiblePlanException("peak-weekly", e.getMessage(), "choose a lower peak or more runs a week");
        }
    }

    /** The largest peak, in the request's unit, the progression rules reach in the request's weeks from its current volume. */
    public static Distance reachablePeak(PlanRequest request) {
        DistanceUnit unit = request.units();
        return Tenths.distance(VolumeProgression.reachablePeakTenths(request.weeks(), Tenths.of(request.currentWeekly(), unit)), unit);
    }

    /** The largest weekly volume {@code runsPerWeek} runs can carry within the long-run and other-run caps. */
    public static Distance runsCapacity(int runsPerWeek, DistanceUnit unit) {
        return Tenths.distance(LongRunLimits.capacityTenths(runsPerWeek, unit), unit);
    }

    static void checkDates(PlanRequest request, LocalDate today) {
        LocalDate race = request.raceDate();
        LocalDate earliestRace = today.plusDays(7L * PlanRequest.MIN_WEEKS - 1);
        if (!race.isAfter(today)) {
            throw new InfeasiblePlanException("race-date", race + " is not after today (" + today + "): a plan needs a race ahead",
                    "choose a race on or after " + earliestRace + " for a " + PlanRequest.MIN_WEEKS + "-week plan starting today");
        }
        if (request.startDate().isBefore(today)) {
            int available = PlanRequest.weeksBetween(today, race);
            if (available < PlanRequest.MIN_WEEKS) {
                throw new InfeasiblePlanException("race-date", "only " + available + " whole weeks remain before the race on " + race
                        + " and a plan needs at least " + PlanRequest.MIN_WEEKS,
                        "choose a race on or after " + earliestRace);
            }
            throw new InfeasiblePlanException("weeks", "a plan of " + request.weeks() + " weeks for the race on " + race
                    + " would have started on " + request.startDate() + ", before today (" + today + ")",
                    "choose at most " + available + " weeks");
        }
    }

    static void checkFeasible(PlanRequest request) {
        DistanceUnit unit = request.units();
        int current = Tenths.of(request.currentWeekly(), unit);
        int peak = Tenths.of(request.peakWeekly(), unit);
        int runs = request.runsPerWeek();
        int capacity = LongRunLimits.capacityTenths(runs, unit);
        if (peak > capacity) {
            int enough = 0;
            for (int n = runs + 1; n <= PlanRequest.MAX_RUNS && enough == 0; n++) {
                if (LongRunLimits.capacityTenths(n, unit) >= peak) {
                    enough = n;
                }
            }
            String why = runs + " runs a week cannot carry a " + Tenths.format(peak, unit) + " peak week: with the long run at most "
                    + Tenths.format(LongRunLimits.capTenths(unit), unit) + ", 35% of its week from "
                    + Tenths.format(LongRunLimits.thresholdTenths(unit), unit) + " a week and "
                    + Tenths.format(LongRunLimits.longRunCapTenths(LongRunLimits.thresholdTenths(unit) - 1, unit), unit)
                    + " below that, and other runs at most 80% of the long-run cap, "
                    + runs + " runs carry at most " + Tenths.format(capacity, unit);
            String fix = enough > 0 ? "use at least " + enough + " runs a week, or a peak of at most " + Tenths.format(capacity, unit)
                    : "choose a peak of at most " + Tenths.format(capacity, unit);
            throw new InfeasiblePlanException(enough > 0 ? "runs-per-week" : "peak-weekly", why, fix);
        }
        int reachable = VolumeProgression.reachablePeakTenths(request.weeks(), current);
        if (peak > reachable) {
            int needed = 0;
            for (int w = request.weeks() + 1; w <= PlanRequest.MAX_WEEKS && needed == 0; w++) {
                if (VolumeProgression.reachablePeakTenths(w, current) >= peak) {
                    needed = w;
                }
            }
            String why = Tenths.format(peak, unit) + " cannot be reached from " + Tenths.format(current, unit) + " in "
                    + request.weeks() + " weeks without a week more than 10% above the largest of the three before it"
                    + " and a cutback every 3rd or 4th week; the most this plan reaches is " + Tenths.format(reachable, unit);
            String fix = "choose a peak of at most " + Tenths.format(reachable, unit) + (needed > 0
                    ? ", or a " + needed + "-week plan (starting " + request.raceDate().minusDays(7L * needed - 1) + ")"
                    : ", or raise your weekly volume first: even " + PlanRequest.MAX_WEEKS + " weeks reach only "
                            + Tenths.format(VolumeProgression.reachablePeakTenths(PlanRequest.MAX_WEEKS, current), unit));
            throw new InfeasiblePlanException("peak-weekly", why, fix);
        }
    }

    /** The assumed longest run of the 30 days before the plan, in tenths. */
    static int seedTenths(int currentTenths, int runsPerWeek) {
        double share = Math.max(SEED_LONG_RUN_SHARE, SEED_AVERAGE_RUN_FACTOR / runsPerWeek);
        return (int) Math.round(share * currentTenths);
    }

    static Plan generate(PlanRequest request) {
        DistanceUnit unit = request.units();
        int current = Tenths.of(request.currentWeekly(), unit);
        int peak = Tenths.of(request.peakWeekly(), unit);
        int runs = request.runsPerWeek();
        int weekCount = request.weeks();
        List<WeekShape> shapes = VolumeProgression.outline(weekCount, current, peak, unit);
        WeekTemplate template = WeekTemplate.of(request);
        int seed = seedTenths(current, runs);
        int seedWeeks = (SPIKE_WINDOW_DAYS - 7) / 7 + 1;
        int[] longestOnDay = new int[weekCount * 7];
        LocalDate start = request.startDate();
        int strengthWeeks = 0;
        for (WeekShape shape : shapes) {
            if (shape.phase() == TrainingPhase.BASE || shape.phase() == TrainingPhase.BUILD || shape.phase() == TrainingPhase.PEAK) {
                strengthWeeks++;
            }
        }

        RunPaces durations = RunPaces.of(request.paceBasis());
        List<Week> weeks = new ArrayList<>(weekCount);
        RunType[][] types = new RunType[7][2];
        int[][] tenths = new int[7][2];
        int[] count = new int[7];
        int previousVolume = 0;
        int previousLongRun = 0;
        for (int w = 0; w < weekCount; w++) {
            WeekShape shape = shapes.get(w);
            int firstDay = 7 * w;
            int longest = w < seedWeeks ? seed : 0;
            for (int d = Math.max(0, firstDay - WEEK_SHARED_WINDOW_DAYS); d < firstDay; d++) {
                longest = Math.max(longest, longestOnDay[d]);
            }
            int spikeCap = Progression.runCapTenths(longest);
            java.util.Arrays.fill(count, 0);
            Reason longRunReason = null;
            if (shape.phase() == TrainingPhase.RACE_WEEK) {
                List<Integer> slots = new ArrayList<>();
                for (int d : template.runSlots) {
                    slots.add(d);
                }
                slots.add(template.longRun);
                slots.removeIf(d -> d == 6);
                while (slots.size() > runs - 1) {
                    if (!slots.remove(Integer.valueOf(template.longRun))) {
                        slots.remove(slots.size() - 1);
                    }
                }
                int[] split = split(shape.volumeTenths(), slots.size(), spikeCap, w);
                for (int k = 0; k < slots.size(); k++) {
                    add(types, tenths, count, slots.get(k), RunType.EASY, split[k]);
                }
                add(types, tenths, count, 6, RunType.RACE, 0);
            } else {
                int volume = shape.volumeTenths();
                int longCap = LongRunLimits.longRunCapTenths(volume, unit);
                int longRun = Math.min(longCap, spikeCap);
                boolean stepDown = previousVolume > 0 && volume < previousVolume;
                if (stepDown) {
                    // A lighter week (cutback, taper) shortens its long run in proportion, so it is lighter where it counts.
                    longRun = Math.min(longRun, (int) ((long) previousLongRun * volume / previousVolume));
                }
                int otherCap = Math.min(LongRunLimits.otherRunCapTenths(volume, unit), spikeCap);
                int[] split = split(volume - longRun, template.runSlots.length, otherCap, w);
                add(types, tenths, count, template.longRun, RunType.LONG, longRun);
                RunType[] quality = qualityTypes(shape.phase(), template.qualitySlots.length, w);
                int q = 0;
                for (int k = 0; k < template.runSlots.length; k++) {
                    int d = template.runSlots[k];
                    RunType type = RunType.EASY;
                    if (quality.length > 0 && template.isQuality(d) && count[d] == 0) {
                        type = quality[q++];
                    } else if (d == (template.longRun + 1) % 7) {
                        type = RunType.RECOVERY;
                    }
                    add(types, tenths, count, d, type, split[k]);
                }
                int lastLongRun = previousLongRun;
                previousLongRun = longRun;
                String bound = stepDown && longRun < Math.min(longCap, spikeCap)
                        ? "the week's cut applied to last week's long run (" + Tenths.format(lastLongRun, unit) + ")"
                        : longRun == spikeCap && spikeCap < longCap
                        ? "10% above the longest run of the previous 30 days (" + Tenths.format(longest, unit) + ")"
                        : longCap == LongRunLimits.capTenths(unit) ? "the " + Tenths.format(longCap, unit) + " long-run cap"
                        : Math.round(LongRunLimits.share(volume, unit) * 100) + "% of the week";
                longRunReason = (stepDown && longRun < Math.min(longCap, spikeCap) ? (shape.cutback() ? PlanRule.CUTBACK
                        : PlanRule.TAPER) : longRun == spikeCap && spikeCap < longCap ? PlanRule.SINGLE_RUN_SPIKE : longCap
                        == LongRunLimits.capTenths(unit) ? PlanRule.LONG_RUN_CAP : PlanRule.LONG_RUN_SHARE)
                        .reason("long run " + Tenths.format(longRun, unit) + ": limited to " + bound);
            }

            List<Day> days = new ArrayList<>(7);
            int crossDay = shape.phase() == TrainingPhase.RACE_WEEK && template.cross == 6 ? earlierNonRest(5, template.rest) : template.cross;
            int mobilityDay = shape.phase() == TrainingPhase.RACE_WEEK && template.mobility == 6 ? earlierNonRest(5, template.rest)
                    : template.mobility;
            for (int d = 0; d < 7; d++) {
                LocalDate date = start.plusDays(firstDay + d);
                List<PlannedRun> dayRuns = count[d] == 0 ? List.of() : new ArrayList<>(count[d]);
                List<Reason> reasons = new ArrayList<>(3);
                int dayLongest = 0;
                for (int k = 0; k < count[d]; k++) {
                    Distance distance = types[d][k] == RunType.RACE ? Distance.MARATHON : Tenths.distance(tenths[d][k], unit);
                    dayRuns.add(durations.run(types[d][k], distance));
                    if (types[d][k] != RunType.RACE) {
                        dayLongest = Math.max(dayLongest, tenths[d][k]);
                    }
                    if (types[d][k] == RunType.LONG && longRunReason != null) {
                        reasons.add(longRunReason);
                    }
                    if (types[d][k] == RunType.RACE) {
                        reasons.add(RACE);
                    }
                }
                longestOnDay[firstDay + d] = dayLongest;
                Optional<StrengthWorkout> strength = Optional.empty();
                if (template.isStrength(d)) {
                    strength = strength(shape.phase(), w, strengthWeeks, 6 - d);
                    if (strength.isPresent()) {
                        if (count[d] > 0) {
                            reasons.add(STRENGTH_AFTER_RUN);
                        }
                        if (strength.get().light()) {
                            reasons.add(STRENGTH_LIGHT);
                        }
                    }
                }
                Optional<CrossWorkout> cross = Optional.empty();
                if (d == crossDay) {
                    Duration minutes = shape.phase() == TrainingPhase.RACE_WEEK ? CROSS_RACE_WEEK
                            : shape.cutback() || shape.phase() == TrainingPhase.TAPER ? CROSS_SHORT : CROSS_FULL;
                    cross = Optional.of(new CrossWorkout(CROSS_ACTIVITY, minutes));
                    reasons.add(CROSS);
                }
                Optional<MobilityWorkout> mobility = Optional.empty();
                if (d == mobilityDay) {
                    mobility = Optional.of(shape.phase() == TrainingPhase.RACE_WEEK ? new MobilityWorkout(false, RACE_WEEK_MOBILITY)
                            : new MobilityWorkout(true, YOGA));
                    reasons.add(MOBILITY);
                }
                if (d == template.rest) {
                    reasons.add(REST);
                }
                days.add(new Day(date, dayRuns, strength, cross, mobility, reasons));
            }
            previousVolume = shape.volumeTenths();
            weeks.add(new Week(w, shape.phase(), start.plusDays(firstDay), shape.cutback(),
                    shape.reasons(), days));
        }
        Reason seedReason = PlanRule.SEED_FROM_CURRENT.reason("assumed longest run of the last 30 days: " + Tenths.format(seed, unit)
                + ", from your current " + Tenths.format(current, unit) + " a week");
        List<Reason> planReasons = new ArrayList<>(List.of(PHASES, seedReason, EASY_PACE));
        planReasons.addAll(durations.paces().reasons());
        return new Plan(request, unit, Tenths.distance(seed, unit), durations.paces(), weeks, planReasons);
    }

    private static Optional<StrengthWorkout> strength(TrainingPhase phase, int week, int strengthWeeks, int daysToRace) {
        switch (phase) {
            case BASE:
            case BUILD:
            case PEAK:
                return Optional.of(StrengthProgram.full(StrengthProgram.holdSeconds(week, strengthWeeks)));
            case TAPER:
                return Optional.of(StrengthProgram.LIGHT);
            default:
                return daysToRace > NO_STRENGTH_DAYS_BEFORE_RACE ? Optional.of(StrengthProgram.LIGHT) : Optional.empty();
        }
    }

    private static RunType[] qualityTypes(TrainingPhase phase, int slots, int week) {
        if (slots == 0 || phase == TrainingPhase.BASE) {
            return new RunType[0];
        }
        boolean build = phase == TrainingPhase.BUILD;
        if (slots == 1) {
            RunType even = build ? RunType.TEMPO : RunType.MARATHON_PACE;
            RunType odd = build ? RunType.INTERVALS : RunType.TEMPO;
            return new RunType[] {week % 2 == 0 ? even : odd};
        }
        return build ? new RunType[] {RunType.TEMPO, RunType.INTERVALS} : new RunType[] {RunType.MARATHON_PACE, RunType.INTERVALS};
    }

    /** Splits {@code total} tenths into {@code parts} near-equal runs, each at most {@code cap}. */
    private static int[] split(int total, int parts, int cap, int week) {
        int[] out = new int[parts];
        if (parts == 0) {
            return out;
        }
        int base = total / parts;
        int remainder = total % parts;
        if (base < 1 || base + (remainder > 0 ? 1 : 0) > cap) {
            throw new IllegalStateException("week " + (week + 1) + " cannot fit its volume into " + parts
                    + " runs within the run caps");
        }
        for (int k = 0; k < parts; k++) {
            out[k] = base + (k < remainder ? 1 : 0);
        }
        return out;
    }

    private static void add(RunType[][] types, int[][] tenths, int[] count, int day, RunType type, int distance) {
        types[day][count[day]] = type;
        tenths[day][count[day]] = distance;
        count[day]++;
    }

    private static int earlierNonRest(int from, int rest) {
        for (int d = from; d >= 0; d--) {
            if (d != rest) {
                return d;
            }
        }
        return 0;
    }
}
