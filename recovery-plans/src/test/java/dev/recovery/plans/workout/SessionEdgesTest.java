package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Pace;
import org.junit.jupiter.api.Test;

/** The limits shared by every session: the longest run, a step's estimate, distances in words. */
class SessionEdgesTest {

    private static final PaceRange EASY = PaceRange.of(Pace.ofSecondsPerKm(330), Pace.ofSecondsPerKm(345));

    @Test
    void aRunOfExactlyTheLongestDistanceIsAccepted() {
        Workout workout = Workout.of(WorkoutKind.LONG, Step.ofMetres(StepType.WORK, Zone.E, 30_000, EASY),
                Step.ofMetres(StepType.WORK, Zone.E, Workout.MAX_METRES - 30_000, EASY));
        assertEquals(Workout.MAX_METRES, workout.metres());
    }

    @Test
    void aRunOneMetrePastTheLongestDistanceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Workout.of(WorkoutKind.LONG,
                Step.ofMetres(StepType.WORK, Zone.E, 30_000, EASY),
                Step.ofMetres(StepType.WORK, Zone.E, Workout.MAX_METRES - 30_000 + 1, EASY)));
    }

    @Test
    void aTimedStepWithTheWrongDistanceIsRefusedNamingItsPlannedTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Step(StepType.WORK, Zone.E, 5, 600, Planned.DURATION, EASY));
        assertTrue(e.getMessage().contains("planned 600 s"), e.getMessage());
    }

    @Test
    void aMeasuredStepWithTheWrongTimeIsRefusedNamingItsPlannedDistance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Step(StepType.WORK, Zone.E, 1_000, 5, Planned.DISTANCE, EASY));
        assertTrue(e.getMessage().contains("planned 1000 m"), e.getMessage());
    }

    @Test
    void exactlyOneKilometreReadsInKilometres() {
        assertEquals("1 km", WorkoutText.distance(1_000, DistanceUnit.KM, false));
    }

    @Test
    void justUnderOneKilometreReadsInMetres() {
        assertEquals("999 m", WorkoutText.distance(999, DistanceUnit.KM, false));
    }
    @Test
    void aSessionWithFiveKilometresBeyondItsMainSetSplitsThemBetweenWarmUpAndCoolDown() {
        // At VDOT 50 a 20-min tempo covers 4,702 m; the target leaves 5,000 m around it.
        Workout tempo = ThresholdWorkouts.tempo(WorkoutRequests.at(50, 70_000, dev.recovery.core.recovery.TrainingPhase.BUILD, 0,
                4_702 + 5_000));
        assertEquals(2_500, tempo.steps().get(0).metres());
        assertEquals(2_500, tempo.steps().get(tempo.steps().size() - 1).metres());
    }

    @Test
    void aRunsDurationIsItsStepsSeconds() {
        Workout workout = Workout.of(WorkoutKind.EASY, Step.ofSeconds(StepType.WORK, Zone.E, 2_400, EASY));
        assertEquals(java.time.Duration.ofMinutes(40), workout.duration());
    }

    @Test
    void anEasyRunIsNotAHardDay() {
        assertEquals(false, Workout.of(WorkoutKind.EASY, Step.ofMetres(StepType.WORK, Zone.E, 8_000, EASY)).isHard());
    }

    @Test
    void aStepWithNewMetresKeepsItsPurposeAndPaceAndIsPlannedByDistance() {
        Step step = Step.ofSeconds(StepType.WORK, Zone.E, 600, EASY).withMetres(2_000);
        assertEquals(StepType.WORK, step.type());
        assertEquals(2_000, step.metres());
        assertEquals(Planned.DISTANCE, step.planned());
        assertEquals(EASY, step.pace());
    }
}
