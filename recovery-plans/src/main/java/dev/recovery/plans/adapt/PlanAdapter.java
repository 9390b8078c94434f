package dev.recovery.plans.adapt;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.generate.LongRunLimits;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.generate.PlanRule;
import dev.recovery.plans.generate.Progression;
import dev.recovery.plans.generate.RunPaces;
import dev.recovery.plans.plan.CrossWorkout;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Adapts a plan from a date on, after a check-in (docs/reference/triage.md and plans.md):
 * <ul>
 *   <li>AMBER: the next run becomes cross-training (a hard run) or a short easy run (an easy one),
 *       and the week is held: no more than the largest of the three weeks before it;</li>
 *   <li>RED: every run before race day becomes rest (easy days) or pain-free cross-training (hard
 *       days), and the lower-body strength programme pauses, until a professional clears it;</li>
 *   <li>after a clearance, or 7 or more days without running: the graded return to run
 *       ({@link ReturnToRunAdapter}), then the progression rules below;</li>
 *   <li>GREEN: the original plan comes back, capped by the progression rules applied to what the
 *       runner actually ran (the completed sessions), not to what was planned.</li>
 * </ul>
 * Always: days before the date are left as they were; no later day gets more running than the
 * original plan gave it (missed sessions are never made up); the taper and race day stay; every
 * changed day carries the reason for the change.
 *
 * @since 0.1.0
 */
public final class PlanAdapter {

    /** After a break, a week may always hold half the runner's stated pre-plan volume: a gentle return-to-run floor (product choice; the sources are silent). */
    public static final double REENTRY_WEEKLY_SHARE = 0.5;
    /** After a break, a run may always be half the assumed longest pre-plan run. */
    public static final double REENTRY_RUN_SHARE = 0.5;
    /** AMBER: an easy run is halved into a short easy run. */
    public static final double AMBER_SHORT_RUN_FACTOR = 0.5;
    /** The low-impact session that replaces a hard run (docs/reference/plans.md: the default substitute). */
    public static final Duration SWAP_CROSS = Duration.ofMinutes(40);
    /** The activity that replaces runs: cycling. */
    public static final CrossActivity SWAP_ACTIVITY = CrossActivity.BIKE;

    /** Day reasons that explain a run's length or timing, dropped when the day's runs are removed. */
    private static final java.util.Set<String> RUN_REASONS = java.util.Set.of(PlanRule.LONG_RUN_CAP.id(), PlanRule.LONG_RUN_SHARE.id(),
            PlanRule.SINGLE_RUN_SPIKE.id(), PlanRule.CUTBACK.id(), PlanRule.TAPER.id(), PlanRule.STRENGTH_TIMING.id());

    /** No day: AMBER found no run to ease before the race. */
    private static final int NONE = -1;
    /** The shortest run a plan holds: a tenth of its unit. */
    private static final int SHORTEST_RUN_TENTHS = 1;

    private PlanAdapter() {
    }

    /**
     * Returns the plan adapted from the readiness's day on, by its level and reasons.
     *
     * @param plan      the plan being followed (possibly adapted before)
     * @param readiness the day's readiness (triage plus load flags, from recovery-core)
     * @param completed what the runner actually did; runs before the readiness's day count as actual volume
     * @throws IllegalArgumentException naming the first invalid argument
     */
    public static Plan adapt(Plan plan, Readiness readiness, List<? extends Session> completed) {
        Checks.required("readiness", readiness, "the day's readiness");
        return adapt(plan, readiness.date(), readiness.level(), readiness.reasons(), completed,
                readiness.level() != TriageLevel.RED && ReturnToRunAdapter.applies(readiness) ? readiness : null);
    }

