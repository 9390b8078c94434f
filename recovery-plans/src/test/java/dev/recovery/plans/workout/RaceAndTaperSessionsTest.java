package dev.recovery.plans.workout;

import static dev.recovery.core.recovery.TrainingPhase.TAPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which session a race and a taper week get: the marathon at M, a shorter race at T (Daniels 2014). */
class RaceAndTaperSessionsTest {

    private static final TrainingPaces PACES = TrainingPaces.of(Vdot.of(50));

    @Test
    void theMarathonIsRunAtMarathonPaceOverItsWholeDistance() {
        Workout race = WorkoutLibrary.race(PACES);
        assertEquals(WorkoutKind.RACE, race.kind());
        assertEquals(WorkoutLibrary.MARATHON_METRES, race.mainSetMetres(Zone.M));
    }

    @Test
    void aRaceOfExactlyTheMarathonDistanceIsTheRace() {
        Workout race = WorkoutLibrary.race(PACES, WorkoutLibrary.MARATHON_METRES);
        assertEquals(WorkoutKind.RACE, race.kind());
        assertEquals(WorkoutLibrary.MARATHON_METRES, race.mainSetMetres(Zone.M));
    }

    @Test
    void aRaceOneMetreShortOfTheMarathonIsATuneUpAtThreshold() {
        Workout race = WorkoutLibrary.race(PACES, WorkoutLibrary.MARATHON_METRES - 1);
        assertEquals(WorkoutKind.TUNE_UP, race.kind());
        assertEquals(WorkoutLibrary.MARATHON_METRES - 1, race.mainSetMetres(Zone.T));
    }

    @Test
    void theTaperOpensWithIntervalsThenAMarathonPaceRun() {
        assertEquals(List.of(WorkoutKind.INTERVALS, WorkoutKind.MARATHON_PACE), WorkoutLibrary.qualitySessions(TAPER, 0));
    }

    @Test
    void laterTaperWeeksLeadWithMarathonPaceThenCruiseIntervals() {
        assertEquals(List.of(WorkoutKind.MARATHON_PACE, WorkoutKind.CRUISE_INTERVALS), WorkoutLibrary.qualitySessions(TAPER, 1));
    }
}
