package dev.recovery.plans.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recovery.core.log.RunType;
import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Pace;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.Zone;
import org.junit.jupiter.api.Test;

/** A planned run refuses a distance that rounds to nothing, naming the field, and derives its pace from its steps. */
class PlannedRunValidationTest {

    static final PaceRange EASY = PaceRange.of(Pace.ofSecondsPerKm(330), Pace.ofSecondsPerKm(360));
    static final PaceRange STEADY = PaceRange.of(Pace.ofSecondsPerKm(310), Pace.ofSecondsPerKm(320));
    static final PaceRange RELAXED = PaceRange.of(Pace.ofSecondsPerKm(370), Pace.ofSecondsPerKm(390));

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void aRunOfHalfAMetreRoundsToOneMetre() {
        assertEquals(1, PlannedRun.of(RunType.EASY, Distance.ofMetres(0.5), EASY).workout().metres());
    }

    @Test
    void aRunRoundingToNoMetresIsRefusedNamingTheDistance() {
        Distance tiny = Distance.ofMetres(0.4);
        assertEquals("distance: " + tiny + " is not allowed; expected more than 0",
                message(() -> PlannedRun.of(RunType.EASY, tiny, EASY)));
    }

    @Test
    void aRunOfNoDistanceIsRefusedNamingTheDistance() {
        assertEquals("distance: " + Distance.ZERO + " is not allowed; expected more than 0",
                message(() -> PlannedRun.of(RunType.TEMPO, Distance.ZERO, EASY)));
    }

    @Test
    void shorteningToADistanceRoundingToNoMetresIsRefusedNamingTheDistance() {
        PlannedRun run = PlannedRun.of(RunType.EASY, Distance.ofMetres(5_000), EASY);
        Distance tiny = Distance.ofMetres(0.4);
        assertEquals("distance: " + tiny + " is not allowed; expected more than 0", message(() -> run.withDistance(tiny)));
    }

    @Test
    void shorteningToHalfAMetreLeavesOneMetre() {
        PlannedRun run = PlannedRun.of(RunType.EASY, Distance.ofMetres(5_000), EASY);
        assertEquals(1, run.withDistance(Distance.ofMetres(0.5)).workout().metres());
    }

    @Test
    void theSameDistanceGivesTheSameRun() {
        PlannedRun run = PlannedRun.of(RunType.TEMPO, Distance.ofMetres(8_000), STEADY);
        assertEquals(run, run.withDistance(Distance.ofMetres(8_000)));
    }

    @Test
    void anAllEasyRunTakesThePaceOfItsFirstMainStepNotItsWarmUp() {
        PlannedRun run = PlannedRun.of(Workout.of(WorkoutKind.EASY, Step.ofMetres(StepType.WARMUP, Zone.E, 1_000, RELAXED),
                Step.ofMetres(StepType.WORK, Zone.E, 4_000, EASY), Step.ofMetres(StepType.WORK, Zone.E, 3_000, STEADY)));
        assertEquals(EASY, run.pace());
    }

    @Test
    void aRunWithAQualityMainSetTakesItsPace() {
        PlannedRun run = PlannedRun.of(Workout.of(WorkoutKind.TEMPO, Step.ofMetres(StepType.WARMUP, Zone.E, 2_000, EASY),
                Step.ofMetres(StepType.WORK, Zone.T, 5_000, STEADY)));
        assertEquals(STEADY, run.pace());
    }

    @Test
    void aRunWithoutAMainStepTakesThePaceOfItsFirstStep() {
        PlannedRun run = PlannedRun.of(Workout.of(WorkoutKind.RECOVERY, Step.ofMetres(StepType.WARMUP, Zone.E, 2_000, RELAXED),
                Step.ofMetres(StepType.COOLDOWN, Zone.E, 2_000, EASY)));
        assertEquals(RELAXED, run.pace());
    }

    @Test
    void aPlannedRunNeedsAWorkout() {
        assertEquals("workout: nothing is not allowed; expected a workout", message(() -> PlannedRun.of((Workout) null)));
    }
}
