package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Pace;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutTest {

    private static final PaceRange I = PaceRange.single(Pace.ofSecondsPerKm(240));
    private static final PaceRange R = PaceRange.single(Pace.ofSecondsPerKm(220));
    private static final PaceRange EASY = PaceRange.of(Pace.ofSecondsPerKm(330), Pace.ofSecondsPerKm(345));

    private static Workout intervals() {
        return Workout.of(WorkoutKind.INTERVALS,
                Step.ofMetres(StepType.WARMUP, Zone.E, 3000, EASY),
                Repeat.of(5, Step.ofMetres(StepType.WORK, Zone.I, 1000, I), Step.ofSeconds(StepType.RECOVERY, Zone.E, 240, EASY)),
                Step.ofMetres(StepType.COOLDOWN, Zone.E, 2000, EASY));
    }

    @Test
    void distanceIsTheSumOfItsStepsWithEveryRoundOfARepeat() {
        int jog = Step.metresIn(240, EASY);
        assertEquals(3000 + 5 * (1000 + jog) + 2000, intervals().metres());
    }

    @Test
    void durationIsTheSumOfItsSteps() {
        assertEquals(1035 + 5 * (240 + 240) + 690, intervals().seconds());
    }

    @Test
    void stepsExpandEveryRound() {
        assertEquals(2 + 5 * 2, intervals().steps().size());
    }

    @Test
    void mainSetCountsWorkInTheZoneOnly() {
        assertEquals(5000, intervals().mainSetMetres(Zone.I));
        assertEquals(0, intervals().mainSetMetres(Zone.T));
    }

    @Test
    void stridesAreNotMainSetWork() {
        Workout strides = Workout.of(WorkoutKind.STRIDES, Step.ofMetres(StepType.WORK, Zone.E, 8000, EASY),
                Repeat.of(6, Step.ofMetres(StepType.STRIDES, Zone.R, 100, R), Step.ofSeconds(StepType.RECOVERY, Zone.E, 60, EASY)));
        assertEquals(0, strides.mainSetMetres(Zone.R));
    }

    @Test
    void longestBoutIsTheLongestWorkStepInTheZone() {
        assertEquals(240, intervals().longestBoutSeconds(Zone.I));
    }

    @Test
    void aWorkoutWithoutStepsIsRefusedNamingSteps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Workout(WorkoutKind.EASY, List.of()));
        assertTrue(e.getMessage().startsWith("steps: none is not allowed"), e.getMessage());
    }

    @Test
    void aRunOverSixtyKilometresIsRefused() {
        Step long30 = Step.ofMetres(StepType.WORK, Zone.E, 30_000, EASY);
        assertThrows(IllegalArgumentException.class, () -> Workout.of(WorkoutKind.LONG, long30, long30, Step.ofMetres(StepType.WORK, Zone.E, 1, EASY)));
    }

    @Test
    void aRepeatOfOneRoundIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Repeat.of(1, Step.ofMetres(StepType.WORK, Zone.I, 1000, I)));
        assertTrue(e.getMessage().startsWith("repeat: 1 is not allowed"), e.getMessage());
    }

    @Test
    void theLongRunAndQualitySessionsAreHardDaysAndEasyRunsAreNot() {
        assertTrue(intervals().isHard());
        assertTrue(WorkoutKind.LONG.isHard());
        assertTrue(!WorkoutKind.RECOVERY.isHard() && !WorkoutKind.MEDIUM_LONG.isHard() && !WorkoutKind.SHARPENER.isHard());
    }
}
