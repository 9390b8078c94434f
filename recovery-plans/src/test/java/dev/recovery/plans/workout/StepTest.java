package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Pace;
import org.junit.jupiter.api.Test;

class StepTest {

    private static final PaceRange FOUR_MINUTES_PER_KM = PaceRange.single(Pace.ofSecondsPerKm(240));
    private static final PaceRange EASY = PaceRange.of(Pace.ofSecondsPerKm(330), Pace.ofSecondsPerKm(345));

    @Test
    void aStepPlannedByDistanceEstimatesItsTimeAtItsPace() {
        Step step = Step.ofMetres(StepType.WORK, Zone.I, 1000, FOUR_MINUTES_PER_KM);
        assertEquals(240, step.seconds());
        assertEquals(Planned.DISTANCE, step.planned());
    }

    @Test
    void aStepPlannedByTimeEstimatesItsDistanceAtItsPace() {
        Step step = Step.ofSeconds(StepType.WORK, Zone.T, 1200, FOUR_MINUTES_PER_KM);
        assertEquals(5000, step.metres());
        assertEquals(Planned.DURATION, step.planned());
    }

    @Test
    void estimatesUseTheSlowEndOfAnEasyRange() {
        assertEquals(690, Step.ofMetres(StepType.WARMUP, Zone.E, 2000, EASY).seconds());
    }

    @Test
    void aWarmUpAtIntervalPaceIsRefusedNamingTheZone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Step.ofMetres(StepType.WARMUP, Zone.I, 2000, FOUR_MINUTES_PER_KM));
        assertTrue(e.getMessage().startsWith("zone: I is not allowed"), e.getMessage());
    }

    @Test
    void stridesOutsideZoneRAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Step.ofMetres(StepType.STRIDES, Zone.E, 100, EASY));
    }

    @Test
    void anEstimateThatDoesNotMatchThePaceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Step(StepType.WORK, Zone.I, 1000, 200, Planned.DISTANCE, FOUR_MINUTES_PER_KM));
        assertTrue(e.getMessage().startsWith("seconds: 200 is not allowed; expected 240"), e.getMessage());
    }

    @Test
    void aStepOfNoDistanceIsRefusedNamingMetres() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Step.ofMetres(StepType.WORK, Zone.E, 0, EASY));
        assertTrue(e.getMessage().startsWith("metres: 0 is not allowed"), e.getMessage());
    }

    @Test
    void aStepOverFiftyKilometresIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Step.ofMetres(StepType.WORK, Zone.E, Step.MAX_METRES + 1, EASY));
    }

    @Test
    void onlyWorkAtAQualityZoneIsQualityWork() {
        assertTrue(Step.ofMetres(StepType.WORK, Zone.M, 5000, FOUR_MINUTES_PER_KM).isQualityWork());
        assertTrue(!Step.ofMetres(StepType.WORK, Zone.E, 5000, EASY).isQualityWork());
        assertTrue(!Step.ofMetres(StepType.STRIDES, Zone.R, 100, FOUR_MINUTES_PER_KM).isQualityWork());
    }
}
