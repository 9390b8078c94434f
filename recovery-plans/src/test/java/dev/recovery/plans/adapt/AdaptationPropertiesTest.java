package dev.recovery.plans.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.PlanRequests;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.generate.PlanRule;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Adaptation (issue 5 item 5) checked on generated plans, check-in days, levels and completion histories. */
class AdaptationPropertiesTest {

    private static final int EXAMPLES = 60;
    /** Distances are kept to the millimetre: a limit holds when within half a millimetre of it. */
    private static final double EPSILON = 0.0005;
    static final Reason WHY = Reason.of("amber-test", "a generated check-in", Sources.POSTMA_CHUNG);

    /** A generated scenario: a plan, a check-in day, a level, what was actually run, and the adapted plan. */
    record Scenario(Plan plan, LocalDate date, TriageLevel level, List<Session> completed, Plan adapted) {
        int from() {
            return (int) (date.toEpochDay() - plan.startDate().toEpochDay());
        }
    }

    static Scenario scenario(long seed) {
        Random random = new Random(seed);
        Plan plan = PlanBuilder.build(PlanRequests.fromSeed(random.nextLong()), PlanRequests.TODAY);
        int days = plan.days().size();
        LocalDate date = plan.startDate().plusDays(random.nextInt(days - 1));
        TriageLevel level = TriageLevel.values()[random.nextInt(3)];
        List<Session> completed = completed(plan, date, random);
        return new Scenario(plan, date, level, completed, PlanAdapter.adapt(plan, date, level, List.of(WHY), completed));
    }

    /** Runs before {@code date}: each missed, shortened to 50-100%, or run as planned. */
    static List<Session> completed(Plan plan, LocalDate date, Random random) {
        List<Session> out = new ArrayList<>();
        int style = random.nextInt(3);
        for (Day day : plan.days()) {
            if (!day.date().isBefore(date)) {
                break;
            }
            for (PlannedRun run : day.runs()) {
                double factor = style == 0 ? 1.0 : random.nextInt(5) == 0 ? 0 : 0.5 + random.nextDouble() / 2;
                if (factor > 0) {
                    Distance distance = Distance.ofMetres(Math.max(100, run.distance().metres() * factor));
                    out.add(Run.of(day.date(), distance, Duration.ofSeconds(Math.round(distance.km() * 360)), run.type()));
                }
            }
        }
        return out;
    }