    /**
     * Returns the plan adapted from {@code date} on.
     *
     * @param plan      the plan being followed (possibly adapted before)
     * @param date      the check-in day, from the plan's first day to the day before the race
     * @param level     the check-in's readiness level
     * @param why       the reasons behind the level (from triage or readiness), quoted in the changes
     * @param completed what the runner actually did; runs before {@code date} count as actual volume
     * @return a new plan; days before {@code date} are unchanged
     * @throws IllegalArgumentException naming the first invalid argument
     */
    public static Plan adapt(Plan plan, LocalDate date, TriageLevel level, List<Reason> why, List<? extends Session> completed) {
        return adapt(plan, date, level, why, completed, null);
    }

    /** {@code returnToRun}: the readiness in the return to run, or null for the plain adaptation by level. */
    private static Plan adapt(Plan plan, LocalDate date, TriageLevel level, List<Reason> why, List<? extends Session> completed,
            Readiness returnToRun) {
        Checks.required("plan", plan, "a plan");
        Checks.required("date", date, "a date within the plan");
        if (date.isBefore(plan.startDate()) || !date.isBefore(plan.raceDate())) {
            throw Checks.invalidFormatted("date", date.toString(), "a date from " + plan.startDate() + " to " + plan.raceDate().minusDays(1));
        }
        Checks.required("level", level, "GREEN, AMBER or RED");
        List<Reason> reasons = List.copyOf(Checks.required("reasons", why, "the check-in's reasons, possibly none"));
        List<? extends Session> sessions = List.copyOf(Checks.required("completed", completed, "the completed sessions, possibly none"));

        DistanceUnit unit = plan.units();
        Plan original = PlanBuilder.rebuild(plan.request());
        List<Day> current = plan.days();
        List<Day> first = original.days();
        int total = current.size();
        int from = (int) (date.toEpochDay() - plan.startDate().toEpochDay());
        String context = level.name() + " check-in on " + date + (reasons.isEmpty() ? ""
                : " (" + reasons.stream().map(Reason::ruleId).distinct().collect(Collectors.joining(", ")) + ")");

        // Actual running before the date, by day; 30 days before the plan too, in whole metres: the
        // plan's runs were sized in metres by the same 10% rules, so a week or a run the plan allowed
        // stays allowed.
        int before = Progression.SPIKE_WINDOW_DAYS;
        LocalDate windowStart = plan.startDate().minusDays(before);
        int[] actual = new int[before + total];
        int[] actualLongest = new int[before + total];
        for (Session s : sessions) {
            if (s instanceof Run && !s.date().isBefore(windowStart) && s.date().isBefore(date)) {
                Run run = (Run) s;
                int index = (int) (run.date().toEpochDay() - windowStart.toEpochDay());
                actual[index] += metres(run.distance());
                actualLongest[index] = Math.max(actualLongest[index], metres(run.distance()));
            }
        }

        List<Day> future = new ArrayList<>();
        List<List<Reason>> added = new ArrayList<>();
        for (int d = from; d < total; d++) {
            future.add(level == TriageLevel.GREEN ? first.get(d) : current.get(d));
            added.add(new ArrayList<>());
        }
        int raceIndex = total - 1 - from;
        int amberSwap = NONE;

        if (returnToRun != null) {
            // From the original plan: what a RED took out comes back, but only through the steps.
            for (int d = from; d < total; d++) {
                future.set(d - from, first.get(d));
            }
            ReturnToRunAdapter.adapt(plan, returnToRun, sessions, future, added, raceIndex);
        } else if (level == TriageLevel.AMBER) {
            amberSwap = amber(plan, future, added, raceIndex, unit, context);
        } else if (level == TriageLevel.RED) {
            red(future, added, raceIndex, context);
        }
        // Long-run share first: recap's weekly scaling is proportional and keeps it, and then
        // re-applies the progression limits to the weeks as they are after every cut.
        recheck(plan, future, added, from, context);
        recap(plan, future, added, from, actual, actualLongest, level, context);
        if (amberSwap != NONE) {
            keepAmberSwap(future, added, amberSwap, context);
        }

        // Reassemble: untouched past, adapted future, each changed day with its reasons.
        List<Week> weeks = new ArrayList<>(plan.weeks().size());
        for (Week week : plan.weeks()) {
            List<Day> days = new ArrayList<>(7);
            boolean changed = false;
            for (int k = 0; k < 7; k++) {
                int d = week.index() * 7 + k;
                if (d < from) {
                    days.add(week.days().get(k));
                    continue;
                }
                Day day = future.get(d - from);
                Day was = current.get(d);
                List<Reason> why2 = added.get(d - from);
                if (!sameSessions(day, was) && why2.isEmpty()) {
                    why2.add(generic(level, context));
                }
                // Every changed day has a reason by now, so a day with none is unchanged.
                if (!why2.isEmpty()) {
                    changed = true;
                    List<Reason> all = new ArrayList<>(day.reasons());
                    if (day.runs().isEmpty()) {
                        // The runs these reasons explained are gone; the adaptation's reasons say why.
                        all.removeIf(r -> RUN_REASONS.contains(r.ruleId()));
                    }
                    all.addAll(why2);
                    day = day.withReasons(all);
                }
                days.add(day);
            }
            List<Reason> weekReasons = week.reasons();
            if (changed) {
                weekReasons = new ArrayList<>(week.reasons());
                weekReasons.add(generic(level, context));
                if (!date.isBefore(week.start()) && date.isBefore(week.start().plusDays(7))) {
                    weekReasons.addAll(reasons);
                }
            }
            weeks.add(new Week(week.index(), week.phase(), week.start(), week.cutback(), weekReasons, days));
        }
        List<Reason> planReasons = new ArrayList<>(plan.reasons());
        planReasons.add(generic(level, context));
        return new Plan(plan.request(), unit, plan.assumedLongestRecentRun(), plan.paces(), weeks, planReasons);
    }

