package dev.recovery.plans.plan;

import static dev.recovery.plans.plan.PlannedRunValidationTest.EASY;
import static dev.recovery.plans.plan.PlannedRunValidationTest.RELAXED;
import static dev.recovery.plans.plan.PlannedRunValidationTest.STEADY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutPart;
import dev.recovery.plans.workout.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run shortened or lengthened: the easy running (warm-up or easy main steps, never the cool-down)
 * takes the difference and the main set is kept, down to 1 km of easy running; below that, or past
 * a step's 50 km, the session gives way to an easy run of the new length.
 */
class PlannedRunDistanceTest {

    private static Step warmUp(int metres) {
        return Step.ofMetres(StepType.WARMUP, Zone.E, metres, EASY);
    }

    private static Step work(Zone zone, int metres) {
        return Step.ofMetres(StepType.WORK, zone, metres, zone == Zone.E ? EASY : STEADY);
    }

    /** 2 km warm-up, 5 km at T, 3 km cool-down: 10 km. */
    private static PlannedRun tempo() {
        return PlannedRun.of(Workout.of(WorkoutKind.TEMPO, warmUp(2_000), work(Zone.T, 5_000),
                Step.ofMetres(StepType.COOLDOWN, Zone.E, 3_000, RELAXED)));
    }

    private static List<Integer> stepMetres(PlannedRun run) {
        return run.workout().parts().stream().map(WorkoutPart::metres).toList();
    }

    private static PlannedRun single(RunType type, int metres) {
        return PlannedRun.of(type, Distance.ofMetres(metres), EASY);
    }

    @Test
    void shorteningATempoRunTakesItFromTheWarmUpNotTheCoolDown() {
        assertEquals(List.of(1_500, 5_000, 3_000), stepMetres(tempo().withDistance(Distance.ofMetres(9_500))));
    }

    @Test
    void lengtheningATempoRunAddsToTheWarmUp() {
        assertEquals(List.of(3_000, 5_000, 3_000), stepMetres(tempo().withDistance(Distance.ofMetres(11_000))));
    }

    @Test
    void aWarmUpOfExactlyOneKilometreKeepsTheSession() {
        PlannedRun run = tempo().withDistance(Distance.ofMetres(9_000));
        assertEquals(WorkoutKind.TEMPO, run.kind());
        assertEquals(List.of(1_000, 5_000, 3_000), stepMetres(run));
    }

    @Test
    void belowOneKilometreOfWarmUpTheRunBecomesAnEasyRun() {
        PlannedRun run = tempo().withDistance(Distance.ofMetres(8_999));
        assertEquals(WorkoutKind.EASY, run.kind());
        assertEquals(List.of(8_999), stepMetres(run));
    }

    @Test
    void theEasyRunInsteadIsAtTheSessionsEasyPace() {
        PlannedRun run = tempo().withDistance(Distance.ofMetres(8_999));
        assertEquals(EASY, run.pace());
        assertEquals(Zone.E, run.workout().steps().get(0).zone());
    }

    @Test
    void ofTwoEqualEasyStepsTheFirstTakesTheDifference() {
        PlannedRun run = PlannedRun.of(Workout.of(WorkoutKind.TEMPO, warmUp(2_000), work(Zone.T, 4_000), work(Zone.E, 2_000)));
        assertEquals(List.of(1_500, 4_000, 2_000), stepMetres(run.withDistance(Distance.ofMetres(7_500))));
    }

    @Test
    void theLongestEasyStepTakesTheDifferenceWhereverItIs() {
        PlannedRun run = PlannedRun.of(Workout.of(WorkoutKind.TEMPO, warmUp(3_000), work(Zone.T, 4_000), work(Zone.E, 1_500)));
        assertEquals(List.of(2_400, 4_000, 1_500), stepMetres(run.withDistance(Distance.ofMetres(7_900))));
    }

    @Test
    void aLaterLongerEasyStepTakesTheDifference() {
        PlannedRun run = PlannedRun.of(Workout.of(WorkoutKind.TEMPO, warmUp(1_500), work(Zone.T, 4_000), work(Zone.E, 3_000)));
        assertEquals(List.of(1_500, 4_000, 2_500), stepMetres(run.withDistance(Distance.ofMetres(8_000))));
    }

    @Test
    void aOneStepLongRunCanBeShortenedBelowOneKilometre() {
        PlannedRun run = single(RunType.LONG, 3_000).withDistance(Distance.ofMetres(500));
        assertEquals(WorkoutKind.LONG, run.kind());
        assertEquals(500, run.workout().metres());
    }

    @Test
    void aOneStepLongRunCanBeLengthenedToFiftyKilometres() {
        PlannedRun run = single(RunType.LONG, 30_000).withDistance(Distance.ofMetres(Step.MAX_METRES));
        assertEquals(WorkoutKind.LONG, run.kind());
        assertEquals(Step.MAX_METRES, run.workout().metres());
    }

    @Test
    void pastFiftyKilometresALongRunBecomesAnEasyRunOfFifty() {
        PlannedRun run = single(RunType.LONG, 30_000).withDistance(Distance.ofMetres(Step.MAX_METRES + 1));
        assertEquals(WorkoutKind.EASY, run.kind());
        assertEquals(Step.MAX_METRES, run.workout().metres());
    }

    @Test
    void aRecoveryRunThatCannotTakeTheDifferenceStaysARecoveryRun() {
        PlannedRun run = single(RunType.RECOVERY, 8_000).withDistance(Distance.ofMetres(Step.MAX_METRES + 1));
        assertEquals(WorkoutKind.RECOVERY, run.kind());
    }

    @Test
    void aOneStepTempoWithNoEasyRunningStaysATempoAtItsPace() {
        // Plans saved before runs were workouts hold a tempo as one step at tempo pace: it has no easy
        // pace, so calling it an easy run would send the runner out at tempo pace.
        PlannedRun run = PlannedRun.of(RunType.TEMPO, Distance.ofMetres(8_000), STEADY).withDistance(Distance.ofMetres(6_000));
        assertEquals(WorkoutKind.TEMPO, run.kind());
        assertEquals(List.of(6_000), stepMetres(run));
        assertEquals(STEADY, run.pace());
    }

    @Test
    void aOneStepTempoLengthenedPastFiftyKilometresStopsAtFifty() {
        PlannedRun run = PlannedRun.of(RunType.TEMPO, Distance.ofMetres(8_000), STEADY)
                .withDistance(Distance.ofMetres(Step.MAX_METRES + 1));
        assertEquals(WorkoutKind.TEMPO, run.kind());
        assertEquals(List.of(Step.MAX_METRES), stepMetres(run));
    }

    @Test
    void aRunWithAnEasyMainStepAndNoWarmUpShortensThatStep() {
        PlannedRun run = PlannedRun.of(Workout.of(WorkoutKind.EASY, work(Zone.E, 6_000),
                Step.ofMetres(StepType.STRIDES, Zone.R, 400, STEADY)));
        assertEquals(List.of(5_000, 400), stepMetres(run.withDistance(Distance.ofMetres(5_400))));
    }
}
