package dev.recovery.plans.workout;

import static dev.recovery.core.recovery.TrainingPhase.BASE;
import static dev.recovery.core.recovery.TrainingPhase.BUILD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Pace;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a workout is described in (kinds, limits, parts) and the easy and long runs' small edges. */
class WorkoutVocabularyTest {

    private static final PaceRange EASY = PaceRange.of(Pace.ofSecondsPerKm(330), Pace.ofSecondsPerKm(345));

    @Test
    void everyRunTypeHasTheWorkoutKindOfTheSameName() {
        for (RunType type : RunType.values()) {
            WorkoutKind kind = WorkoutKind.of(type);
            assertEquals(type.name(), kind.name());
            assertEquals(type, kind.runType());
        }
    }

    @Test
    void aKindReadsBackFromItsId() {
        for (WorkoutKind kind : WorkoutKind.values()) {
            assertEquals(kind, WorkoutKind.parse(kind.id()));
        }
    }

    @Test
    void anEasyRunIsLabelledAnEasyRun() {
        assertEquals("easy run", WorkoutKind.EASY.label());
    }

    @Test
    void aStepsDistanceAndDurationAreItsMetresAndSeconds() {
        WorkoutPart step = Step.ofSeconds(StepType.WORK, Zone.E, 600, EASY);
        assertEquals(Distance.ofMetres(step.metres()), step.distance());
        assertEquals(Duration.ofSeconds(600), step.duration());
    }

    @Test
    void aRequestInDistancesIsTheRequestInWholeMetres() {
        TrainingPaces paces = TrainingPaces.of(Vdot.of(50));
        WorkoutRequest request = WorkoutRequest.of(paces, Distance.ofKm(60), BUILD, 1, Distance.ofKm(12));
        assertEquals(new WorkoutRequest(paces, 60_000, BUILD, 1, 12_000), request);
    }

    @Test
    void aWeekOfNoDistanceHasNoMainSetCap() {
        String message = assertThrows(IllegalArgumentException.class, () -> IntensityLimits.maxMainSetMetres(Zone.T, 0)).getMessage();
        assertTrue(message.contains("week"), message);
    }

    @Test
    void aLimitWithoutAUnitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkoutLimit("x-limit", -1, null, "A limit.", IntensityLimits.THRESHOLD_SHARE.source()));
    }

    @Test
    void wholeKilometresAreWrittenWithoutDecimals() {
        assertEquals(new BigDecimal("10"), WorkoutJson.km(10_000));
        assertEquals(new BigDecimal("0.4"), WorkoutJson.km(400));
    }

    @Test
    void theThirdBaseWeekAddsAStride() {
        List<Step> strides = EasyRuns.strides(WorkoutRequests.at(50, 60_000, BASE, 2, 10_000)).steps().stream()
                .filter(s -> s.type() == StepType.STRIDES).toList();
        assertEquals(7, strides.size());
    }

    @Test
    void theFifthBaseWeekHasTheMostStrides() {
        List<Step> strides = EasyRuns.strides(WorkoutRequests.at(50, 60_000, BASE, 4, 10_000)).steps().stream()
                .filter(s -> s.type() == StepType.STRIDES).toList();
        assertEquals(8, strides.size());
    }

    @Test
    void aSecondWeekLongRunsMarathonSegmentGrowsUntilHalfTheRunLessTheCoolDownHoldsIt() {
        // VDOT 70: 13 km plus 3 km a week, held at 15.3 km by half the 35-km run less the cool-down.
        Workout workout = LongRuns.withMarathonPace(WorkoutRequests.at(70, 120_000, BUILD, 1, 40_000));
        assertEquals(15_300, workout.mainSetMetres(Zone.M));
    }

    @Test
    void aThirdWeekLongRunsMarathonSegmentStaysHeldByHalfTheRun() {
        Workout workout = LongRuns.withMarathonPace(WorkoutRequests.at(70, 120_000, BUILD, 2, 40_000));
        assertEquals(15_300, workout.mainSetMetres(Zone.M));
    }

    @Test
    void aMarathonSegmentOfExactlyOneKilometreIsKept() {
        // 20% of the least week, 5,000 m, caps the segment at 1,000 m, the least main set.
        Workout workout = LongRuns.withMarathonPace(WorkoutRequests.at(50, 5_000, BUILD, 0, 16_000));
        assertEquals(WorkoutKind.LONG_WITH_MARATHON_PACE, workout.kind());
        assertEquals(1_000, workout.mainSetMetres(Zone.M));
    }

    @Test
    void aFastRunnersMediumLongRunIsThreeQuartersOfTheLongRunCap() {
        // At VDOT 60 the long run is capped at 35 km; 75% of it is 26,250 m exactly.
        Workout workout = LongRuns.mediumLongWithinCap(WorkoutRequests.at(60, 120_000, BUILD, 0, 40_000));
        assertEquals(26_250, workout.metres());
    }
}