    /** Returns the index in {@code future} of the day it changed: the next run before the race, or {@link #NONE}. */
    private static int amber(Plan plan, List<Day> future, List<List<Reason>> added, int raceIndex, DistanceUnit unit, String context) {
        for (int i = 0; i < raceIndex; i++) {
            Day day = future.get(i);
            if (day.runs().isEmpty()) {
                continue;
            }
            boolean hard = day.isHard();
            if (hard) {
                future.set(i, day.withRuns(List.of()).withCross(Optional.of(CrossWorkout.of(SWAP_ACTIVITY, SWAP_CROSS))));
                added.get(i).add(PlanRule.ADAPT_AMBER.reason(context + ": " + describe(day.runs(), unit)
                        + " swapped for " + SWAP_CROSS.toMinutes() + " min of low-impact " + SWAP_ACTIVITY.id() + ", no intensity"));
            } else {
                List<PlannedRun> shorter = new ArrayList<>();
                for (PlannedRun run : day.runs()) {
                    int tenths = (int) Math.floor(tenths(run.distance(), unit) * AMBER_SHORT_RUN_FACTOR);
                    if (tenths > 0) {
                        shorter.add(PlannedRun.of(RunType.EASY, distance(tenths, unit), RunPaces.of(plan.paces()).rangeFor(RunType.EASY)));
                    }
                }
                future.set(i, day.withRuns(shorter));
                added.get(i).add(PlanRule.ADAPT_AMBER.reason(context + ": " + describe(day.runs(), unit)
                        + " shortened to " + describe(shorter, unit) + "; re-check in 24 h"));
            }
            return i;
        }
        return NONE;
    }

    /**
     * AMBER's next run is cross-training or a short easy run, never nothing: when the week's hold
     * left no room for the short run, the day gets the low-impact session instead.
     */
    private static void keepAmberSwap(List<Day> future, List<List<Reason>> added, int i, String context) {
        Day day = future.get(i);
        if (day.runs().isEmpty() && day.cross().isEmpty()) {
            future.set(i, day.withCross(Optional.of(CrossWorkout.of(SWAP_ACTIVITY, SWAP_CROSS))));
            added.get(i).add(PlanRule.ADAPT_AMBER.reason(context + ": the week's hold left no room for the short run; "
                    + SWAP_CROSS.toMinutes() + " min of low-impact " + SWAP_ACTIVITY.id() + " instead"));
        }
    }