    private static void forEveryScenario(Consumer<Scenario> check) {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> check.accept(scenario(seed)));
    }

    @Test
    void daysBeforeTheCheckInAreUnchanged() {
        forEveryScenario(s -> {
            List<Day> before = s.plan().days();
            List<Day> after = s.adapted().days();
            for (int d = 0; d < s.from(); d++) {
                assertEquals(before.get(d), after.get(d));
            }
        });
    }

    @Test
    void missedSessionsAreNeverMadeUpByDoublingLaterDays() {
        forEveryScenario(s -> {
            List<Day> original = s.plan().days();
            List<Day> after = s.adapted().days();
            for (int d = s.from(); d < after.size(); d++) {
                assertTrue(after.get(d).runDistance().metres() <= original.get(d).runDistance().metres() + EPSILON,
                        "more running on " + after.get(d).date() + " than planned");
                assertTrue(after.get(d).runs().size() <= original.get(d).runs().size());
            }
            for (int w = 0; w < s.plan().weeks().size(); w++) {
                assertTrue(s.adapted().weeks().get(w).plannedVolume().metres()
                        <= s.plan().weeks().get(w).plannedVolume().metres() + EPSILON);
            }
        });
    }

    @Test
    void theTaperAndRaceDayAreKept() {
        forEveryScenario(s -> {
            for (int w = 0; w < s.plan().weeks().size(); w++) {
                assertEquals(s.plan().weeks().get(w).phase(), s.adapted().weeks().get(w).phase());
            }
            Day race = s.adapted().days().get(s.adapted().days().size() - 1);
            assertEquals(s.plan().raceDate(), race.date());
            assertEquals(1, race.runs().size());
            assertEquals(RunType.RACE, race.runs().get(0).type());
            assertEquals(Distance.MARATHON, race.runs().get(0).distance());
        });
    }

    @Test
    void redReplacesEveryRunBeforeTheRace() {
        forEveryScenario(s -> {
            if (s.level() != TriageLevel.RED) {
                return;
            }
            List<Day> after = s.adapted().days();
            for (int d = s.from(); d < after.size() - 1; d++) {
                assertTrue(after.get(d).runs().isEmpty(), "a run on " + after.get(d).date() + " after RED");
            }
        });
    }

    @Test
    void amberSwapsTheNextRunForCrossTrainingOrAShortEasyRun() {
        forEveryScenario(s -> {
            if (s.level() != TriageLevel.AMBER) {
                return;
            }
            List<Day> before = s.plan().days();
            List<Day> after = s.adapted().days();
            for (int d = s.from(); d < before.size() - 1; d++) {
                if (!before.get(d).runs().isEmpty()) {
                    Day swapped = after.get(d);
                    assertFalse(swapped.isHard(), "hard run kept after AMBER on " + swapped.date());
                    assertTrue(swapped.runDistance().metres() < before.get(d).runDistance().metres());
                    assertTrue(swapped.cross().isPresent() || !swapped.runs().isEmpty());
                    return;
                }
            }
        });
    }

    @Test
    void amberHoldsTheWeeksProgression() {
        forEveryScenario(s -> {
            if (s.level() != TriageLevel.AMBER) {
                return;
            }
            int week = s.from() / 7;
            double largest = largestOfThreeBefore(s, week);
            double floor = PlanAdapter.REENTRY_WEEKLY_SHARE * s.plan().request().currentWeekly().in(s.plan().units());
            assertTrue(volume(s, week) <= Math.max(Math.max(largest, floor), past(s, week)) + 0.05 * 7 + EPSILON,
                    "week " + week + " " + volume(s, week) + " above " + largest);
        });
    }

    @Test
    void everyWeekFromTheCheckInFollowsTheProgressionRuleOnActualVolume() {
        forEveryScenario(s -> {
            double floor = PlanAdapter.REENTRY_WEEKLY_SHARE * s.plan().request().currentWeekly().in(s.plan().units());
            for (int w = s.from() / 7; w < s.plan().weeks().size(); w++) {
                double cap = Math.max(Math.max(1.10 * largestOfThreeBefore(s, w), floor), past(s, w));
                assertTrue(volume(s, w) <= cap + 0.05 * 7 + EPSILON, "week " + w + ": " + volume(s, w) + " above " + cap);
            }
        });
    }

    @Test
    void everyRunFromTheCheckInFollowsTheSingleRunRuleOnActualRuns() {
        forEveryScenario(s -> {
            List<Day> after = s.adapted().days();
            double seed = s.plan().assumedLongestRecentRun().metres();
            double floor = PlanAdapter.REENTRY_RUN_SHARE * seed;
            for (int d = s.from(); d < after.size(); d++) {
                LocalDate date = after.get(d).date();
                double longest = d - 30 < 0 ? seed : 0;
                for (Session session : s.completed()) {
                    if (session instanceof Run run && run.date().isBefore(s.date()) && !run.date().isBefore(date.minusDays(30))) {
                        longest = Math.max(longest, run.distance().metres());
                    }
                }
                for (int back = Math.max(s.from(), d - 30); back < d; back++) {
                    for (PlannedRun run : after.get(back).runs()) {
                        longest = Math.max(longest, run.distance().metres());
                    }
                }
                double allowed = Math.max(1.10 * longest, floor) + 0.06 * s.plan().units().metres();
                for (PlannedRun run : after.get(d).runs()) {
                    if (run.type() != RunType.RACE) {
                        assertTrue(run.distance().metres() <= allowed, date + ": " + run + " above " + allowed);
                    }
                }
            }
        });
    }

    @Test
    void everyChangedDayCarriesItsReason() {
        forEveryScenario(s -> {
            List<Day> before = s.plan().days();
            List<Day> after = s.adapted().days();
            for (int d = s.from(); d < after.size(); d++) {
                Day was = before.get(d);
                Day now = after.get(d);
                boolean changed = !was.runs().equals(now.runs()) || !was.cross().equals(now.cross());
                if (changed) {
                    assertFalse(now.reasons().stream().allMatch(was.reasons()::contains), "no new reason for the change on " + now.date());
                    assertTrue(now.reasons().stream().anyMatch(r -> r.ruleId().startsWith("adapt-")
                            || r.ruleId().equals(PlanRule.WEEKLY_PROGRESSION.id()) || r.ruleId().equals(PlanRule.SINGLE_RUN_SPIKE.id())
                            || r.ruleId().equals(PlanRule.LONG_RUN_SHARE.id())));
                }
            }
        });
    }

    @Test
    void greenAfterRedBringsRunsBackWithinTheProgressionRules() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Plan plan = PlanBuilder.build(PlanRequests.fromSeed(random.nextLong()), PlanRequests.TODAY);
            int preTaper = (int) plan.weeks().stream().filter(w -> w.phase().compareTo(dev.recovery.core.recovery.TrainingPhase.PEAK) <= 0).count();
            LocalDate red = plan.startDate().plusDays(random.nextInt(7 * Math.max(1, preTaper - 3)));
            LocalDate green = red.plusDays(7 + random.nextInt(14));
            List<Session> completed = completed(plan, red, random);
            Plan held = PlanAdapter.adapt(plan, red, TriageLevel.RED, List.of(WHY), completed);
            Plan back = PlanAdapter.adapt(held, green, TriageLevel.GREEN, List.of(), completed);
            assertTrue(back.days().stream().filter(d -> !d.date().isBefore(green) && d.date().isBefore(back.raceDate()))
                    .anyMatch(d -> !d.runs().isEmpty()), "no running after GREEN");
            double floor = PlanAdapter.REENTRY_WEEKLY_SHARE * plan.request().currentWeekly().in(plan.units());
            int week = (int) ((green.toEpochDay() - plan.startDate().toEpochDay()) / 7);
            Scenario s = new Scenario(held, green, TriageLevel.GREEN, completed, back);
            double cap = Math.max(Math.max(1.10 * largestOfThreeBefore(s, week), floor), past(s, week));
            assertTrue(volume(s, week) <= cap + 0.05 * 7 + EPSILON, "re-entry week " + volume(s, week) + " above " + cap);
        });
    }

    /**
     * What was actually run in the week before the check-in. If that alone is over the cap, the
     * adaptation can only leave the rest of the week without running; the cap is then this.
     */
    static double past(Scenario s, int week) {
        double metres = 0;
        for (Session session : s.completed()) {
            long d = session.date().toEpochDay() - s.plan().startDate().toEpochDay();
            if (session instanceof Run run && d >= week * 7L && d < week * 7L + 7 && d < s.from()) {
                metres += run.distance().metres();
            }
        }
        return metres / s.plan().units().metres();
    }

    /** A week's volume: what was actually run before the check-in, the adapted plan from it on. */
    static double volume(Scenario s, int week) {
        double metres = 0;
        for (int k = 0; k < 7; k++) {
            int d = week * 7 + k;
            LocalDate date = s.plan().startDate().plusDays(d);
            if (d < s.from()) {
                for (Session session : s.completed()) {
                    if (session instanceof Run run && run.date().equals(date)) {
                        metres += run.distance().metres();
                    }
                }
            } else {
                for (PlannedRun run : s.adapted().days().get(d).runs()) {
                    if (run.type() != RunType.RACE) {
                        metres += run.distance().metres();
                    }
                }
            }
        }
        return metres / s.plan().units().metres();
    }

    static double largestOfThreeBefore(Scenario s, int week) {
        double largest = 0;
        for (int back = 1; back <= 3; back++) {
            largest = Math.max(largest, week - back >= 0 ? volume(s, week - back)
                    : s.plan().request().currentWeekly().in(s.plan().units()));
        }
        return largest;
    }
}
