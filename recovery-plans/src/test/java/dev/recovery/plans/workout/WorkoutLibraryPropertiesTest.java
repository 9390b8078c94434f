package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.recovery.core.unit.DistanceUnit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every session of the library, built from generated requests, keeps its structure and its limits. */
class WorkoutLibraryPropertiesTest {

    private static final int EXAMPLES = 300;
    /** Whole-second rounding of an estimate. */
    private static final int ROUNDING_SECONDS = 1;
    private static final Set<WorkoutKind> QUALITY = EnumSet.of(WorkoutKind.HILLS, WorkoutKind.REPETITIONS, WorkoutKind.TEMPO,
            WorkoutKind.CRUISE_INTERVALS, WorkoutKind.INTERVALS, WorkoutKind.MARATHON_PACE, WorkoutKind.SHARPENER);
    /** Every quality session's structure fits in a run of this length, at every VDOT and week generated. */
    private static final int QUALITY_FITS_METRES = 10_000;

    private static final Pattern KM = Pattern.compile("\\d km\\b|/km");
    private static final Pattern MI = Pattern.compile("\\d mi\\b|/mi");

    private static void forEveryWorkout(BiConsumer<WorkoutRequest, Workout> check) {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            for (WorkoutKind kind : WorkoutKind.values()) {
                if (kind == WorkoutKind.RACE || kind == WorkoutKind.TUNE_UP) {
                    continue; // the race is not a training session: the limits do not apply to it
                }
                check.accept(request, WorkoutLibrary.build(kind, request));
            }
        });
    }

    @Test
    void stepsSumToTheWorkoutsDistanceAndDuration() {
        forEveryWorkout((request, workout) -> {
            int metres = 0;
            int seconds = 0;
            for (Step step : workout.steps()) {
                metres += step.metres();
                seconds += step.seconds();
            }
            assertEquals(metres, workout.metres(), workout::toString);
            assertEquals(seconds, workout.seconds(), workout::toString);
        });
    }

    @Test
    void jsonDistanceIsExactlyTheSumOfItsSteps() {
        forEveryWorkout((request, workout) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> item : WorkoutJson.steps(workout)) {
                sum = sum.add(jsonKm(item));
            }
            assertEquals(0, sum.compareTo(WorkoutJson.distanceKm(workout)), workout::toString);
        });
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal jsonKm(Map<String, Object> item) {
        if (item.containsKey(WorkoutJson.REPEAT)) {
            BigDecimal round = BigDecimal.ZERO;
            for (Map<String, Object> step : (List<Map<String, Object>>) item.get(WorkoutJson.STEPS)) {
                round = round.add(jsonKm(step));
            }
            return round.multiply(BigDecimal.valueOf((Integer) item.get(WorkoutJson.REPEAT)));
        }
        return (BigDecimal) item.get(WorkoutJson.DISTANCE_KM);
    }

    @Test
    void mainSetOfEverySessionIsWithinTheLimitsForItsWeek() {
        forEveryWorkout((request, workout) -> {
            for (Zone zone : List.of(Zone.M, Zone.T, Zone.I, Zone.R)) {
                int cap = IntensityLimits.maxMainSetMetres(zone, request.weekMetres());
                assertTrue(workout.mainSetMetres(zone) <= cap,
                        zone + " " + workout.mainSetMetres(zone) + " m over " + cap + " m in " + workout);
            }
        });
    }

    @Test
    void noIntervalBoutLastsOverFiveMinutesAtIntervalPace() {
        forEveryWorkout((request, workout) -> assertTrue(
                workout.longestBoutSeconds(Zone.I) <= IntensityLimits.INTERVAL_BOUT_MAX_SECONDS.whole(), workout::toString));
    }

    @Test
    void intervalJogsLastAboutAsLongAsTheirBouts() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            Workout workout = WorkoutLibrary.build(WorkoutKind.INTERVALS, request);
            for (WorkoutPart part : workout.parts()) {
                if (part instanceof Repeat repeat) {
                    int bout = repeat.steps().get(0).seconds();
                    int jog = repeat.steps().get(1).seconds();
                    assertTrue(Math.abs(jog - bout) <= IntervalWorkouts.JOG_ROUND_SECONDS, bout + " s bout, " + jog + " s jog");
                }
            }
        });
    }

    @Test
    void repetitionBoutsLastUnderTwoMinutesWithTwoToThreeTimesTheRecovery() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            for (WorkoutKind kind : List.of(WorkoutKind.REPETITIONS, WorkoutKind.HILLS)) {
                Workout workout = WorkoutLibrary.build(kind, request);
                assertTrue(workout.longestBoutSeconds(Zone.R) < IntensityLimits.REPETITION_BOUT_MAX_SECONDS.whole(), workout::toString);
                for (WorkoutPart part : workout.parts()) {
                    if (part instanceof Repeat repeat) {
                        double ratio = repeat.steps().get(1).seconds() / (double) repeat.steps().get(0).seconds();
                        assertTrue(ratio >= IntensityLimits.REPETITION_RECOVERY_MIN_RATIO.value()
                                && ratio <= IntensityLimits.REPETITION_RECOVERY_MAX_RATIO.value(), "ratio " + ratio + " in " + workout);
                    }
                }
            }
        });
    }

    @Test
    void longRunsStayWithinThreeHoursAtTheEasyPaceAndTheDistanceCap() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            for (WorkoutKind kind : List.of(WorkoutKind.LONG, WorkoutKind.LONG_WITH_MARATHON_PACE)) {
                Workout workout = WorkoutLibrary.build(kind, request);
                int atEasy = Step.secondsAt(workout.metres(), request.paces().easy());
                assertTrue(atEasy <= IntensityLimits.LONG_RUN_MAX_SECONDS.whole(), atEasy + " s at easy pace: " + workout);
                assertTrue(workout.metres() <= IntensityLimits.LONG_RUN_MAX_METRES.whole(), workout::toString);
            }
        });
    }

    @Test
    void marathonPaceOfALongRunIsInItsSecondHalf() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            Workout workout = WorkoutLibrary.build(WorkoutKind.LONG_WITH_MARATHON_PACE, request);
            int before = 0;
            for (Step step : workout.steps()) {
                if (step.zone() == Zone.M) {
                    assertTrue(2 * before >= workout.metres(), "M starts at " + before + " m of " + workout.metres());
                    return;
                }
                before += step.metres();
            }
        });
    }

    @Test
    void qualitySessionsWarmUpTwoToThreeKmAndCoolDownTenToFifteenMinutes() {
        forEveryWorkout((request, workout) -> {
            if (!QUALITY.contains(workout.kind())) {
                return;
            }
            Step first = (Step) workout.parts().get(0);
            Step last = (Step) workout.parts().get(workout.parts().size() - 1);
            assertEquals(StepType.WARMUP, first.type());
            assertTrue(first.metres() >= IntensityLimits.WARMUP_MIN_METRES.whole()
                    && first.metres() <= IntensityLimits.WARMUP_MAX_METRES.whole(), workout::toString);
            assertEquals(StepType.COOLDOWN, last.type());
            assertTrue(last.seconds() >= IntensityLimits.COOLDOWN_MIN_SECONDS.whole() - ROUNDING_SECONDS
                    && last.seconds() <= IntensityLimits.COOLDOWN_MAX_SECONDS.whole() + ROUNDING_SECONDS, workout::toString);
        });
    }

    @Test
    void qualitySessionsFillTheirTargetWhenTheStructureFits() {
        forEveryWorkout((request, workout) -> {
            if (QUALITY.contains(workout.kind()) && request.targetMetres() >= QUALITY_FITS_METRES) {
                assertEquals(request.targetMetres(), workout.metres(), workout::toString);
            }
        });
    }

    @Test
    void easyRunsAreTheirTargetExactly() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            for (WorkoutKind kind : List.of(WorkoutKind.EASY, WorkoutKind.RECOVERY)) {
                assertEquals(request.targetMetres(), WorkoutLibrary.build(kind, request).metres(), kind::toString);
            }
            Workout strides = WorkoutLibrary.build(WorkoutKind.STRIDES, request);
            int stridesMetres = strides.parts().get(1).metres();
            if (request.targetMetres() >= stridesMetres + EasyRuns.MIN_EASY_BEFORE_STRIDES_METRES) {
                assertEquals(request.targetMetres(), strides.metres(), strides::toString);
            }
        });
    }

    @Test
    void recoveryRunsAreAtTheSlowestEasyPace() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            for (Step step : WorkoutLibrary.build(WorkoutKind.RECOVERY, request).steps()) {
                assertEquals(request.paces().easy().slow(), step.pace().fast());
            }
        });
    }

    @Test
    void mediumLongRunsAreSixtyToSeventyFivePercentOfTheLongRun() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            int longRun = WorkoutLibrary.build(WorkoutKind.LONG, request.withTargetMetres(request.weekMetres() / 3)).metres();
            int medium = WorkoutLibrary.mediumLong(request, longRun).metres();
            assertTrue(medium >= 0.60 * longRun - 1 && medium <= 0.75 * longRun + 1, medium + " m for a " + longRun + " m long run");
        });
    }

    @Test
    void shakeOutsLastTwentyToThirtyMinutesBeforeTheirStrides() {
        qt().withExamples(EXAMPLES).forAll(WorkoutRequests.any()).checkAssert(request -> {
            Step run = (Step) WorkoutLibrary.build(WorkoutKind.SHAKEOUT, request).parts().get(0);
            assertTrue(run.seconds() >= IntensityLimits.SHAKEOUT_MIN_SECONDS.whole()
                    && run.seconds() <= IntensityLimits.SHAKEOUT_MAX_SECONDS.whole(), run::toString);
        });
    }

    @Test
    void everyWorkoutReadsInTheRunnersUnit() {
        forEveryWorkout((request, workout) -> {
            String miles = WorkoutText.describe(workout, DistanceUnit.MI);
            assertFalse(KM.matcher(miles).find(), miles);
            String km = WorkoutText.describe(workout, DistanceUnit.KM);
            assertFalse(MI.matcher(km).find(), km);
        });
    }
}
