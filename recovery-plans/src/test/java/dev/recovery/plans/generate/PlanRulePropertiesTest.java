package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.recovery.core.log.RunType;
import dev.recovery.core.pace.EasyPaceCheck;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Pace;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.PlanRequests;
import dev.recovery.plans.plan.Day;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.StrengthExercise;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.Zone;
import org.junit.jupiter.api.Test;

/** Every rule of issue 5 item 3, checked on plans built from generated valid requests. */
class PlanRulePropertiesTest {

    private static final int EXAMPLES = 100;
    /** Distances are kept to the millimetre: a limit holds when within half a millimetre of it. */
    private static final double EPSILON = 0.0005;

    private static void forEveryPlan(Consumer<Plan> check) {
        qt().withExamples(EXAMPLES).forAll(PlanRequests.valid()).checkAssert(request -> check.accept(
                PlanBuilder.build(request, PlanRequests.TODAY)));
    }

    private static double in(Distance distance, Plan plan) {
        return distance.in(plan.units());
    }

    @Test
    void everyValidRequestGivesAPlanEndingOnRaceDay() {
        qt().withExamples(EXAMPLES).forAll(PlanRequests.valid()).checkAssert(request -> {
            Plan plan = PlanBuilder.build(request, PlanRequests.TODAY);
            assertEquals(request.raceDate(), plan.raceDate());
            assertEquals(request.weeks(), plan.weeks().size());
        });
    }

    @Test
    void phasesComeInOrder() {
        forEveryPlan(plan -> {
            TrainingPhase previous = TrainingPhase.BASE;
            for (Week week : plan.weeks()) {
                assertTrue(week.phase().compareTo(previous) >= 0, "week " + week.index() + " " + week.phase() + " after " + previous);
                previous = week.phase();
            }
            assertEquals(TrainingPhase.BASE, plan.weeks().get(0).phase());
            assertEquals(TrainingPhase.RACE_WEEK, plan.weeks().get(plan.weeks().size() - 1).phase());
            Set<TrainingPhase> seen = EnumSet.noneOf(TrainingPhase.class);
            plan.weeks().forEach(w -> seen.add(w.phase()));
            // Every phase but deload: a cutback week keeps its phase and sets its cutback flag.
            assertEquals(EnumSet.complementOf(EnumSet.of(TrainingPhase.DELOAD)), seen);
        });
    }

    @Test
    void noWeekIsAboveTenPercentOverTheLargestOfTheThreeBefore() {
        forEveryPlan(plan -> {
            double current = in(plan.request().currentWeekly(), plan);
            List<Week> weeks = plan.weeks();
            for (int i = 0; i < weeks.size(); i++) {
                double max = 0;
                for (int back = 1; back <= 3; back++) {
                    max = Math.max(max, i - back >= 0 ? in(weeks.get(i - back).trainingVolume(), plan) : current);
                }
                assertTrue(in(weeks.get(i).trainingVolume(), plan) <= 1.10 * max + EPSILON,
                        "week " + i + ": " + weeks.get(i).trainingVolume() + " vs max " + max);
            }
        });
    }

    @Test
    void noRunIsMoreThanTenPercentLongerThanTheLongestOfThePrevious30Days() {
        forEveryPlan(plan -> {
            List<Day> days = plan.days();
            double seed = plan.assumedLongestRecentRun().metres();
            for (int d = 0; d < days.size(); d++) {
                double longest = d - 30 < 0 ? seed : 0;
                for (int back = Math.max(0, d - 30); back < d; back++) {
                    for (PlannedRun run : days.get(back).runs()) {
                        longest = Math.max(longest, run.distance().metres());
                    }
                }
                for (PlannedRun run : days.get(d).runs()) {
                    if (run.type() != RunType.RACE) {
                        assertTrue(run.distance().metres() <= 1.10 * longest + EPSILON,
                                days.get(d).date() + ": " + run + " vs longest " + longest);
                    }
                }
            }
        });
    }

