package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.PlanRequests;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Exercise;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.workout.IntensityLimits;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.WorkoutJson;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutText;
import dev.recovery.plans.workout.Zone;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The structured sessions of whole plans, built from generated valid requests (issue 13's properties). */
class PlanWorkoutPropertiesTest {

    private static final int EXAMPLES = 100;
    private static final List<Zone> QUALITY = List.of(Zone.M, Zone.T, Zone.I, Zone.R);

    private static void forEveryPlan(Consumer<Plan> check) {
        qt().withExamples(EXAMPLES).forAll(PlanRequests.valid()).checkAssert(request -> check.accept(
                PlanBuilder.build(request, PlanRequests.TODAY)));
    }

    @Test
    void everyRunsDistanceIsTheSumOfItsStepsAndSoIsItsJson() {
        forEveryPlan(plan -> plan.days().forEach(day -> day.runs().forEach(run -> {
            int metres = 0;
            for (Step step : run.workout().steps()) {
                metres += step.metres();
            }
            assertEquals(metres, run.distance().metres(), 1e-9, run.toString());
            assertEquals(WorkoutJson.distanceKm(run.workout()), sumKm(WorkoutJson.steps(run.workout())), run.toString());
        })));
    }

    @Test
    void everyMainSetIsWithinDanielsLimitsForItsWeek() {
        forEveryPlan(plan -> plan.weeks().forEach(week -> {
            int weekMetres = Math.max(5_000, (int) Math.round(week.trainingVolume().metres()));
            for (Day day : week.days()) {
                for (PlannedRun run : day.runs()) {
                    if (run.kind() == WorkoutKind.RACE || run.kind() == WorkoutKind.TUNE_UP) {
                        continue;
                    }
                    for (Zone zone : QUALITY) {
                        int cap = IntensityLimits.maxMainSetMetres(zone, weekMetres);
                        // The library sizes from the week's target; the week as built may differ by the metres rounding leaves.
                        assertTrue(run.workout().mainSetMetres(zone) <= cap + 100, zone + " over " + cap + " m in week " + (week.index() + 1)
                                + ": " + WorkoutText.describe(run.workout(), DistanceUnit.KM));
                    }
                }
            }
        }));
    }

    @Test
    void noIntervalBoutIsOverFiveMinutesAtIntervalPace() {
        forEveryPlan(plan -> plan.days().forEach(day -> day.runs().forEach(run ->
                assertTrue(run.workout().longestBoutSeconds(Zone.I) <= 5 * 60, run.toString()))));
    }

    @Test
    void noRunIsLongerThanAboutThreeHoursAtTheRunnersEasyPace() {
        forEveryPlan(plan -> {
            int cap = IntensityLimits.longRunMaxMetres(plan.paces().easy());
            plan.days().forEach(day -> day.runs().stream().filter(run -> run.kind() != WorkoutKind.RACE).forEach(run ->
                    assertTrue(run.distance().metres() <= cap, run.distance() + " over the " + cap + " m time cap")));
        });
    }

    @Test
    void hardDaysAreNeverBackToBackAcrossWeekBoundaries() {
        forEveryPlan(plan -> {
            List<Day> days = plan.days();
            for (int d = 1; d < days.size(); d++) {
                assertFalse(days.get(d).isHard() && days.get(d - 1).isHard(), days.get(d - 1).date() + " and " + days.get(d).date());
            }
        });
    }

    @Test
    void theWeekBackFromACutbackAndTheFirstBuildWeekCarryOneQualitySession() {
        forEveryPlan(plan -> {
            List<Week> weeks = plan.weeks();
            boolean firstBuild = true;
            for (int w = 1; w < weeks.size(); w++) {
                Week week = weeks.get(w);
                boolean first = week.phase() == TrainingPhase.BUILD && !week.cutback() && firstBuild;
                if (week.phase() == TrainingPhase.BUILD && !week.cutback()) {
                    firstBuild = false;
                }
                if (weeks.get(w - 1).cutback() || first) {
                    assertTrue(quality(week) <= 1, "week " + (w + 1) + " has " + quality(week) + " quality sessions");
                }
            }
        });
    }

    @Test
    void raceWeekHasAShortMarathonPaceSharpenerAndTheDayBeforeIsRestOrOneShakeOutNeverADoubleDay() {
        forEveryPlan(plan -> {
            Week race = plan.weeks().get(plan.weeks().size() - 1);
            Day before = race.days().get(5);
            assertTrue(before.runs().size() <= 1, "a double day before the race: " + before);
            assertTrue(before.runs().isEmpty() || before.runs().stream().allMatch(r -> r.kind() == WorkoutKind.SHAKEOUT), before.toString());
            before.runs().forEach(r -> assertTrue(r.workout().seconds() >= 20 * 60 && r.workout().seconds() <= 32 * 60));
            for (int d = 0; d < 6; d++) {
                for (PlannedRun run : race.days().get(d).runs()) {
                    if (run.kind() == WorkoutKind.SHARPENER) {
                        assertTrue(d >= 1 && d <= 3, "sharpener " + (6 - d) + " days out");
                        assertTrue(run.workout().mainSetMetres(Zone.M) <= 3_000);
                    }
                }
            }
        });
    }

    @Test
    void strengthVolumeNeverRisesInPeakTaperOrRaceWeeks() {
        forEveryPlan(plan -> {
            List<Week> weeks = plan.weeks();
            for (int w = 1; w < weeks.size(); w++) {
                if (weeks.get(w).phase().compareTo(TrainingPhase.PEAK) >= 0 && weeks.get(w).phase() != TrainingPhase.DELOAD) {
                    assertTrue(strengthVolume(weeks.get(w)) <= strengthVolume(weeks.get(w - 1)), "strength rises in week " + (w + 1));
                }
            }
        });
    }

    @Test
    void strengthRampsInOverTheFirstWeeks() {
        forEveryPlan(plan -> {
            int first = sets(plan.weeks().get(0));
            int second = sets(plan.weeks().get(1));
            assertTrue(first < second || second == 0, "sets " + first + " then " + second);
        });
    }

    @Test
    void yogaIsNeverOnTheWeeksHardestDay() {
        forEveryPlan(plan -> plan.weeks().forEach(week -> week.days().forEach(day -> {
            if (day.mobility().isPresent()) {
                assertFalse(day.runs().stream().anyMatch(r -> r.kind() == WorkoutKind.LONG || r.kind() == WorkoutKind.LONG_WITH_MARATHON_PACE),
                        "yoga on the long-run day " + day.date());
            }
        })));
    }

    private static long quality(Week week) {
        return week.days().stream().flatMap(d -> d.runs().stream())
                .filter(r -> r.isHard() && r.kind() != WorkoutKind.LONG && r.kind() != WorkoutKind.LONG_WITH_MARATHON_PACE
                        && r.kind() != WorkoutKind.RACE).count();
    }

    private static int strengthVolume(Week week) {
        int total = 0;
        for (Day day : week.days()) {
            if (day.strength().isPresent()) {
                for (Exercise exercise : day.strength().get().exercises()) {
                    total += exercise.sets() * (exercise.reps() > 0 ? exercise.reps() : exercise.holdSeconds());
                }
            }
        }
        return total;
    }

    private static int sets(Week week) {
        return week.days().stream().filter(d -> d.strength().isPresent()).mapToInt(d -> d.strength().get().exercises().get(0).sets())
                .max().orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal sumKm(List<Map<String, Object>> steps) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> item : steps) {
            if (item.containsKey(WorkoutJson.REPEAT)) {
                total = total.add(sumKm((List<Map<String, Object>>) item.get(WorkoutJson.STEPS))
                        .multiply(BigDecimal.valueOf((Integer) item.get(WorkoutJson.REPEAT))));
            } else {
                total = total.add((BigDecimal) item.get(WorkoutJson.DISTANCE_KM));
            }
        }
        BigDecimal stripped = total.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
