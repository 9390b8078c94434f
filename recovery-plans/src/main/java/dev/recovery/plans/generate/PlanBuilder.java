package dev.recovery.plans.generate;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.pace.RaceDistance;
import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.CrossWorkout;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.MobilityWorkout;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.StrengthWorkout;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.workout.IntensityLimits;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutLibrary;
import dev.recovery.plans.workout.WorkoutRequest;
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
    /** The race is on the plan week's last day. */
    static final int RACE_DAY = 6;
    /** Race week's sharpener comes at least 3 days before the race... */
    static final int SHARPENER_MIN_DAYS_OUT = 3;
    /** ...and at most 5 (Pfitzinger &amp; Douglas, Advanced Marathoning: race-week tune-up 3-5 days out). */
    static final int SHARPENER_MAX_DAYS_OUT = 5;
    /**
     * A race-week easy run is at least 2 km where the week's cut allows it (product choice: about
     * 10-15 min of easy running, shorter is not worth changing for).
     */
    static final int RACE_WEEK_MIN_EASY_METRES = 2_000;
    /** A recovery run is three quarters of an easy run (product choice: "shorter", Pfitzinger). */
    static final double RECOVERY_RUN_SHARE = 0.75;
    /** A medium-long run aims at 1.4 times the week's average other run, held within 60-75% of the long run. */
    static final double MEDIUM_LONG_AVERAGE_FACTOR = 1.4;
    /** Strides on at least one easy day a week... */
    static final int STRIDES_PER_WEEK_MIN = 1;
    /** ...and two for runners on five or more runs (Daniels 2014: strides 1-2 times a week). */
    static final int STRIDES_PER_WEEK_MAX = 2;
    /** Easy runs are planned in 100 m steps, so a plan reads "8.4 km", not "8,437 m". */
    static final int ROUND_METRES = 100;
    /** Cross-training in a loading or peak week. */
    static final Duration CROSS_FULL = Duration.ofMinutes(45);
    /** Cross-training in a cutback or taper week. */
    static final Duration CROSS_SHORT = Duration.ofMinutes(30);
    /** Cross-training in race week: an easy spin. */
    static final Duration CROSS_RACE_WEEK = Duration.ofMinutes(20);
    /** The weekly yoga class (one session a week). */
    static final Duration YOGA = Duration.ofMinutes(30);
    /** Race-week easy mobility. */
    static final Duration RACE_WEEK_MOBILITY = Duration.ofMinutes(20);
    /** The default low-impact activity: cycling. */
    static final CrossActivity CROSS_ACTIVITY = CrossActivity.BIKE;

    private static final Reason REST = PlanRule.REST_DAY.reason("rest: a full rest day, no training");
    private static final Reason CROSS = PlanRule.CROSS_TRAINING.reason("cross-training: low impact in place of a recovery run");
    private static final Reason STRENGTH_AFTER_RUN = PlanRule.STRENGTH_TIMING.reason("strength after the run, never before it");
    private static final Reason STRENGTH_LIGHT = PlanRule.STRENGTH_TAPER.reason("taper: lighter strength, fewer sets and shorter holds");
    private static final Reason MOBILITY = PlanRule.MOBILITY.reason("yoga or mobility: the week's session");
    private static final Reason RACE = PlanRule.RACE_WEEK.reason("race day: the marathon, 42.195 km");
    private static final Reason WORKOUTS = PlanRule.WORKOUTS.reason();
    private static final Reason RECOVERY_RUN = PlanRule.RECOVERY_RUN.reason("recovery run: the day after a hard day, shorter and slowest easy");
    private static final Reason MEDIUM_LONG = PlanRule.MEDIUM_LONG.reason("medium-long run: the week's second-longest run, midweek");
    private static final Reason ONE_QUALITY = PlanRule.ONE_QUALITY.reason("one quality session this week: intensity comes back gradually");
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
        // A longer plan suggested instead must start today at the earliest.
        return build(request, Math.min(PlanRequest.MAX_WEEKS, PlanRequest.weeksBetween(today, request.raceDate())));
    }

    /**
     * Builds the plan for a request already accepted by {@link #build(PlanRequest, LocalDate)},
     * without the checks against today; adaptation uses it to recall the original plan.
     *
     * @throws InfeasiblePlanException if the progression rules cannot carry the request
     */
    public static Plan rebuild(PlanRequest request) {
        return build(request, PlanRequest.MAX_WEEKS);
    }

    private static Plan build(PlanRequest request, int longestPlanWeeks) {
        // The paces are worked out once: the feasibility check needs the easy pace for the 3-hour cap too.
        RunPaces paces = RunPaces.of(request.paceBasis());
        checkFeasible(request, paces, longestPlanWeeks);
        try {
            return generate(request, paces);
        } catch (IllegalStateException e) {
            throw new InfeasiblePlanException("peak-weekly", e.getMessage(), "choose a lower peak or more runs a week");
        }
    }

    /**
     * Recalibrates the plan from its tune-up race's result (Pfitzinger &amp; Douglas: a tune-up's
     * result resets the paces): the result gives a VDOT (Daniels &amp; Gilbert), and every day after
     * the tune-up is rebuilt with the new training paces. The days up to the race stay as they were.
     *
     * @param plan   the plan being followed, with a tune-up race in its request
     * @param result the tune-up's finishing time
     * @return the plan with the new paces from the day after the tune-up
     * @throws IllegalArgumentException naming {@code race-result} if the plan has no tune-up, the
     *                                  result is missing, or it gives a VDOT outside the range core accepts
     */
    public static Plan recalibrate(Plan plan, Duration result) {
        if (plan == null) {
            throw new IllegalArgumentException("plan: nothing is not allowed; expected a plan");
        }
        if (plan.request().tuneUp().isEmpty()) {
            throw Checks.invalidFormatted("race-result", result == null ? "nothing" : Durations.format(result),
                    "a result for a planned tune-up race; this plan has none (plan generate ... --tune-up 2027-03-14:half)");
        }
        dev.recovery.plans.request.TuneUp race = plan.request().tuneUp().get();
        String label = race.distance() == RaceDistance.TEN_K ? "10k" : "half marathon";
        if (result == null || result.isZero() || result.isNegative()) {
            throw Checks.invalidFormatted("race-result", result == null ? "nothing" : Durations.format(result),
                    "the " + label + " tune-up's finishing time, e.g. 1:38:20");
        }
        Vdot vdot;
        try {
            vdot = Vdot.fromRace(race.distance().distance(), result);
        } catch (IllegalArgumentException e) {
            throw Checks.invalidFormatted("race-result", Durations.format(result), "a " + label
                    + " time that gives a VDOT from 30 to 85 (" + e.getMessage() + ")");
        }
        RunPaces paces = RunPaces.of(TrainingPaces.of(vdot));
        Plan rebuilt = generate(plan.request(), paces);
        LocalDate raced = race.date();
        List<Week> weeks = new ArrayList<>(plan.weeks().size());
        for (int w = 0; w < plan.weeks().size(); w++) {
            Week old = plan.weeks().get(w);
            Week fresh = rebuilt.weeks().get(w);
            List<Day> days = new ArrayList<>(7);
            for (int d = 0; d < 7; d++) {
                days.add(old.days().get(d).date().isAfter(raced) ? fresh.days().get(d) : old.days().get(d));
            }
            weeks.add(new Week(old.index(), old.phase(), old.start(), old.cutback(), old.reasons(), days));
        }
        List<Reason> reasons = new ArrayList<>(plan.reasons());
        reasons.add(PlanRule.TUNE_UP.reason("paces recalibrated from the " + label + " tune-up on " + raced + " in "
                + Durations.format(result) + ": VDOT " + vdot.format() + " from " + raced.plusDays(1)));
        return new Plan(plan.request(), plan.units(), plan.assumedLongestRecentRun(), paces.paces(), weeks, reasons);
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

    /**
     * The largest weekly volume the request's runs carry at the request's easy pace: within the
     * long-run and other-run caps of {@link #runsCapacity(int, DistanceUnit)}, and with no run over
     * about 3 h at the slow end of the runner's easy range (a slower runner's runs are shorter in
     * distance, not longer in time).
     *
     * @param request the runner's request
     * @return the volume, in the request's unit to a tenth
     * @throws IllegalArgumentException if the request's pace basis gives a VDOT outside core's range
     */
    public static Distance runsCapacity(PlanRequest request) {
        return Tenths.distance(capacityTenths(request, RunPaces.of(request.paceBasis())), request.units());
    }

    static int capacityTenths(PlanRequest request, RunPaces paces) {
        DistanceUnit unit = request.units();
        int runs = request.runsPerWeek();
        int timeCap = IntensityLimits.longRunMaxMetres(paces.paces().easy());
        // Walks down from the caps' capacity to the first week the runs carry; it ends by 0 at the latest, where both sides are 0.
        int tenths = LongRunLimits.capacityTenths(runs, unit);
        // In tenths of a millimetre, where a tenth of a mile (160.9344 m) and of a kilometre are whole
        // numbers: where the 3 hours do not bind, this gives exactly the caps' capacity above, with no
        // metre lost to rounding each run.
        long tenth = Math.round(unit.metres() * TENTHS_OF_MM_PER_METRE / 10);
        long timeCapTenthsOfMm = (long) timeCap * TENTHS_OF_MM_PER_METRE;
        while (tenths * tenth > carried(tenths, runs, timeCapTenthsOfMm, tenth, unit)) {
            tenths--;
        }
        return tenths;
    }

    private static final long TENTHS_OF_MM_PER_METRE = 10_000;

    /**
     * The most {@code runs} runs carry in a week of {@code tenths}, in tenths of a millimetre: the long
     * run and the other runs at their caps, none over the time cap.
     */
    private static long carried(int tenths, int runs, long timeCap, long tenth, DistanceUnit unit) {
        long longRun = Math.min(LongRunLimits.longRunCapTenths(tenths, unit) * tenth, timeCap);
        long other = Math.min(LongRunLimits.otherRunCapTenths(tenths, unit) * tenth, timeCap);
        return longRun + (runs - 1) * other;
    }

    /**
     * Refuses a request the progression rules cannot carry, saying what would work; a longer plan is
     * suggested only up to {@code longestPlanWeeks} (the weeks left before the race from today).
     */
    static void checkFeasible(PlanRequest request, RunPaces paces, int longestPlanWeeks) {
        DistanceUnit unit = request.units();
        int current = Tenths.of(request.currentWeekly(), unit);
        int peak = Tenths.of(request.peakWeekly(), unit);
        int runs = request.runsPerWeek();
        int capacity = LongRunLimits.capacityTenths(runs, unit);
        if (peak > capacity) {
            int enough = 0;
            // The request's own runs cannot carry the peak (just checked), so the first count that can is a larger one.
            for (int n = runs; n <= PlanRequest.MAX_RUNS && enough == 0; n++) {
                if (LongRunLimits.capacityTenths(n, unit) >= peak) {
                    enough = n;
                }
            }
            String why = runs + " runs a week cannot carry a " + Tenths.format(peak, unit) + " peak week: with the long run at most "
                    + Tenths.format(LongRunLimits.capTenths(unit), unit) + ", " + LongRunLimits.SHARE_HIGH_VOLUME_PERCENT + "% of its week from "
                    + Tenths.format(LongRunLimits.thresholdTenths(unit), unit) + " a week and "
                    // Below the threshold the long run is held at a threshold week's cap.
                + Tenths.format(LongRunLimits.longRunCapTenths(LongRunLimits.thresholdTenths(unit), unit), unit)
                    + " below that, and other runs at most " + LongRunLimits.OTHER_RUN_PERCENT + "% of the long-run cap, "
                    + runs + " runs carry at most " + Tenths.format(capacity, unit);
            String fix = enough > 0 ? "use at least " + enough + " runs a week, or a peak of at most " + Tenths.format(capacity, unit)
                    : "choose a peak of at most " + Tenths.format(capacity, unit);
            throw new InfeasiblePlanException(enough > 0 ? "runs-per-week" : "peak-weekly", why, fix);
        }
        int reachable = VolumeProgression.reachablePeakTenths(request.weeks(), current);
        if (peak > reachable) {
            int needed = 0;
            // The request's own weeks do not reach the peak (just checked), so the first length that does is a longer one.
            for (int w = request.weeks(); w <= longestPlanWeeks && needed == 0; w++) {
                if (VolumeProgression.reachablePeakTenths(w, current) >= peak) {
                    needed = w;
                }
            }
            String why = Tenths.format(peak, unit) + " cannot be reached from " + Tenths.format(current, unit) + " in "
                    + request.weeks() + " weeks without a week more than 10% above the largest of the three before it"
                    + " and a cutback every 3rd or 4th week; the most this plan reaches is " + Tenths.format(reachable, unit);
            String fix = "choose a peak of at most " + Tenths.format(reachable, unit) + (needed > 0
                    ? ", or a " + needed + "-week plan (starting " + request.raceDate().minusDays(7L * needed - 1) + ")"
                    : ", or raise your weekly volume first: even " + (longestPlanWeeks < PlanRequest.MAX_WEEKS
                            ? "the " + longestPlanWeeks + " weeks left before the race" : PlanRequest.MAX_WEEKS + " weeks")
                            + " reach only " + Tenths.format(VolumeProgression.reachablePeakTenths(longestPlanWeeks, current), unit));
            throw new InfeasiblePlanException("peak-weekly", why, fix);
        }
        int paced = capacityTenths(request, paces);
        if (Math.max(peak, current) > paced) {
            int timeCap = IntensityLimits.longRunMaxMetres(paces.paces().easy());
            throw new InfeasiblePlanException("peak-weekly", runs + " runs a week cannot carry " + Tenths.format(Math.max(peak, current), unit)
                    + " at your easy pace: about 3 h of easy running covers " + format(timeCap, unit)
                    + ", so no run is planned longer and " + runs + " runs carry at most " + Tenths.format(paced, unit),
                    "choose a peak of at most " + Tenths.format(paced, unit) + (runs < PlanRequest.MAX_RUNS ? ", or more runs a week" : ""));
        }
    }

    /** The assumed longest run of the 30 days before the plan, in tenths. */
    static int seedTenths(int currentTenths, int runsPerWeek) {
        double share = Math.max(SEED_LONG_RUN_SHARE, SEED_AVERAGE_RUN_FACTOR / runsPerWeek);
        return (int) Math.round(share * currentTenths);
    }

    static Plan generate(PlanRequest request, RunPaces durations) {
        DistanceUnit unit = request.units();
        int current = Tenths.of(request.currentWeekly(), unit);
        int peak = Tenths.of(request.peakWeekly(), unit);
        int runs = request.runsPerWeek();
        int weekCount = request.weeks();
        List<WeekShape> shapes = VolumeProgression.outline(weekCount, current, peak, unit);
        WeekTemplate template = WeekTemplate.of(request);
        int seed = seedTenths(current, runs);
        int seedMetres = metres(seed, unit);
        int currentMetres = metres(current, unit);
        // The longest run of each day, from the shared window's days before the plan (each assumed to hold the seed) on:
        // day d of the plan is index WEEK_SHARED_WINDOW_DAYS + d, so a week's window is the indices from its own first day's.
        int[] longestOnDay = new int[WEEK_SHARED_WINDOW_DAYS + weekCount * 7];
        java.util.Arrays.fill(longestOnDay, 0, WEEK_SHARED_WINDOW_DAYS, seedMetres);
        int[] actualMetres = new int[weekCount];
        LocalDate start = request.startDate();
        // Race week is always the last, so the loop below always finds the first taper week.
        int firstTaper = weekCount;
        int progressingWeeks = 0;
        for (int w = weekCount - 1; w >= 0; w--) {
            WeekShape shape = shapes.get(w);
            if (shape.phase() == TrainingPhase.TAPER || shape.phase() == TrainingPhase.RACE_WEEK) {
                firstTaper = w;
            }
            if (StrengthProgram.progresses(shape.phase(), shape.cutback())) {
                progressingWeeks++;
            }
        }

        TrainingPaces paces = durations.paces();
        int timeCap = IntensityLimits.longRunMaxMetres(paces.easy());
        List<Week> weeks = new ArrayList<>(weekCount);
        Workout[][] planned = new Workout[7][2];
        List<List<Reason>> runReasons = java.util.stream.Stream.<List<Reason>>generate(() -> new ArrayList<>(2)).limit(7)
                .collect(java.util.stream.Collectors.toList());
        int[] count = new int[7];
        // The tune-up's day from the plan's first day. The request keeps a tune-up 3 to 6 weeks before the race and a plan is
        // at least 12 weeks long, so the tune-up always falls inside the plan and before race week.
        boolean hasTuneUp = request.tuneUp().isPresent();
        int tuneUpDay = hasTuneUp ? (int) java.time.temporal.ChronoUnit.DAYS.between(start, request.tuneUp().get().date()) : 0;
        int[] weeksInPhase = new int[TrainingPhase.values().length];
        int previousTarget = 0;
        int previousLongRun = 0;
        boolean previousCutback = false;
        int progressed = 0;
        int hold = StrengthProgram.FIRST_HOLD_SECONDS;
        int peakMetres = 0;
        for (int w = 0; w < weekCount; w++) {
            WeekShape shape = shapes.get(w);
            int firstDay = 7 * w;
            int longest = java.util.Arrays.stream(longestOnDay, firstDay, firstDay + WEEK_SHARED_WINDOW_DAYS).max().getAsInt();
            int spikeCap = Progression.runCapTenths(longest);
            int largest = VolumeProgression.largestBefore(actualMetres, w, currentMetres);
            int target = Math.min(metres(shape.volumeTenths(), unit), Progression.weeklyCapTenths(largest));
            java.util.Arrays.fill(count, 0);
            for (List<Reason> reasons : runReasons) {
                reasons.clear();
            }
            TrainingPhase phase = shape.phase();
            TrainingPhase workoutPhase = shape.cutback() ? TrainingPhase.DELOAD : phase;
            int weekInPhase = Math.min(WorkoutRequest.MAX_WEEK_IN_PHASE, shape.cutback() ? 0 : weeksInPhase[phase.ordinal()]++);
            int requestWeek = Math.max(WorkoutRequest.MIN_WEEK_METRES, Math.min(WorkoutRequest.MAX_WEEK_METRES, target));
            WorkoutRequest base = new WorkoutRequest(paces, requestWeek, workoutPhase, weekInPhase, WorkoutRequest.MIN_TARGET_METRES);
            int longRunMetres = 0;
            if (phase == TrainingPhase.RACE_WEEK) {
                // Race week's runs keep the 3-hour cap too: a three-run week once gave a sharpener past it.
                raceWeek(template, runs, target, peakMetres, Math.min(spikeCap, timeCap), base, planned, count, runReasons);
            } else {
                int volume = shape.volumeTenths();
                int longCap = metres(LongRunLimits.longRunCapTenths(volume, unit), unit);
                int wanted = Math.min(longCap, spikeCap);
                    // Before the first week previousTarget is 0, which no week's target is below.
                boolean stepDown = target < previousTarget;
                int longTarget = wanted;
                if (stepDown) {
                    // A lighter week (cutback, taper) shortens its long run in proportion, so it is lighter where it counts.
                    longTarget = Math.min(longTarget, (int) ((long) previousLongRun * target / previousTarget));
                }
                WorkoutKind longKind = shape.cutback() ? WorkoutKind.LONG : WorkoutLibrary.longRun(phase, firstTaper - w);
                Workout longRun = WorkoutLibrary.build(longKind, base.withTargetMetres(targetMetres(longTarget)));
                longRunMetres = longRun.metres();
                add(planned, count, template.longRun, longRun);
                runReasons.get(template.longRun).add(longRunReason(longRun, longTarget, timeCap, wanted, longCap, spikeCap, longest,
                        stepDown, shape.cutback(), previousLongRun, volume, unit));
                int otherCap = Math.min(Math.min(metres(LongRunLimits.otherRunCapTenths(volume, unit), unit), spikeCap), timeCap);
                boolean oneQuality = previousCutback || phase == TrainingPhase.BUILD && weekInPhase == 0 && !shape.cutback();
                otherRuns(template, runs, target - longRunMetres, otherCap, longRunMetres, base, oneQuality, planned, count,
                        runReasons);
            }
            previousLongRun = longRunMetres;
            if (hasTuneUp) {
                tuneUp(request.tuneUp().get(), tuneUpDay - firstDay, target, spikeCap, base, planned, count, runReasons);
            }

            int sets = StrengthProgram.sets(phase, shape.cutback(), w);
            if (StrengthProgram.progresses(phase, shape.cutback())) {
                hold = StrengthProgram.holdSeconds(progressed++, progressingWeeks);
            }
            // Both strength days of a week share one immutable workout.
            StrengthWorkout weekStrength = phase.compareTo(TrainingPhase.PEAK) <= 0 ? StrengthProgram.workout(sets, hold) : StrengthProgram.LIGHT;
            List<Day> days = new ArrayList<>(7);
            int crossDay = phase == TrainingPhase.RACE_WEEK && template.cross == 6 ? earlierNonRest(5, template.rest) : template.cross;
            int mobilityDay = phase == TrainingPhase.RACE_WEEK && template.mobility == 6 ? earlierNonRest(5, template.rest)
                    : template.mobility;
            int weekMetres = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate date = start.plusDays(firstDay + d);
                List<PlannedRun> dayRuns = count[d] == 0 ? List.of() : new ArrayList<>(count[d]);
                List<Reason> reasons = new ArrayList<>(runReasons.get(d));
                int dayLongest = 0;
                for (int k = 0; k < count[d]; k++) {
                    Workout workout = planned[d][k];
                    dayRuns.add(PlannedRun.of(workout));
                    if (workout.kind() != WorkoutKind.RACE) {
                        dayLongest = Math.max(dayLongest, workout.metres());
                        weekMetres += workout.metres();
                    }
                }
                longestOnDay[WEEK_SHARED_WINDOW_DAYS + firstDay + d] = dayLongest;
                Optional<StrengthWorkout> strength = Optional.empty();
                if (template.isStrength(d)) {
                    strength = strength(phase, weekStrength, 6 - d);
                    if (strength.isPresent()) {
                        if (count[d] > 0) {
                            reasons.add(STRENGTH_AFTER_RUN);
                        }
                        reasons.add(strength.get().light() ? STRENGTH_LIGHT : StrengthProgram.reason(phase, shape.cutback(), w, sets));
                    }
                }
                Optional<CrossWorkout> cross = Optional.empty();
                if (d == crossDay) {
                    Duration minutes = phase == TrainingPhase.RACE_WEEK ? CROSS_RACE_WEEK
                            : shape.cutback() || phase == TrainingPhase.TAPER ? CROSS_SHORT : CROSS_FULL;
                    cross = Optional.of(new CrossWorkout(CROSS_ACTIVITY, minutes));
                    reasons.add(CROSS);
                }
                Optional<MobilityWorkout> mobility = Optional.empty();
                if (d == mobilityDay) {
                    mobility = Optional.of(phase == TrainingPhase.RACE_WEEK ? new MobilityWorkout(false, RACE_WEEK_MOBILITY)
                            : new MobilityWorkout(true, YOGA));
                    reasons.add(MOBILITY);
                }
                if (d == template.rest) {
                    reasons.add(REST);
                }
                days.add(new Day(date, dayRuns, strength, cross, mobility, reasons));
            }
            actualMetres[w] = weekMetres;
            if (phase == TrainingPhase.PEAK) {
                peakMetres = Math.max(peakMetres, weekMetres);
            }
            previousTarget = target;
            previousCutback = shape.cutback();
            weeks.add(new Week(w, phase, start.plusDays(firstDay), shape.cutback(), shape.reasons(), days));
        }
        Reason seedReason = PlanRule.SEED_FROM_CURRENT.reason("assumed longest run of the last 30 days: " + Tenths.format(seed, unit)
                + ", from your current " + Tenths.format(current, unit) + " a week");
        List<Reason> planReasons = new ArrayList<>(List.of(PHASES, seedReason, EASY_PACE, WORKOUTS));
        planReasons.addAll(durations.paces().reasons());
        return new Plan(request, unit, Distance.ofMetres(seedMetres), durations.paces(), weeks, planReasons);
    }

    /** Whole metres of {@code tenths} of {@code unit}, rounded down so a cap in tenths is never exceeded. */
    static int metres(int tenths, DistanceUnit unit) {
        return (int) Math.floor(Tenths.distance(tenths, unit).metres() + 1e-6);
    }

    /** {@code metres} in {@code unit} to a tenth, e.g. {@code 32.0 km}. */
    private static String format(int metres, DistanceUnit unit) {
        return Tenths.format((int) Math.round(metres / unit.metres() * 10), unit);
    }

    private static int targetMetres(int metres) {
        return Math.max(WorkoutRequest.MIN_TARGET_METRES, Math.min(Workout.MAX_METRES, metres));
    }

    private static Reason longRunReason(Workout longRun, int longTarget, int timeCap, int wanted, int longCap, int spikeCap, int longest,
            boolean stepDown, boolean cutback, int previousLongRun, int volumeTenths, DistanceUnit unit) {
        String length = format(longRun.metres(), unit);
        if (longRun.metres() < longTarget) {
            // The workout library's cap is 3 h at the easy pace or 35 km, whichever is less: a fast runner in miles meets the 35 km.
            if (timeCap == IntensityLimits.LONG_RUN_MAX_METRES.whole()) {
                return PlanRule.LONG_RUN_CAP.reason("long run " + length + ": limited to the "
                        + format(IntensityLimits.LONG_RUN_MAX_METRES.whole(), unit) + " long-run cap");
            }
            return PlanRule.LONG_RUN_TIME.reason("long run " + length + ": limited to about 3 h at your easy pace");
        }
        if (stepDown && longTarget < wanted) {
            return (cutback ? PlanRule.CUTBACK : PlanRule.TAPER).reason("long run " + length
                    + ": limited to the week's cut applied to last week's long run (" + format(previousLongRun, unit) + ")");
        }
        if (wanted == spikeCap && spikeCap < longCap) {
            return PlanRule.SINGLE_RUN_SPIKE.reason("long run " + length + ": limited to 10% above the longest run of the previous 30 days ("
                    + format(longest, unit) + ")");
        }
        if (LongRunLimits.longRunCapTenths(volumeTenths, unit) == LongRunLimits.capTenths(unit)) {
            return PlanRule.LONG_RUN_CAP.reason("long run " + length + ": limited to the "
                    + Tenths.format(LongRunLimits.capTenths(unit), unit) + " long-run cap");
        }
        return PlanRule.LONG_RUN_SHARE.reason("long run " + length + ": limited to "
                + LongRunLimits.sharePercent(volumeTenths, unit) + "% of the week");
    }

    /**
     * The runs of a training week other than the long run, by role: quality sessions on the
     * template's quality days (one only when {@code oneQuality}), a recovery run the day after a
     * hard day, a medium-long run midweek in big weeks, strides on one or two easy days, and easy
     * runs sharing what is left of the week.
     */
    private static void otherRuns(WeekTemplate template, int runs, int volume, int otherCap, int longRunMetres, WorkoutRequest base,
            boolean oneQuality, Workout[][] planned, int[] count, List<List<Reason>> reasons) {
        int[] slots = template.runSlots;
        int others = slots.length;
        if (others == 0) {
            return;
        }
        List<WorkoutKind> qualityKinds = WorkoutLibrary.qualitySessions(base.phase(), base.weekInPhase());
        int qualityCount = oneQuality ? Math.min(1, template.qualitySlots.length) : template.qualitySlots.length;
        WorkoutKind[] kinds = new WorkoutKind[others];
        boolean[] hardDay = new boolean[7];
        hardDay[template.longRun] = true;
        boolean[] seen = new boolean[7];
        for (int k = 0; k < others; k++) {
            int d = slots[k];
            int q = indexOf(template.qualitySlots, d);
            if (!seen[d] && q >= 0 && q < qualityCount) {
                kinds[k] = qualityKinds.get(q);
                hardDay[d] = kinds[k].isHard();
                if (oneQuality && kinds[k].isHard()) {
                    reasons.get(d).add(ONE_QUALITY);
                }
            }
            seen[d] = true;
        }
        java.util.Arrays.fill(seen, false);
        int strides = 0;
        for (WorkoutKind kind : kinds) {
            if (kind == WorkoutKind.STRIDES) {
                strides++;
            }
        }
        for (int k = 0; k < others; k++) {
            int d = slots[k];
            if (kinds[k] == null) {
                kinds[k] = !seen[d] && hardDay[(d + 6) % 7] ? WorkoutKind.RECOVERY : WorkoutKind.EASY;
                if (kinds[k] == WorkoutKind.RECOVERY) {
                    reasons.get(d).add(RECOVERY_RUN);
                }
            }
            seen[d] = true;
        }
        int medium = -1;
        // A medium-long run stands out from the week's other runs; where they average 60% of the long run already, it would not.
        if (IntensityLimits.hasMediumLong(base.weekMetres(), runs)
                && volume / others < IntensityLimits.MEDIUM_LONG_MIN_SHARE.value() * longRunMetres) {
            int best = -1;
            for (int k = 0; k < others; k++) {
                int d = slots[k];
                if (kinds[k] == WorkoutKind.EASY && (k == 0 || slots[k - 1] != d) && d != (template.longRun + 6) % 7) {
                    int distance = WeekTemplate.circular(d, template.longRun);
                    if (distance > best) {
                        best = distance;
                        medium = k;
                    }
                }
            }
            if (medium >= 0) {
                kinds[medium] = WorkoutKind.MEDIUM_LONG;
                reasons.get(slots[medium]).add(MEDIUM_LONG);
            }
        }
        int wantedStrides = runs > WeekTemplate.ONE_QUALITY_UP_TO_RUNS ? STRIDES_PER_WEEK_MAX : STRIDES_PER_WEEK_MIN;
        for (int k = 0; k < others && strides < wantedStrides; k++) {
            int d = slots[k];
            if (kinds[k] == WorkoutKind.EASY && d != (template.longRun + 6) % 7) {
                kinds[k] = WorkoutKind.STRIDES;
                strides++;
            }
        }

        int average = volume / others;
        int qualityTarget = targetMetres(Math.min(average, otherCap));
        Workout[] built = new Workout[others];
        int rest = volume;
        double weights = 0;
        for (int k = 0; k < others; k++) {
            WorkoutKind kind = kinds[k];
            if (kind.isHard() || kind == WorkoutKind.SHARPENER) {
                built[k] = WorkoutLibrary.build(kind, base.withTargetMetres(qualityTarget));
            } else if (kind == WorkoutKind.MEDIUM_LONG) {
                int wanted = targetMetres(Math.min(otherCap, (int) (average * MEDIUM_LONG_AVERAGE_FACTOR)));
                built[k] = WorkoutLibrary.mediumLong(base.withTargetMetres(wanted), longRunMetres);
            }
            if (built[k] != null) {
                rest -= built[k].metres();
            } else {
                weights += kind == WorkoutKind.RECOVERY ? RECOVERY_RUN_SHARE : 1;
            }
        }
        int[] easy = new int[others];
        int assigned = 0;
        int lastFull = -1;
        for (int k = 0; k < others; k++) {
            if (built[k] == null) {
                double weight = kinds[k] == WorkoutKind.RECOVERY ? RECOVERY_RUN_SHARE : 1;
                // weights is positive here: this run's own weight is in it.
                int metres = (int) (Math.max(0, rest) * weight / weights) / ROUND_METRES * ROUND_METRES;
                easy[k] = Math.max(WorkoutRequest.MIN_TARGET_METRES, Math.min(otherCap, metres));
                assigned += easy[k];
                if (kinds[k] != WorkoutKind.RECOVERY) {
                    lastFull = k;
                }
            }
        }
        // What rounding and the caps leave goes to the general easy runs first, then, in a week at the caps, to the recovery runs.
        int left = rest - assigned;
        for (boolean recoveryToo : new boolean[] {false, true}) {
            for (int k = others - 1; k >= 0 && left != 0; k--) {
                boolean recovery = kinds[k] == WorkoutKind.RECOVERY;
                if (built[k] == null && (recoveryToo || !recovery || lastFull < 0)) {
                    int metres = Math.max(WorkoutRequest.MIN_TARGET_METRES, Math.min(otherCap, easy[k] + left));
                    left -= metres - easy[k];
                    easy[k] = metres;
                }
            }
        }
        for (int k = 0; k < others; k++) {
            if (built[k] == null) {
                built[k] = WorkoutLibrary.build(kinds[k], base.withTargetMetres(easy[k]));
            }
            add(planned, count, slots[k], built[k]);
        }
    }

    /** A tune-up race's reason. */
    private static final Reason TUNE_UP = PlanRule.TUNE_UP.reason("tune-up race: run it as a race; easier days before and after it");
    private static final Reason TUNE_UP_EASY = PlanRule.TUNE_UP.reason("easy around the tune-up race");

    /**
     * Makes room for a tune-up race on day {@code offset} of this week (negative or beyond 6 when
     * the race is in the week before or after): the race on its day, replacing that day's run or
     * else the long run; the day before a shake-out, the two days after recovery runs, and the
     * week's other hard sessions easy runs, so the race is the week's one hard day. The week is
     * lighter: the easy runs share what the race and the shake-out leave of its target, none longer
     * than the week's average run other than the long run.
     */
    static void tuneUp(dev.recovery.plans.request.TuneUp race, int offset, int volume, int runCap, WorkoutRequest base,
            Workout[][] planned, int[] count, List<List<Reason>> reasons) {
        boolean thisWeek = offset >= 0 && offset < 7;
        // Spill-over into a neighbouring week: only the days next to the race are made easy.
        if (!thisWeek) {
            for (int d = 0; d < 7; d++) {
                int apart = d - offset;
                boolean before = apart == -1;
                boolean after = apart >= 1 && apart <= 2;
                if (before || after) {
                    for (int k = 0; k < count[d]; k++) {
                        Workout run = planned[d][k];
                        if (run.isHard()) {
                            planned[d][k] = WorkoutLibrary.build(before ? WorkoutKind.SHAKEOUT : WorkoutKind.RECOVERY,
                                    base.withTargetMetres(targetMetres(Math.min(run.metres(), runCap))));
                            reasons.get(d).add(TUNE_UP_EASY);
                        }
                    }
                }
            }
            return;
        }
        // Easier days: no run of the week grows past the week's average run other than the long run.
        int longest = 0;
        int total = 0;
        int runs = 0;
        for (int d = 0; d < 7; d++) {
            for (int k = 0; k < count[d]; k++) {
                longest = Math.max(longest, planned[d][k].metres());
                total += planned[d][k].metres();
                runs++;
            }
        }
        int average = runs > 1 ? (total - longest) / (runs - 1) : runCap;
        if (count[offset] == 0) {
            // No run that day: the race replaces the week's long run, so the week keeps its number of runs.
            for (int d = 0; d < 7; d++) {
                if (count[d] > 0 && (planned[d][0].kind() == WorkoutKind.LONG || planned[d][0].kind() == WorkoutKind.LONG_WITH_MARATHON_PACE)) {
                    for (int k = 1; k < count[d]; k++) {
                        planned[d][k - 1] = planned[d][k];
                    }
                    count[d]--;
                    reasons.get(d).clear();
                    break;
                }
            }
            count[offset] = 1;
        }
        planned[offset][0] = WorkoutLibrary.race(base.paces(), race.metres());
        reasons.get(offset).clear();
        reasons.get(offset).add(TUNE_UP);
        int rest = volume - planned[offset][0].metres();
        int sharing = 0;
        for (int d = 0; d < 7; d++) {
            for (int k = 0; k < count[d]; k++) {
                if (d == offset && k == 0) {
                    continue;
                }
                if (d == offset - 1) {
                    planned[d][k] = WorkoutLibrary.build(WorkoutKind.SHAKEOUT, base.withTargetMetres(WorkoutRequest.MIN_TARGET_METRES));
                    rest -= planned[d][k].metres();
                } else {
                    sharing++;
                }
            }
        }
        int share = targetMetres(Math.min(Math.min(runCap, average), Math.max(0, rest) / Math.max(1, sharing) / ROUND_METRES * ROUND_METRES));
        for (int d = 0; d < 7; d++) {
            for (int k = 0; k < count[d]; k++) {
                if ((d == offset && k == 0) || d == offset - 1) {
                    continue;
                }
                boolean after = d > offset && d <= offset + 2;
                planned[d][k] = WorkoutLibrary.build(after ? WorkoutKind.RECOVERY : WorkoutKind.EASY, base.withTargetMetres(share));
                reasons.get(d).clear();
                reasons.get(d).add(TUNE_UP_EASY);
            }
        }
    }

    /**
     * Race week: a sharpener 3-5 days out (a short marathon-pace segment with strides), the
     * shake-out the day before when it is a run day, short easy runs on the other run days, and the
     * marathon on the last day. The week keeps its runs; the day before the race is never a double
     * day, and the runs are sized so the week stays the taper's cut of the peak.
     */
    static void raceWeek(WeekTemplate template, int runs, int volume, int peakMetres, int runCap, WorkoutRequest base,
            Workout[][] planned, int[] count, List<List<Reason>> reasons) {
        List<Integer> slots = new ArrayList<>();
        for (int d : template.runSlots) {
            slots.add(d);
        }
        slots.add(template.longRun);
        slots.removeIf(d -> d == RACE_DAY);
        if (slots.size() > runs - 1) {
            // No run of the template falls on race day: the race takes the long run's place.
            slots.remove(Integer.valueOf(template.longRun));
        }
        int dayBefore = RACE_DAY - 1;
        if (slots.indexOf(dayBefore) != slots.lastIndexOf(dayBefore)) {
            // A coach never plans two runs the day before a marathon; dropping the run would cost the week one of its runs.
            slots.remove(slots.lastIndexOf(dayBefore));
            slots.add(raceWeekDoubleDay(slots));
        }
        // Three or more runs a week leave race week at least two runs before the race, so the others can share it.
        if (slots.contains(dayBefore)) {
            int shakeoutMetres = WorkoutLibrary.build(WorkoutKind.SHAKEOUT, base.withTargetMetres(WorkoutRequest.MIN_TARGET_METRES)).metres();
            int free = raceWeekFreeDay(slots, template.rest);
            if (free >= 0 && runCap < Math.max(0, volume - shakeoutMetres) / (slots.size() - 1)) {
                // Runs at the 3-hour cap cannot carry the week beside a 20-30 min shake-out: the day before the race
                // becomes rest (the other choice for it) and its run an easy run earlier in the week, so the week keeps
                // its runs and still cuts no more than the taper's 60%.
                slots.remove(Integer.valueOf(dayBefore));
                slots.add(free);
            }
        }
        slots.sort(null);
        int parts = slots.size();
        WorkoutKind[] kinds = new WorkoutKind[parts];
        boolean sharpener = false;
        for (int k = 0; k < parts; k++) {
            int d = slots.get(k);
            boolean first = k == 0 || slots.get(k - 1) != d;
            if (first && d == dayBefore) {
                kinds[k] = WorkoutKind.SHAKEOUT;
            } else if (first && !sharpener && isSharpenerDay(d)) {
                kinds[k] = WorkoutKind.SHARPENER;
                sharpener = true;
            } else {
                kinds[k] = WorkoutKind.EASY;
            }
        }
        Workout[] built = new Workout[parts];
        int shakeout = -1;
        int rest = volume;
        int sharing = parts;
        for (int k = 0; k < parts; k++) {
            if (kinds[k] == WorkoutKind.SHAKEOUT) {
                built[k] = WorkoutLibrary.build(WorkoutKind.SHAKEOUT, base.withTargetMetres(WorkoutRequest.MIN_TARGET_METRES));
                rest -= built[k].metres();
                sharing--;
                shakeout = k;
            }
        }
        // The sharpener and the easy runs share what the shake-out leaves, so the week's cut stays the taper's.
        int even = Math.max(0, rest) / Math.max(1, sharing) / ROUND_METRES * ROUND_METRES;
        int share = targetMetres(Math.min(runCap, even));
        for (int k = 0; k < parts; k++) {
            if (kinds[k] == WorkoutKind.SHARPENER) {
                built[k] = WorkoutLibrary.build(WorkoutKind.SHARPENER, base.withTargetMetres(share));
                rest -= built[k].metres();
                sharing--;
            }
        }
        // The sharpener keeps its warm-up, strides, marathon-pace segment and cool-down even where they are longer than
        // its share; in a small week the easy runs are shorter by what it takes over, so the week still cuts 41-60%.
        int easyShare = targetMetres(Math.min(share, Math.max(0, rest) / Math.max(1, sharing) / ROUND_METRES * ROUND_METRES));
        if (sharing > 0) {
            // Rather than runs too short to be worth changing for, the week takes up to the least cut the taper allows
            // (an easy share already at 2 km or more stays as it is).
            int most = Percent.of(peakMetres, Percent.WHOLE - VolumeProgression.TAPER_CUT_MIN_PERCENT) - (volume - rest);
            int room = Math.max(0, most) / sharing / ROUND_METRES * ROUND_METRES;
            easyShare = targetMetres(Math.max(easyShare, Math.min(RACE_WEEK_MIN_EASY_METRES, room)));
        }
        int total = 0;
        for (int k = 0; k < parts; k++) {
            if (built[k] == null) {
                built[k] = WorkoutLibrary.build(kinds[k], base.withTargetMetres(easyShare));
            }
            total += built[k].metres();
        }
        if (shakeout != -1 && share < targetMetres(even) && total < volume) {
            // Runs held at the 3-hour cap leave part of the week: the shake-out takes it, within its 20-30 min, so the
            // week is not cut past the taper's 60%.
            // Its 30 min include the strides, so the longer shake-out is sized down until the whole run fits them.
            // The target is the easy running before the strides: the strides are already in the week's total.
            int wanted = targetMetres(built[shakeout].steps().get(0).metres() + volume - total);
            Workout longer = WorkoutLibrary.build(WorkoutKind.SHAKEOUT, base.withTargetMetres(wanted));
            while (longer.seconds() > IntensityLimits.SHAKEOUT_MAX_SECONDS.whole() && wanted > WorkoutRequest.MIN_TARGET_METRES) {
                wanted = targetMetres(wanted - ROUND_METRES);
                longer = WorkoutLibrary.build(WorkoutKind.SHAKEOUT, base.withTargetMetres(wanted));
            }
            // Never shorter than the 20 min shake-out: the loop stops at the first size within 30 min, above 20.
            built[shakeout] = longer;
        }
        for (int k = 0; k < parts; k++) {
            add(planned, count, slots.get(k), built[k]);
        }
        add(planned, count, RACE_DAY, WorkoutLibrary.race(base.paces()));
        reasons.get(RACE_DAY).add(RACE);
    }

    /** Whether day {@code d} of race week is 3-5 days before the race, where the sharpener goes. */
    static boolean isSharpenerDay(int d) {
        return RACE_DAY - d >= SHARPENER_MIN_DAYS_OUT && RACE_DAY - d <= SHARPENER_MAX_DAYS_OUT;
    }

    /**
     * The earliest day of race week with no run, before the day before the race and not the rest
     * day, or -1 if there is none.
     */
    static int raceWeekFreeDay(List<Integer> slots, int restDay) {
        return java.util.stream.IntStream.range(0, RACE_DAY - 1).filter(d -> d != restDay && !slots.contains(d)).findFirst().orElse(-1);
    }

    /**
     * The day of race week that takes the second run of a double day moved off the day before the
     * race: a single-run day, the earliest outside the sharpener's days (farthest from the race,
     * and the sharpener keeps its day to itself), else the earliest single-run day; never the race
     * day or the day before it. {@code slots} holds one entry per run, so a single-run day appears once.
     */
    static int raceWeekDoubleDay(List<Integer> slots) {
        int fallback = -1;
        for (int d = 0; d < RACE_DAY - 1; d++) {
            if (slots.indexOf(d) >= 0 && slots.indexOf(d) == slots.lastIndexOf(d)) {
                if (!isSharpenerDay(d)) {
                    return d;
                }
                if (fallback == -1) {
                    fallback = d;
                }
            }
        }
        if (fallback == -1) {
            throw new IllegalStateException("race week has no single-run day for a seventh run");
        }
        return fallback;
    }

    private static Optional<StrengthWorkout> strength(TrainingPhase phase, StrengthWorkout workout, int daysToRace) {
        switch (phase) {
            case BASE:
            case BUILD:
            case PEAK:
                return Optional.of(workout);
            case TAPER:
                return Optional.of(StrengthProgram.LIGHT);
            default:
                return daysToRace > NO_STRENGTH_DAYS_BEFORE_RACE ? Optional.of(StrengthProgram.LIGHT) : Optional.empty();
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static void add(Workout[][] planned, int[] count, int day, Workout workout) {
        planned[day][count[day]] = workout;
        count[day]++;
    }

    /** Day {@code from}, or the day before it when {@code from} is the rest day (a week has one rest day). */
    static int earlierNonRest(int from, int rest) {
        return from == rest ? from - 1 : from;
    }
}
