package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Pace;
import org.junit.jupiter.api.Test;

class WorkoutTextTest {

    private static final PaceRange I = PaceRange.of(Pace.parse("4:10/km"), Pace.parse("4:20/km"));
    private static final PaceRange EASY = PaceRange.of(Pace.parse("5:30/km"), Pace.parse("5:45/km"));

    private static Workout intervals() {
        return Workout.of(WorkoutKind.INTERVALS,
                Step.ofMetres(StepType.WARMUP, Zone.E, 3000, EASY),
                Repeat.of(5, Step.ofMetres(StepType.WORK, Zone.I, 1000, I), Step.ofMetres(StepType.RECOVERY, Zone.E, 400, EASY)),
                Step.ofMetres(StepType.COOLDOWN, Zone.E, 2000, EASY));
    }

    @Test
    void intervalsReadAsWarmUpRepsAndCoolDownInKilometres() {
        assertEquals("3 km easy, 5 x 1000 m at I 4:10-4:20/km with 400 m jog, 2 km easy",
                WorkoutText.describe(intervals(), DistanceUnit.KM));
    }

    @Test
    void intervalsReadInMilesWithTrackDistancesInMetres() {
        assertEquals("1.9 mi easy, 5 x 1000 m at I 6:42-6:58/mi with 400 m jog, 1.2 mi easy",
                WorkoutText.describe(intervals(), DistanceUnit.MI));
    }

    @Test
    void aWarmUpAndTheEasyRunningAfterItReadAsOne() {
        Workout workout = Workout.of(WorkoutKind.TEMPO, Step.ofMetres(StepType.WARMUP, Zone.E, 3000, EASY),
                Step.ofMetres(StepType.WORK, Zone.E, 2500, EASY),
                Step.ofSeconds(StepType.WORK, Zone.T, 1200, PaceRange.single(Pace.parse("4:30/km"))),
                Step.ofMetres(StepType.COOLDOWN, Zone.E, 2000, EASY));
        assertEquals("5.5 km easy, 20 min at T 4:30/km, 2 km easy", WorkoutText.describe(workout, DistanceUnit.KM));
    }

    @Test
    void hillBoutsReadAsAnEffortUphillNotAPace() {
        Workout hills = WorkoutLibrary.build(WorkoutKind.HILLS,
                WorkoutRequests.at(50, 60_000, dev.recovery.core.recovery.TrainingPhase.BASE, 0, 10_000));
        String text = WorkoutText.describe(hills, DistanceUnit.KM);
        assertTrue(text.contains(", 6 x 45 s uphill at R effort with 2 min jog back down, "), text);
    }

    @Test
    void durationsReadInMinutesAndSeconds() {
        assertEquals("20 s", WorkoutText.duration(20));
        assertEquals("4 min", WorkoutText.duration(240));
        assertEquals("3 min 30 s", WorkoutText.duration(210));
    }

    @Test
    void shortDistancesReadInMetres() {
        assertEquals("400 m", WorkoutText.distance(400, DistanceUnit.MI, false));
        assertEquals("1.6 km", WorkoutText.distance(1609, DistanceUnit.KM, false));
        assertEquals("1 mi", WorkoutText.distance(1609, DistanceUnit.MI, false));
    }
}
