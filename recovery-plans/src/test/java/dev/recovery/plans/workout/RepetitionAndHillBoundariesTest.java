package dev.recovery.plans.workout;

import static dev.recovery.core.recovery.TrainingPhase.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Repetitions and hills at the edges of their rules (Daniels 2014: R bouts under 2 min with a
 * recovery of 2-3 times the bout, the main set at most the lesser of 8 km and 5% of the week). At
 * VDOT 50 the slow end of R is 3:41.2/km, so a 75-s hill covers 339 m.
 */
class RepetitionAndHillBoundariesTest {

    private static List<Step> work(Workout workout) {
        return workout.steps().stream().filter(Step::isQualityWork).toList();
    }

    private static Workout hills(int weekMetres, int weekInPhase) {
        return RepetitionWorkouts.hills(WorkoutRequests.at(50, weekMetres, BASE, weekInPhase, 20_000));
    }

    @Test
    void aThirdHillWeekRunsEightHillsOfSeventyFiveSeconds() {
        List<Step> bouts = work(hills(120_000, 2));
        assertEquals(8, bouts.size());
        assertEquals(75, bouts.get(0).seconds());
    }

    @Test
    void aHillBoutThatExactlyFillsTheWeeksCapStaysTimed() {
        // 5% of 6,780 m is 339 m, the distance of the 75-s hill.
        Step bout = work(hills(6_780, 2)).get(0);
        assertEquals(Planned.DURATION, bout.planned());
        assertEquals(75, bout.seconds());
    }

    @Test
    void aHillBoutPastTheWeeksCapIsCutToTheCapByDistance() {
        Step bout = work(hills(6_760, 2)).get(0);
        assertEquals(Planned.DISTANCE, bout.planned());
        assertEquals(338, bout.metres());
    }

    @Test
    void aVeryShortBoutStillGetsTwiceItsLengthInRecovery() {
        // 2.5 x 1 s rounds to 0 s at 15-s steps; the 2x floor holds.
        assertEquals(2, RepetitionWorkouts.recoverySeconds(1));
    }

    @Test
    void aShortBoutsRecoveryIsHeldToThreeTimesTheBout() {
        // 2.5 x 3 s rounds up to 15 s; the 3x ceiling holds it at 9 s.
        assertEquals(9, RepetitionWorkouts.recoverySeconds(3));
    }

    @Test
    void aFortyFiveSecondHillGetsTwoMinutesRecovery() {
        // 2.5 x 45 s is 112.5 s, rounded to the 15-s step: 120 s.
        assertEquals(120, RepetitionWorkouts.recoverySeconds(45));
    }
}