    @Test
    void aCutbackComesEveryThirdOrFourthWeekBeforeTheTaperTwentyToThirtyPercentDown() {
        forEveryPlan(plan -> {
            List<Week> weeks = plan.weeks();
            int lastCutback = -1;
            for (Week week : weeks) {
                if (week.phase() == TrainingPhase.TAPER) {
                    int gap = week.index() - lastCutback;
                    assertTrue(gap == 3 || gap == 4, "taper starts " + gap + " weeks after the last cutback");
                    break;
                }
                if (week.cutback()) {
                    int gap = week.index() - lastCutback;
                    assertTrue(gap == 3 || gap == 4, "cutback week " + week.index() + " comes " + gap + " weeks after the last");
                    double before = in(weeks.get(week.index() - 1).trainingVolume(), plan);
                    double drop = 1 - in(week.trainingVolume(), plan) / before;
                    assertTrue(drop >= 0.20 - EPSILON && drop <= 0.30 + EPSILON, "cutback drop " + drop);
                    lastCutback = week.index();
                }
            }
            assertTrue(lastCutback > 0);
        });
    }

    @Test
    void thePeakIsHeldTwoToThreeWeeksWithinThreePercentOfTheRequest() {
        forEveryPlan(plan -> {
            double peak = in(plan.request().peakWeekly(), plan);
            long peakWeeks = plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.PEAK).count();
            assertTrue(peakWeeks >= 2 && peakWeeks <= 3);
            for (Week week : plan.weeks()) {
                double volume = in(week.trainingVolume(), plan);
                if (week.phase() == TrainingPhase.PEAK) {
                    assertTrue(Math.abs(volume - peak) <= 0.03 * peak + EPSILON, "peak week " + volume + " vs " + peak);
                } else {
                    assertTrue(volume < 0.97 * peak + EPSILON || peak * 0.97 <= in(plan.request().currentWeekly(), plan),
                            "week " + week.index() + " at " + volume + " looks like a peak week");
                }
                assertTrue(volume <= 1.03 * peak + EPSILON);
            }
        });
    }

    @Test
    void theLongRunIsCappedAbsolutelyAndAsAShareOfItsWeek() {
        forEveryPlan(plan -> {
            boolean km = plan.units() == DistanceUnit.KM;
            double cap = km ? 35 : 22;
            double threshold = km ? 64 : 40;
            for (Week week : plan.weeks()) {
                double volume = in(week.trainingVolume(), plan);
                double share = volume >= threshold ? 0.35 : 0.50;
                for (Day day : week.days()) {
                    for (PlannedRun run : day.runs()) {
                        if (run.type() != RunType.RACE) {
                            double distance = in(run.distance(), plan);
                            assertTrue(distance <= cap + EPSILON, run + " above the cap");
                            if (run.type() == RunType.LONG) {
                                assertTrue(distance <= share * volume + EPSILON, run + " above " + share + " of " + volume);
                            }
                        }
                    }
                }
            }
        });
    }

    @Test
    void theTaperCutsProgressivelyByFortyOneToSixtyPercentKeepingQualityAndRuns() {
        forEveryPlan(plan -> {
            List<Week> taper = plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.TAPER || w.phase() == TrainingPhase.RACE_WEEK).toList();
            assertTrue(taper.size() >= 2 && taper.size() <= 3, "taper of " + taper.size() + " weeks");
            double peak = plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.PEAK).mapToDouble(w -> in(w.trainingVolume(), plan))
                    .max().orElseThrow();
            double previous = peak;
            for (Week week : taper) {
                double volume = in(week.trainingVolume(), plan);
                assertTrue(volume < previous, "taper not progressive");
                previous = volume;
                assertTrue(week.runCount() >= Math.ceil(0.8 * plan.request().runsPerWeek()), "too few runs in the taper");
            }
            double cut = 1 - previous / peak;
            assertTrue(cut >= 0.41 - EPSILON && cut <= 0.60 + EPSILON, "final taper cut " + cut);
            long peakQuality = plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.PEAK).mapToLong(PlanRulePropertiesTest::quality)
                    .max().orElseThrow();
            plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.TAPER).forEach(w -> assertEquals(peakQuality, quality(w)));
        });
    }

    private static long quality(Week week) {
        return week.days().stream().flatMap(d -> d.runs().stream())
                .filter(r -> r.isHard() && r.type() != RunType.LONG && r.type() != RunType.RACE).count();
    }

    @Test
    void raceWeekIsLightWithTheMarathonOnTheLastDay() {
        forEveryPlan(plan -> {
            Week race = plan.weeks().get(plan.weeks().size() - 1);
            Day last = race.days().get(6);
            assertEquals(plan.request().raceDate(), last.date());
            assertEquals(1, last.runs().size());
            assertEquals(RunType.RACE, last.runs().get(0).type());
            assertEquals(42_195, last.runs().get(0).distance().metres(), EPSILON);
            assertTrue(race.days().get(5).runs().size() <= 1, "a double day before the race: " + race.days().get(5));
            Week before = plan.weeks().get(plan.weeks().size() - 2);
            assertTrue(race.trainingVolume().metres() < before.trainingVolume().metres());
            race.days().forEach(d -> d.runs().stream().filter(r -> r.type() != RunType.RACE)
                    .forEach(r -> assertFalse(r.isHard(), "hard run in race week: " + r)));
        });
    }

    @Test
    void hardDaysAreNeverBackToBack() {
        forEveryPlan(plan -> {
            List<Day> days = plan.days();
            for (int d = 1; d < days.size(); d++) {
                assertFalse(days.get(d).isHard() && days.get(d - 1).isHard(), "hard days on " + days.get(d - 1).date()
                        + " and " + days.get(d).date());
            }
        });
    }

    @Test
    void everyWeekHasARestDayAndCrossTraining() {
        forEveryPlan(plan -> plan.weeks().forEach(week -> {
            assertTrue(week.days().stream().anyMatch(Day::isRest), "no rest day in week " + week.index());
            assertTrue(week.days().stream().anyMatch(d -> d.cross().isPresent()), "no cross-training in week " + week.index());
        }));
    }

    @Test
    void everyWeekHasYogaOrMobility() {
        forEveryPlan(plan -> plan.weeks().forEach(week ->
                assertTrue(week.days().stream().anyMatch(d -> d.mobility().isPresent()), "no mobility in week " + week.index())));
    }

    @Test
    void everyWeekHasTheRequestedNumberOfRuns() {
        forEveryPlan(plan -> plan.weeks().forEach(week ->
                assertEquals(plan.request().runsPerWeek(), week.runCount(), "runs in week " + week.index())));
    }

    @Test
    void strengthIsTwiceAWeekThroughBaseBuildAndPeakWithTheListedExercises() {
        forEveryPlan(plan -> {
            for (Week week : plan.weeks()) {
                if (week.phase().compareTo(TrainingPhase.PEAK) <= 0) {
                    List<Day> strength = week.days().stream().filter(d -> d.strength().isPresent()).toList();
                    assertEquals(2, strength.size(), "strength sessions in week " + week.index());
                    strength.forEach(d -> {
                        assertFalse(d.strength().get().light());
                        Set<StrengthExercise> listed = EnumSet.noneOf(StrengthExercise.class);
                        d.strength().get().exercises().forEach(e -> listed.add(e.exercise()));
                        assertEquals(EnumSet.allOf(StrengthExercise.class), listed);
                    });
                }
            }
        });
    }

    @Test
    void theBulgarianSplitSquatHoldBuildsFromTwentySecondsToTwoMinutes() {
        forEveryPlan(plan -> {
            List<Integer> holds = plan.weeks().stream().filter(w -> w.phase().compareTo(TrainingPhase.PEAK) <= 0)
                    .map(w -> w.days().stream().filter(d -> d.strength().isPresent()).findFirst().orElseThrow()
                            .strength().get().bulgarianHoldSeconds()).toList();
            assertEquals(20, holds.get(0));
            assertEquals(120, holds.get(holds.size() - 1));
            for (int i = 1; i < holds.size(); i++) {
                assertTrue(holds.get(i) >= holds.get(i - 1));
            }
        });
    }

    @Test
    void strengthIsNeverOnTheLongRunDayOrTheDayBeforeAndComesAfterTheRun() {
        forEveryPlan(plan -> {
            List<Day> days = plan.days();
            for (int d = 0; d < days.size(); d++) {
                Day day = days.get(d);
                if (day.strength().isEmpty()) {
                    continue;
                }
                assertFalse(day.runs().stream().anyMatch(r -> r.type() == RunType.LONG), "strength on the long run " + day.date());
                if (d + 1 < days.size()) {
                    assertFalse(days.get(d + 1).runs().stream().anyMatch(r -> r.type() == RunType.LONG),
                            "strength the day before the long run " + day.date());
                }
                if (!day.runs().isEmpty()) {
                    assertTrue(day.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.STRENGTH_TIMING.id())),
                            "strength on a run day without the after-the-run note " + day.date());
                }
            }
        });
    }

    @Test
    void strengthIsLighterInTheTaperAndAbsentInTheLastFiveDays() {
        forEveryPlan(plan -> {
            for (Day day : plan.days()) {
                long daysToRace = plan.raceDate().toEpochDay() - day.date().toEpochDay();
                if (daysToRace <= 5) {
                    assertTrue(day.strength().isEmpty(), "strength " + daysToRace + " days before the race");
                }
            }
            plan.weeks().stream().filter(w -> w.phase().compareTo(TrainingPhase.TAPER) >= 0)
                    .forEach(w -> w.days().forEach(d -> d.strength().ifPresent(s -> assertTrue(s.light()))));
        });
    }

    @Test
    void easyPacesAreAtLeastNinetySecondsPerMileSlowerThanMarathonPace() {
        forEveryPlan(plan -> {
            Pace fastestEasy = EasyPaceCheck.of(plan.paces().marathon()).fastestEasyPace();
            double marathonPerMile = plan.paces().marathon().secondsPerMile();
            for (Day day : plan.days()) {
                for (PlannedRun run : day.runs()) {
                    for (Step step : run.workout().steps()) {
                        if (step.zone() == Zone.E) {
                            assertFalse(step.pace().fast().isFasterThan(fastestEasy), run + " faster than " + fastestEasy);
                            assertTrue(step.pace().fast().secondsPerMile() >= marathonPerMile + 90 - 1e-6);
                        }
                    }
                }
            }
        });
    }

    @Test
    void everyStepHasThePaceRangeOfItsZone() {
        forEveryPlan(plan -> plan.days().forEach(day -> day.runs().forEach(run -> run.workout().steps().forEach(step -> {
            switch (step.zone()) {
                case M -> assertEquals(plan.paces().marathon(), step.pace().fast());
                case T -> assertEquals(plan.paces().threshold(), step.pace().fast());
                case I -> assertEquals(plan.paces().interval(), step.pace().fast());
                case R -> assertEquals(plan.paces().repetition(), step.pace().fast());
                case E -> assertTrue(step.pace().equals(plan.paces().easy())
                        || step.pace().fast().equals(plan.paces().easy().slow()), run.toString());
            }
        }))));
    }

    @Test
    void restDaysAreFullRest() {
        forEveryPlan(plan -> {
            int rest = (int) plan.days().stream().filter(Day::isRest).count();
            assertTrue(rest >= plan.weeks().size());
        });
    }

    static PlanRequest any() {
        return PlanRequests.fromSeed(1);
    }
}
