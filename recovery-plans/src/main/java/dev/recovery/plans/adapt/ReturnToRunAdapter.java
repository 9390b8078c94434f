package dev.recovery.plans.adapt;

import dev.recovery.core.episode.Episode;
import dev.recovery.core.episode.EpisodeStatus;
import dev.recovery.core.episode.ReturnToRun;
import dev.recovery.core.episode.ReturnToRunDay;
import dev.recovery.core.episode.ReturnToRunPlanRules;
import dev.recovery.core.episode.ReturnToRunStep;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.generate.PlanRule;
import dev.recovery.plans.generate.Progression;
import dev.recovery.plans.generate.RunPaces;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan during the graded return to run (Warden, Davis &amp; Fredericson 2014; Bolthouse et al.),
 * with the limits of {@link ReturnToRun#PLAN_RULES}:
 * <ul>
 *   <li>the walk-run steps left, one on alternate days, each as one easy session of its running
 *       minutes (the walking in between is said in the reason); no other runs, and the lower-body
 *       strength programme paused, while they last;</li>
 *   <li>then continuous easy running only, for
 *       {@link ReturnToRunPlanRules#continuousEasyDaysBeforeIntensity()} days: every run easy, none
 *       longer than the last continuous step;</li>
 *   <li>weekly volume from about half the pre-injury weekly volume (the runner's actual running in
 *       the four weeks before the episode opened, else the stated current volume), then at most
 *       10% more a week, never more than the plan gave;</li>
 *   <li>quality sessions return last: one a week in the first week after.</li>
 * </ul>
 * Only ever shortens or removes runs; cross-training and mobility stay; the race day stays.
 */
final class ReturnToRunAdapter {

    /** The four weeks before the episode opened that stand for the pre-injury volume. */
    static final int PRE_INJURY_DAYS = 28;
    /** Days in a week. */
    private static final int WEEK_DAYS = 7;
    /** The pre-injury window in weeks, for its weekly average. */
    private static final int PRE_INJURY_WEEKS = PRE_INJURY_DAYS / WEEK_DAYS;
    /** A whole: 100%, for the percentages worked out in integers. */
    private static final int WHOLE_PERCENT = 100;
    /** Millimetres in a metre: distances are kept in millimetres, the weekly caps in whole metres. */
    private static final long MILLIMETRES_PER_METRE = 1_000;
    /**
     * A held run is rounded down to whole 100 m (a product choice: a distance a runner can follow,
     * and rounding down keeps the week within its cap).
     */
    static final int ROUND_DOWN_METRES = 100;

    private ReturnToRunAdapter() {
    }

    /**
     * True if the readiness puts the runner in the return to run: a cleared region or one on the steps,
     * or 7 or more days without running.
     *
     * @param readiness the day's readiness
     * @return whether to adapt by the return to run
     */
    static boolean applies(Readiness readiness) {
        return readiness.returnToRun().isPresent() || readiness.ruleIds().contains(ReturnToRun.AFTER_BREAK.id());
    }

    /**
     * Changes {@code future} (the plan's days from {@code from} on) for the return to run.
     *
     * @param plan      the plan
     * @param readiness the day's readiness, in the return to run
     * @param completed what the runner ran
     * @param future    the days from the readiness's day on, changed in place
     * @param added     the reasons added per future day
     * @param raceIndex the race day's place in {@code future}
     */
    static void adapt(Plan plan, Readiness readiness, List<? extends Session> completed, List<Day> future,
            List<List<Reason>> added, int raceIndex) {
        ReturnToRunPlanRules limits = ReturnToRun.PLAN_RULES;
        DistanceUnit unit = plan.units();
        LocalDate date = readiness.date();
        Optional<ReturnToRunDay> today = readiness.returnToRun();
        int step = today.map(ReturnToRunDay::step).orElse(0);
        LocalDate firstStepDay = today.flatMap(ReturnToRunDay::nextRunOn)
                .orElse(today.map(t -> t.runToday() ? date : date.plusDays(1)).orElse(date.plusDays(1)));
        List<ReturnToRunStep> left = ReturnToRun.STEPS.subList(Math.max(step, 1) - 1, ReturnToRun.STEPS.size());
        PaceRange easy = RunPaces.of(plan.paces()).rangeFor(RunType.EASY);
        // Steps on alternate days; the last step's day ends the walk-run part.
        LocalDate stepsEnd = firstStepDay.plusDays((long) ReturnToRun.STEP_GAP_DAYS * (left.size() - 1));
        LocalDate easyEnd = stepsEnd.plusDays(limits.continuousEasyDaysBeforeIntensity());
        ReturnToRunStep last = ReturnToRun.STEPS.get(ReturnToRun.STEPS.size() - 1);
        Distance longestEasy = distanceFor(last.totalMinutes(), easy);
        String context = "Return to run from " + date;

        int qualityWeek = -1;
        int qualityLeft = 0;
        for (int i = 0; i < raceIndex; i++) {
            Day day = future.get(i);
            LocalDate d = day.date();
            if (!d.isAfter(stepsEnd)) {
                long sinceFirst = ChronoUnit.DAYS.between(firstStepDay, d);
                boolean stepDay = sinceFirst >= 0 && sinceFirst % ReturnToRun.STEP_GAP_DAYS == 0;
                Day changed = day.withRuns(List.of());
                if (day.strength().isPresent()) {
                    changed = changed.withStrength(Optional.empty());
                }
                if (stepDay) {
                    ReturnToRunStep s = left.get((int) (sinceFirst / ReturnToRun.STEP_GAP_DAYS));
                    changed = changed.withRuns(List.of(PlannedRun.of(RunType.EASY, distanceFor(s.runMinutes() * s.repeats(), easy),
                            easy)));
                    added.get(i).add(PlanRule.ADAPT_RETURN_TO_RUN.reason(context + ": step " + s.number() + " of "
                            + ReturnToRun.stepCount() + ", " + s.describe() + "; progress only if it stays at "
                            + ReturnToRun.STEP_MAX_PAIN + "/10 or less during and the next morning"
                            + (s.number() == 1 && step == 0 ? ", after the entry questions pass pain-free" : "")));
                } else if (!sameRunsAndStrength(day, changed)) {
                    added.get(i).add(PlanRule.ADAPT_RETURN_TO_RUN.reason(context + ": no run today (the steps are on "
                            + "alternate days); walk or cross-train pain-free"));
                }
                future.set(i, changed);
            } else if (d.isBefore(easyEnd)) {
                List<PlannedRun> runs = new ArrayList<>();
                for (PlannedRun run : day.runs()) {
                    runs.add(PlannedRun.of(RunType.EASY, atMost(run.distance(), longestEasy), easy));
                }
                if (!runs.equals(day.runs())) {
                    future.set(i, day.withRuns(runs));
                    added.get(i).add(PlanRule.ADAPT_RETURN_TO_RUN.reason(context + ": continuous easy running only until "
                            + easyEnd + " (" + limits.continuousEasyDaysBeforeIntensity() + " days), no intensity and no long "
                            + "run; at most " + longestEasy.format(unit)));
                }
            } else {
                int week = (int) (ChronoUnit.DAYS.between(easyEnd, d) / WEEK_DAYS);
                if (week == 0) {
                    if (qualityWeek != week) {
                        qualityWeek = week;
                        qualityLeft = limits.firstQualitySessionsPerWeek();
                    }
                    if (day.isHard()) {
                        if (qualityLeft > 0) {
                            qualityLeft--;
                        } else {
                            List<PlannedRun> runs = new ArrayList<>();
                            for (PlannedRun run : day.runs()) {
                                runs.add(run.isHard() ? PlannedRun.of(RunType.EASY, atMost(run.distance(), longestEasy), easy) : run);
                            }
                            future.set(i, day.withRuns(runs));
                            added.get(i).add(PlanRule.ADAPT_RETURN_TO_RUN.reason(context + ": quality sessions return last, "
                                    + limits.firstQualitySessionsPerWeek() + " in the first week; this one is easy"));
                        }
                    }
                }
            }
        }
        capWeeks(plan, injuryStart(readiness).orElse(date), completed, future, added, raceIndex, limits, context);
    }

    /**
     * Weekly volume from about half the pre-injury volume, then at most 10% more a week (counted by
     * calendar week of the plan), never more than the plan gave. Worked out in whole metres, so a
     * week planned exactly at its cap is kept as planned and one a metre over is held.
     */
    private static void capWeeks(Plan plan, LocalDate before, List<? extends Session> completed, List<Day> future,
            List<List<Reason>> added, int raceIndex, ReturnToRunPlanRules limits, String context) {
        DistanceUnit unit = plan.units();
        int startPercent = (int) Math.round(limits.startingVolumeFraction() * WHOLE_PERCENT);
        int cap = (int) (preInjuryWeeklyMetres(plan, before, completed) * startPercent / WHOLE_PERCENT);
        int i = 0;
        // Each week ends where the next one starts or at the race day, so the weeks end exactly on it.
        while (i != raceIndex) {
            // Plan days are consecutive, so a plan week ends where the next one starts.
            int end = i;
            int planned = 0;
            do {
                planned += runMetres(future.get(end));
                end++;
            } while (end < raceIndex && future.get(end).date().getDayOfWeek() != plan.startDate().getDayOfWeek());
            if (planned > cap) {
                for (int k = i; k < end; k++) {
                    Day day = future.get(k);
                    List<PlannedRun> runs = new ArrayList<>();
                    for (PlannedRun run : day.runs()) {
                        int metres = held(run.workout().metres(), cap, planned);
                        if (metres > 0) {
                            runs.add(run.withDistance(Distance.ofMetres(metres)));
                        }
                    }
                    if (!runs.equals(day.runs())) {
                        future.set(k, day.withRuns(runs));
                        added.get(k).add(PlanRule.ADAPT_RETURN_TO_RUN.reason(context + ": week held to "
                                + Distance.ofMetres(cap).format(unit) + ", from about half your weekly volume before, "
                                + "then at most 10% more a week"));
                    }
                }
            }
            cap = Progression.weeklyCapTenths(cap);
            i = end;
        }
    }

    /**
     * A run of {@code metres} in a week planned at {@code planned} metres held to {@code cap}: its
     * share of the cap, rounded down to {@value #ROUND_DOWN_METRES} m.
     */
    static int held(int metres, int cap, int planned) {
        long share = (long) metres * cap / planned;
        return (int) (share / ROUND_DOWN_METRES * ROUND_DOWN_METRES);
    }

    /**
     * The weekly volume before the sore spot or the break, in whole metres (rounded down): the runs
     * logged in the four weeks before the earliest open episode in the return to run opened (before
     * the readiness's day for a break), else the runner's stated current weekly volume.
     */
    static long preInjuryWeeklyMetres(Plan plan, LocalDate before, List<? extends Session> completed) {
        long millimetres = 0;
        for (Run run : runs(completed)) {
            long back = ChronoUnit.DAYS.between(run.date(), before);
            if (back > 0 && back <= PRE_INJURY_DAYS) {
                millimetres += run.distance().millimetres();
            }
        }
        long total = millimetres > 0 ? millimetres / PRE_INJURY_WEEKS : plan.request().currentWeekly().millimetres();
        return total / MILLIMETRES_PER_METRE;
    }

    private static List<Run> runs(List<? extends Session> sessions) {
        List<Run> out = new ArrayList<>();
        for (Session s : sessions) {
            if (s instanceof Run run) {
                out.add(run);
            }
        }
        return out;
    }

    /** The earliest day an open episode in the return to run opened, for the pre-injury window. */
    static Optional<LocalDate> injuryStart(Readiness readiness) {
        return readiness.episodes().flatMap(e -> e.open().stream()
                .filter(x -> x.status() == EpisodeStatus.CLEARED || x.status() == EpisodeStatus.RETURN_TO_RUN)
                .map(Episode::opened).min(LocalDate::compareTo));
    }

    private static int runMetres(Day day) {
        int sum = 0;
        for (PlannedRun run : day.runs()) {
            if (run.type() != RunType.RACE) {
                sum += run.workout().metres();
            }
        }
        return sum;
    }

    /** The shorter of {@code distance} and {@code most}. */
    private static Distance atMost(Distance distance, Distance most) {
        return new Distance(Math.min(distance.millimetres(), most.millimetres()));
    }

    private static Distance distanceFor(int minutes, PaceRange pace) {
        return Distance.ofMetres(Math.floor(minutes * pace.slow().metresPerMinute() / 100) * 100);
    }

    private static boolean sameRunsAndStrength(Day a, Day b) {
        return a.runs().equals(b.runs()) && a.strength().equals(b.strength());
    }
}
