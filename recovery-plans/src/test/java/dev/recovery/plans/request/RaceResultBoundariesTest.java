package dev.recovery.plans.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The race a plan's paces come from: 1.5 km to the marathon, a positive time, a goal only for the marathon. */
class RaceResultBoundariesTest {

    private static String refusal(Runnable make) {
        return assertThrows(IllegalArgumentException.class, make::run).getMessage();
    }

    @Test
    void aRaceOfExactlyFifteenHundredMetresIsAccepted() {
        assertEquals(1_500, RaceResult.recentRace(Distance.ofMetres(1_500), Durations.parse("6:00")).distance().metres(), 1e-9);
    }

    @Test
    void aRaceJustUnderFifteenHundredMetresIsRefusedNamingTheDistance() {
        String message = refusal(() -> RaceResult.recentRace(Distance.ofMetres(1_499), Durations.parse("6:00")));
        assertTrue(message.contains("race-distance") && message.contains("1.5 km to 42.2 km"), message);
    }

    @Test
    void aRaceOfExactlyTheMarathonIsAccepted() {
        assertEquals(Distance.MARATHON, RaceResult.recentRace(Distance.MARATHON, Durations.parse("3:30:00")).distance());
    }

    @Test
    void aRaceJustOverTheMarathonIsRefusedNamingTheDistance() {
        String message = refusal(() -> RaceResult.recentRace(Distance.ofMetres(42_196), Durations.parse("3:30:00")));
        assertTrue(message.contains("race-distance") && message.contains("1.5 km to 42.2 km"), message);
    }

    @Test
    void aZeroTimeIsRefusedNamingTheTime() {
        String message = refusal(() -> RaceResult.recentRace(Distance.ofKm(10), Duration.ZERO));
        assertTrue(message.contains("race-time") && message.contains("a positive time"), message);
    }

    @Test
    void aNegativeTimeIsRefusedNamingTheTime() {
        String message = refusal(() -> RaceResult.recentRace(Distance.ofKm(10), Duration.ofMinutes(-40)));
        assertTrue(message.contains("race-time") && message.contains("a positive time"), message);
    }

    @Test
    void aPaceFasterThanTwoMinutesAKilometreIsRefusedNamingTheTime() {
        String message = refusal(() -> RaceResult.recentRace(Distance.ofKm(10), Durations.parse("19:00")));
        assertTrue(message.contains("race-time") && message.contains("a pace from 2:00/km to 20:00/km"), message);
    }

    @Test
    void aPaceSlowerThanTwentyMinutesAKilometreIsRefusedNamingTheTime() {
        String message = refusal(() -> RaceResult.recentRace(Distance.ofKm(10), Durations.parse("3:21:00")));
        assertTrue(message.contains("race-time") && message.contains("a pace from 2:00/km to 20:00/km"), message);
    }

    @Test
    void aGoalTimeForAShorterRaceIsRefusedNamingTheDistance() {
        String message = refusal(() -> new RaceResult(Distance.ofKm(10), Durations.parse("40:00"), true));
        assertTrue(message.contains("race-distance") && message.contains("the marathon"), message);
    }

    @Test
    void aGoalMarathonIsAGoal() {
        RaceResult goal = RaceResult.goalMarathon(Durations.parse("3:30:00"));
        assertTrue(goal.goal());
        assertEquals(Distance.MARATHON, goal.distance());
    }

    @Test
    void aRacesPaceIsItsTimeOverItsDistance() {
        assertEquals(300, RaceResult.recentRace(Distance.ofKm(10), Durations.parse("50:00")).pace().secondsPerKm(), 1e-9);
    }

    @Test
    void aRaceAtExactlyTwoMinutesAKilometreIsJudgedByItsVdotNotItsPace() {
        // 10 km in 20:00 is within the pace range but beyond every world record.
        String message = refusal(() -> RaceResult.recentRace(Distance.ofKm(10), Durations.parse("20:00")));
        assertTrue(message.contains("VDOT 90"), message);
    }

    @Test
    void aRaceAtExactlyTwentyMinutesAKilometreIsJudgedByItsVdotNotItsPace() {
        String message = refusal(() -> RaceResult.recentRace(Distance.ofMetres(1_500), Durations.parse("30:00")));
        assertTrue(message.contains("VDOT 15"), message);
    }
}