    private static void red(List<Day> future, List<List<Reason>> added, int raceIndex, String context) {
        for (int i = 0; i < raceIndex; i++) {
            Day day = future.get(i);
            if (day.strength().isPresent()) {
                // The programme is heavy lower-body loading (squats, deadlifts, calf raises, split-squat
                // holds): with a red flag, a careful physical therapist pauses it with the running.
                day = day.withStrength(Optional.empty());
                future.set(i, day);
                added.get(i).add(PlanRule.ADAPT_RED.reason(context + ": strength paused until you are cleared "
                        + "(squats, calf raises and split-squat holds load the legs); gentle mobility stays"));
            }
            if (day.runs().isEmpty()) {
                continue;
            }
            if (day.isHard()) {
                future.set(i, day.withRuns(List.of()).withCross(Optional.of(CrossWorkout.of(SWAP_ACTIVITY, SWAP_CROSS))));
                added.get(i).add(PlanRule.ADAPT_RED.reason(context + ": no running until you are cleared; "
                        + SWAP_CROSS.toMinutes() + " min of pain-free " + SWAP_ACTIVITY.id() + " instead"));
            } else {
                future.set(i, day.withRuns(List.of()));
                added.get(i).add(PlanRule.ADAPT_RED.reason(context + ": no running until you are cleared; rest instead"));
            }
        }
        added.get(raceIndex).add(PlanRule.ADAPT_KEEP_TAPER.reason("race day kept: race only once a professional has cleared you"));
    }

