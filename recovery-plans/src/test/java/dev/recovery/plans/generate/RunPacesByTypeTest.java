package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.log.RunType;
import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.TrainingZone;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.plan.PlannedRun;
import org.junit.jupiter.api.Test;

/** Each run type is run in its Daniels zone (Daniels 2014): M for marathon pace and the race, T, I, else easy. */
class RunPacesByTypeTest {

    private static final TrainingPaces PACES = TrainingPaces.of(Vdot.of(50));
    private static final RunPaces RUN_PACES = RunPaces.of(PACES);

    @Test
    void theRaceIsRunAtMarathonPace() {
        assertEquals(PACES.pace(TrainingZone.MARATHON), RUN_PACES.rangeFor(RunType.RACE));
    }

    @Test
    void aTempoIsRunAtThresholdPace() {
        assertEquals(PACES.pace(TrainingZone.THRESHOLD), RUN_PACES.rangeFor(RunType.TEMPO));
    }

    @Test
    void intervalsAreRunAtIntervalPace() {
        assertEquals(PACES.pace(TrainingZone.INTERVAL), RUN_PACES.rangeFor(RunType.INTERVALS));
    }

    @Test
    void aLongRunIsRunEasy() {
        assertEquals(PACES.easy(), RUN_PACES.rangeFor(RunType.LONG));
    }

    @Test
    void aPlannedRunTakesItsTypesPaceAndItsExpectedDuration() {
        PlannedRun run = RUN_PACES.run(RunType.TEMPO, Distance.ofKm(8));
        assertEquals(RunType.TEMPO, run.type());
        assertEquals(run.expectedDuration(), RUN_PACES.durationOf(run));
    }
}
