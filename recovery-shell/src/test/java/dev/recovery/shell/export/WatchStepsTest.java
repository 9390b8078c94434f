package dev.recovery.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Pace;
import dev.recovery.importer.fit.FitIntensity;
import dev.recovery.importer.fit.FitRepeat;
import dev.recovery.importer.fit.FitSpeedTarget;
import dev.recovery.importer.fit.FitStepDuration;
import dev.recovery.importer.fit.FitWorkoutItem;
import dev.recovery.importer.fit.FitWorkoutStep;
import dev.recovery.plans.workout.Repeat;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchStepsTest {

    @Test
    void aSinglePaceIsRunAsABandOfFiveSecondsEitherSide() {
        // 4:15/km becomes 4:10-4:20/km: 1,000,000 / 260 and 1,000,000 / 250 mm/s.
        assertEquals(new FitSpeedTarget(3846, 4000), WatchSteps.target(PaceRange.single(Pace.ofSecondsPerKm(255))));
    }

    @Test
    void aRangeKeepsItsEnds() {
        // 5:30-5:45/km: the slow end gives the low speed.
        assertEquals(new FitSpeedTarget(2899, 3030), WatchSteps.target(WatchNamesTest.EASY));
    }

    @Test
    void aStepPlannedByDistanceLastsItsMetresInCentimetres() {
        Step bout = Step.ofMetres(StepType.WORK, Zone.I, 1000, WatchNamesTest.INTERVAL);
        assertEquals(new FitStepDuration(FitStepDuration.Type.DISTANCE, 100_000), WatchSteps.duration(bout));
    }

    @Test
    void aStepPlannedByTimeLastsItsSecondsInMilliseconds() {
        Step jog = Step.ofSeconds(StepType.RECOVERY, Zone.E, 180, WatchNamesTest.EASY);
        assertEquals(new FitStepDuration(FitStepDuration.Type.TIME, 180_000), WatchSteps.duration(jog));
    }

    @Test
    void eachStepTypeHasItsIntensity() {
        assertEquals(FitIntensity.WARM_UP, WatchSteps.intensity(StepType.WARMUP));
        assertEquals(FitIntensity.ACTIVE, WatchSteps.intensity(StepType.WORK));
        assertEquals(FitIntensity.ACTIVE, WatchSteps.intensity(StepType.STRIDES));
        assertEquals(FitIntensity.RECOVERY, WatchSteps.intensity(StepType.RECOVERY));
        assertEquals(FitIntensity.COOL_DOWN, WatchSteps.intensity(StepType.COOLDOWN));
    }

    @Test
    void anIntervalSessionKeepsItsOrderAndItsRepeat() {
        List<FitWorkoutItem> items = WatchSteps.of(WatchNamesTest.intervals());
        assertEquals(3, items.size());
        FitRepeat block = (FitRepeat) items.get(1);
        assertEquals(5, block.times());
        assertEquals(FitWorkoutStep.of(FitIntensity.ACTIVE, new FitStepDuration(FitStepDuration.Type.DISTANCE, 100_000),
                new FitSpeedTarget(3846, 4000)), block.steps().get(0));
        assertEquals(FitIntensity.COOL_DOWN, ((FitWorkoutStep) items.get(2)).intensity());
    }

    @Test
    void hillBoutsAreRunByEffortWithoutAPaceTarget() {
        Workout hills = Workout.of(WorkoutKind.HILLS, Step.ofMetres(StepType.WARMUP, Zone.E, 3000, WatchNamesTest.EASY),
                Repeat.of(8, Step.ofSeconds(StepType.WORK, Zone.R, 75, WatchNamesTest.REPETITION),
                        Step.ofSeconds(StepType.RECOVERY, Zone.E, 190, WatchNamesTest.EASY)),
                Step.ofSeconds(StepType.COOLDOWN, Zone.E, 600, WatchNamesTest.EASY));
        FitRepeat block = (FitRepeat) WatchSteps.of(hills).get(1);
        assertFalse(block.steps().get(0).target().isPresent());
        assertEquals(WatchSteps.HILL_BOUT_NAME, block.steps().get(0).name().orElseThrow());
        assertEquals(WatchSteps.HILL_JOG_NAME, block.steps().get(1).name().orElseThrow());
    }

    @Test
    void aStrideIsNamedSoItReadsApartFromTheMainSet() {
        Step stride = Step.ofMetres(StepType.STRIDES, Zone.R, 100, WatchNamesTest.REPETITION);
        assertEquals(WatchSteps.STRIDE_NAME, WatchSteps.step(stride, false).name().orElseThrow());
    }
}