    /**
     * Caps every future week and run by the progression rules, counting actual running before the
     * date and the adapted plan after it. Only ever shortens or removes runs.
     */
    private static void recap(Plan plan, List<Day> future, List<List<Reason>> added, int from, int[] actual, int[] actualLongest,
            TriageLevel level, String context) {
        DistanceUnit unit = plan.units();
        int before = Progression.SPIKE_WINDOW_DAYS;
        int total = from + future.size();
        int current = metres(plan.request().currentWeekly());
        int seed = metres(plan.assumedLongestRecentRun());
        int weeklyFloor = (int) Math.floor(REENTRY_WEEKLY_SHARE * current);
        int runFloor = (int) Math.floor(REENTRY_RUN_SHARE * seed);
        int checkInWeek = from / 7;
        int[] volume = actual.clone();
        int[] longest = actualLongest.clone();
        int weeks = total / 7;
        int[] weekVolume = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            int start = w * 7;
            int end = start + 7;
            if (w < checkInWeek) {
                for (int d = start; d < end; d++) {
                    weekVolume[w] += volume[before + d];
                }
                continue;
            }
            // Weekly cap: 110% of the largest of the three weeks before (stated volume before the plan), floor for re-entry.
            int largest = 0;
            for (int back = 1; back <= Progression.LOOKBACK_WEEKS; back++) {
                largest = Math.max(largest, w - back >= 0 ? weekVolume[w - back] : current);
            }
            int cap = Math.max(Progression.weeklyCapTenths(largest), weeklyFloor);
            boolean held = level == TriageLevel.AMBER && w == checkInWeek;
            if (held) {
                // AMBER holds this week's progression: no more than the largest of the three weeks before, no growth.
                cap = Math.min(cap, Math.max(largest, weeklyFloor));
            }
            int past = 0;
            int planned = 0;
            for (int d = start; d < end; d++) {
                if (d < from) {
                    past += volume[before + d];
                } else {
                    planned += trainingMetres(future.get(d - from));
                }
            }
            // Proportional: every run of the week keeps its share; a factor of 1 changes nothing.
            double factor = share(cap - past, planned);
            for (int d = Math.max(start, from); d < end; d++) {
                Day day = future.get(d - from);
                List<PlannedRun> runs = scaled(day.runs(), factor, unit);
                if (!runs.equals(day.runs())) {
                    future.set(d - from, day.withRuns(runs));
                    added.get(d - from).add((level == TriageLevel.GREEN ? PlanRule.ADAPT_REENTRY : PlanRule.WEEKLY_PROGRESSION)
                            .reason(context + ": week held to " + Distance.ofMetres(cap).format(unit) + ", "
                                    + (held ? "no more than the largest of the three weeks before"
                                    : "10% above the largest of the three weeks before (" + Distance.ofMetres(largest).format(unit)
                                    + ") counting what you actually ran")));
                }
            }
            // Single runs: 10% above the longest of the previous 30 days, actual before the date.
            for (int d = Math.max(start, from); d < end; d++) {
                Day day = future.get(d - from);
                // The 30 days before day d are longest[d .. before + d); while they reach back before
                // the plan, the assumed longest pre-plan run counts too.
                int window = Math.max(d < Progression.SPIKE_WINDOW_DAYS ? seed : 0,
                        Arrays.stream(longest, d, before + d).max().orElse(0));
                // Whole metres, positive: the re-entry floor is half the assumed longest run.
                int runCap = Math.max(Progression.runCapTenths(window), runFloor);
                List<PlannedRun> runs = new ArrayList<>(day.runs().size());
                boolean cut = false;
                for (PlannedRun run : day.runs()) {
                    if (run.type() != RunType.RACE && metres(run.distance()) > runCap) {
                        cut = true;
                        runs.add(run.withDistance(Distance.ofMetres(runCap)));
                    } else {
                        runs.add(run);
                    }
                }
                if (cut) {
                    future.set(d - from, day.withRuns(runs));
                    added.get(d - from).add((level == TriageLevel.GREEN ? PlanRule.ADAPT_REENTRY : PlanRule.SINGLE_RUN_SPIKE)
                            .reason(context + ": run shortened to " + Distance.ofMetres(runCap).format(unit)
                                    + ", 10% above your longest run of the previous 30 days (" + Distance.ofMetres(window).format(unit) + ")"));
                }
                Day now = future.get(d - from);
                int dayTotal = 0;
                int dayLongest = 0;
                for (PlannedRun run : now.runs()) {
                    if (run.type() != RunType.RACE) {
                        dayTotal += metres(run.distance());
                        dayLongest = Math.max(dayLongest, metres(run.distance()));
                    }
                }
                volume[before + d] = dayTotal;
                longest[before + d] = dayLongest;
            }
            for (int d = start; d < end; d++) {
                weekVolume[w] += volume[before + d];
            }
        }
    }

    /**
     * After adapting, the plan rules are checked again on every week from the date on: a long run
     * longer than its share of the adapted week allows is shortened to it (long-run share); a cutback
     * week that is no longer below the week before is said as a reason (the adapter only ever
     * shortens, so it cannot restore it). Progression and single-run spikes were already re-applied
     * by {@link #recap} after this check; the peak hold is not restored after a break: the progression
     * limits win.
     */
    private static void recheck(Plan plan, List<Day> future, List<List<Reason>> added, int from, String context) {
        DistanceUnit unit = plan.units();
        int total = from + future.size();
        int checkInWeek = from / 7;
        // Week 0 has no week before it to be below.
        int previous = Integer.MAX_VALUE;
        for (int w = 0; w * 7 < total; w++) {
            int start = w * 7;
            int end = Math.min(start + 7, total);
            int week = 0;
            for (int d = start; d < end; d++) {
                week += d < from ? tenths(plan.days().get(d).runDistance(), unit) : trainingTenths(future.get(d - from), unit);
            }
            if (w >= checkInWeek) {
                // Never below the shortest run: a long run that short is left as it is.
                int cap = Math.max(SHORTEST_RUN_TENTHS, LongRunLimits.longRunCapTenths(week, unit));
                // A week the adaptation left as built keeps its long run: the builder sized it from the
                // week's target, which its runs, each rounded, can miss by a tenth.
                boolean unchanged = true;
                for (int d = Math.max(start, from); d < end; d++) {
                    unchanged &= future.get(d - from).runs().equals(plan.days().get(d).runs());
                }
                for (int d = Math.max(start, from); d < end && !unchanged; d++) {
                    Day day = future.get(d - from);
                    List<PlannedRun> runs = new ArrayList<>(day.runs().size());
                    boolean cut = false;
                    for (PlannedRun run : day.runs()) {
                        if (run.type() == RunType.LONG && tenths(run.distance(), unit) > cap) {
                            runs.add(run.withDistance(distance(cap, unit)));
                            cut = true;
                        } else {
                            runs.add(run);
                        }
                    }
                    if (cut) {
                        future.set(d - from, day.withRuns(runs));
                        added.get(d - from).add(PlanRule.LONG_RUN_SHARE.reason(context + ": long run shortened to "
                                + format(cap, unit) + ", its share of the adapted week"));
                    }
                }
                Week planned = plan.weeks().get(w);
                int firstFuture = Math.max(start, from) - from;
                if (planned.cutback() && week >= previous && week > 0) {
                    added.get(firstFuture).add(PlanRule.CUTBACK.reason(context + ": this cutback week is no longer below "
                            + "the week before, which the adaptation already reduced"));
                }
            }
            previous = week;
        }
    }

    private static List<PlannedRun> scaled(List<PlannedRun> runs, double factor, DistanceUnit unit) {
        List<PlannedRun> out = new ArrayList<>(runs.size());
        for (PlannedRun run : runs) {
            if (run.type() == RunType.RACE) {
                out.add(run);
                continue;
            }
            int tenths = (int) Math.floor(tenths(run.distance(), unit) * factor + 1e-9);
            if (tenths > 0) {
                out.add(tenths == tenths(run.distance(), unit) ? run : run.withDistance(distance(tenths, unit)));
            }
        }
        return out;
    }

    /** The share of {@code planned} that fits in {@code room}, from 0 to 1; 1 when nothing is planned. */
    private static double share(int room, int planned) {
        return planned == 0 ? 1 : Math.min(1, Math.max(0, (double) room / planned));
    }

    private static boolean sameSessions(Day a, Day b) {
        return a.runs().equals(b.runs()) && a.cross().equals(b.cross()) && a.strength().equals(b.strength())
                && a.mobility().equals(b.mobility());
    }

    private static Reason generic(TriageLevel level, String context) {
        switch (level) {
            case RED:
                return PlanRule.ADAPT_RED.reason(context + ": runs replaced by rest or pain-free cross-training until a physical therapist or doctor clears you (record it with clear)");
            case AMBER:
                return PlanRule.ADAPT_AMBER.reason(context + ": next run eased and this week's volume held");
            default:
                return PlanRule.ADAPT_REENTRY.reason(context + ": back to the plan from the volume you actually ran; "
                        + "missed sessions are not made up");
        }
    }

    private static int trainingMetres(Day day) {
        return training(day, PlanAdapter::metres);
    }

    private static int trainingTenths(Day day, DistanceUnit unit) {
        return training(day, distance -> tenths(distance, unit));
    }

    /** The day's running but the race, each run measured by {@code measure} (rounded run by run). */
    private static int training(Day day, ToIntFunction<Distance> measure) {
        return day.runs().stream().filter(run -> run.type() != RunType.RACE).mapToInt(run -> measure.applyAsInt(run.distance())).sum();
    }

    private static String describe(List<PlannedRun> runs, DistanceUnit unit) {
        return runs.stream().map(r -> r.type().id() + " " + r.distance().format(unit)).collect(Collectors.joining(" + "));
    }

    private static int metres(Distance distance) {
        return (int) Math.round(distance.metres());
    }

    private static int tenths(Distance distance, DistanceUnit unit) {
        return (int) Math.round(distance.in(unit) * 10);
    }

    private static Distance distance(int tenths, DistanceUnit unit) {
        return Distance.ofMetres(tenths * unit.metres() / 10.0);
    }

    private static String format(int tenths, DistanceUnit unit) {
        return distance(tenths, unit).format(unit);
    }
}
