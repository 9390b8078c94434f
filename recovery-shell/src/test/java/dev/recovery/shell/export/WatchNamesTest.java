package dev.recovery.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Pace;
import dev.recovery.plans.workout.Repeat;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.Zone;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WatchNamesTest {

    static final PaceRange EASY = PaceRange.of(Pace.ofSecondsPerKm(330), Pace.ofSecondsPerKm(345));
    static final PaceRange MARATHON = PaceRange.single(Pace.ofSecondsPerKm(298));
    static final PaceRange THRESHOLD = PaceRange.single(Pace.ofSecondsPerKm(280));
    static final PaceRange INTERVAL = PaceRange.single(Pace.ofSecondsPerKm(255));
    static final PaceRange REPETITION = PaceRange.single(Pace.ofSecondsPerKm(240));
    private static final LocalDate SUNDAY = LocalDate.of(2027, 3, 14);

    static Workout intervals() {
        return Workout.of(WorkoutKind.INTERVALS, Step.ofMetres(StepType.WARMUP, Zone.E, 3000, EASY),
                Repeat.of(5, Step.ofMetres(StepType.WORK, Zone.I, 1000, INTERVAL), Step.ofSeconds(StepType.RECOVERY, Zone.E, 180, EASY)),
                Step.ofSeconds(StepType.COOLDOWN, Zone.E, 600, EASY));
    }

    @Test
    void anIntervalSessionIsNamedByItsBouts() {
        assertEquals("5 x 1000 m I", WatchNames.watchName(intervals(), DistanceUnit.KM));
    }

    @Test
    void repsStayInMetresForAMilesRunner() {
        assertEquals("5 x 1000 m I", WatchNames.watchName(intervals(), DistanceUnit.MI));
    }

    @Test
    void aLongRunIsNamedByItsDistanceInTheRunnersUnit() {
        Workout run = Workout.of(WorkoutKind.LONG, Step.ofMetres(StepType.WORK, Zone.E, 32_187, EASY));
        assertEquals("Long run 32.2 km", WatchNames.watchName(run, DistanceUnit.KM));
        assertEquals("Long run 20 mi", WatchNames.watchName(run, DistanceUnit.MI));
    }

    @Test
    void aTempoIsNamedByItsTime() {
        Workout tempo = Workout.of(WorkoutKind.TEMPO, Step.ofMetres(StepType.WARMUP, Zone.E, 3000, EASY),
                Step.ofSeconds(StepType.WORK, Zone.T, 1200, THRESHOLD), Step.ofSeconds(StepType.COOLDOWN, Zone.E, 600, EASY));
        assertEquals("Tempo 20 min", WatchNames.watchName(tempo, DistanceUnit.KM));
    }

    @Test
    void aLongRunWithMarathonPaceNamesBoth() {
        Workout run = Workout.of(WorkoutKind.LONG_WITH_MARATHON_PACE, Step.ofMetres(StepType.WORK, Zone.E, 12_000, EASY),
                Step.ofMetres(StepType.WORK, Zone.M, 16_000, MARATHON), Step.ofMetres(StepType.COOLDOWN, Zone.E, 2000, EASY));
        assertEquals("Long 30 km 16 MP", WatchNames.watchName(run, DistanceUnit.KM));
    }

    @Test
    void aLongRunWithMarathonPaceTooLongToNameInTenthsIsNamedInWholeUnits() {
        Workout run = Workout.of(WorkoutKind.LONG_WITH_MARATHON_PACE, Step.ofMetres(StepType.WORK, Zone.E, 14_000, EASY),
                Step.ofMetres(StepType.WORK, Zone.M, 16_000, MARATHON), Step.ofSeconds(StepType.COOLDOWN, Zone.E, 600, EASY));
        assertEquals("Long 32 km 16 MP", WatchNames.watchName(run, DistanceUnit.KM));
    }

    @Test
    void aSharpenerNamesItsMarathonPaceSegment() {
        Workout run = Workout.of(WorkoutKind.SHARPENER, Step.ofMetres(StepType.WARMUP, Zone.E, 2000, EASY),
                Step.ofMetres(StepType.WORK, Zone.M, 3000, MARATHON), Step.ofSeconds(StepType.COOLDOWN, Zone.E, 600, EASY));
        assertEquals("Sharpen 3 km MP", WatchNames.watchName(run, DistanceUnit.KM));
        assertEquals("Sharpener", WatchNames.watchName(run, DistanceUnit.MI));
    }

    @Test
    void stridesAreCounted() {
        Workout run = Workout.of(WorkoutKind.STRIDES, Step.ofMetres(StepType.WORK, Zone.E, 8000, EASY),
                Repeat.of(6, Step.ofMetres(StepType.STRIDES, Zone.R, 100, REPETITION), Step.ofSeconds(StepType.RECOVERY, Zone.E, 60, EASY)));
        assertEquals("Easy + 6 strides", WatchNames.watchName(run, DistanceUnit.KM));
    }

    @Test
    void aNameNeverPassesTheWatchsLength() {
        Workout run = Workout.of(WorkoutKind.MEDIUM_LONG, Step.ofMetres(StepType.WORK, Zone.E, 19_950, EASY));
        String name = WatchNames.watchName(run, DistanceUnit.MI);
        assertEquals("Med-long 12.4 mi", name);
        assertEquals(WatchNames.MAX_CHARACTERS, name.length());
    }

    @Test
    void aFileIsNamedByDateAndRole() {
        assertEquals("2027-03-14-long-run.fit", WatchNames.fileName(SUNDAY, WorkoutKind.LONG, Set.of()));
        assertEquals("2027-03-14-intervals.fit", WatchNames.fileName(SUNDAY, WorkoutKind.INTERVALS, Set.of()));
    }

    @Test
    void aSecondRunOfTheSameRoleOnADayGetsANumber() {
        assertEquals("2027-03-14-easy-run-2.fit",
                WatchNames.fileName(SUNDAY, WorkoutKind.EASY, Set.of("2027-03-14-easy-run.fit")));
        assertEquals("2027-03-14-easy-run-3.fit",
                WatchNames.fileName(SUNDAY, WorkoutKind.EASY, Set.of("2027-03-14-easy-run.fit", "2027-03-14-easy-run-2.fit")));
    }
}
