package dev.recovery.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RunTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aTenKmRunInFiftyFiveMinutesIsAccepted() {
        Run run = Run.of(DAY, Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY);
        assertEquals(330, run.pace().secondsPerKm(), 1e-9);
    }

    @Test
    void aTenKmRunInFiveMinutesIsRefusedNamingTheDuration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Run.of(DAY, Distance.ofKm(10), Duration.ofMinutes(5), RunType.EASY));
        assertEquals("duration: 5:00 for 10.0 km is not allowed; expected a time giving a pace from 2:00/km to 20:00/km",
                e.getMessage());
    }

    @Test
    void heartRate400IsRefused() {
        Run run = Run.of(DAY, Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.withHeartRate(400, 410));
        assertEquals("avg-hr: 400 is not allowed; expected a heart rate from 25 to 250 beats per minute", e.getMessage());
    }

    @Test
    void averageAboveMaximumIsRefused() {
        Run run = Run.of(DAY, Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY);
        assertThrows(IllegalArgumentException.class, () -> run.withHeartRate(170, 160));
    }

    @Test
    void aDateInTheYear3000IsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Run.of(LocalDate.of(3000, 1, 1), Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY));
        assertTrue(e.getMessage().startsWith("date: 3000-01-01 is not allowed"), e.getMessage());
    }

    @Test
    void zeroDistanceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Run.of(DAY, Distance.ZERO, Duration.ofMinutes(55), RunType.EASY));
    }

    @Test
    void blankShoeMeansNoShoe() {
        Run run = Run.of(DAY, Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY).withShoe("  ");
        assertTrue(run.shoe().isEmpty());
    }

    @Test
    void hardTypesAreTheQualitySessions() {
        assertTrue(RunType.LONG.isHard() && RunType.TEMPO.isHard() && RunType.INTERVALS.isHard()
                && RunType.MARATHON_PACE.isHard() && !RunType.EASY.isHard() && !RunType.RECOVERY.isHard());
    }

    @Test
    void runTypeParsesMarathonPace() {
        assertEquals(RunType.MARATHON_PACE, RunType.parse("marathon-pace"));
        assertEquals(RunType.MARATHON_PACE, RunType.parse("MP"));
    }

    @Test
    void theLongestRunAcceptedIsFiveHundredKilometres() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertEquals(500, Run.of(day, Distance.ofKm(500), java.time.Duration.ofHours(47), RunType.EASY).distance().km(), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Run.of(day, Distance.ofMetres(500_001), java.time.Duration.ofHours(47), RunType.EASY));
        assertTrue(e.getMessage().startsWith("distance: 500.0 km is not allowed; expected more than 0 and at most 500 km"), e.getMessage());
    }

    @Test
    void aRunOfNoDistanceIsRefusedNamingTheDistance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Run.of(LocalDate.of(2026, 6, 1), Distance.ZERO, java.time.Duration.ofMinutes(30), RunType.EASY));
        assertTrue(e.getMessage().startsWith("distance: 0.0 km is not allowed"), e.getMessage());
    }

    @Test
    void paceOfExactlyTwoAndTwentyMinutesPerKmIsAccepted() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertEquals(120, Run.of(day, Distance.ofKm(10), java.time.Duration.ofMinutes(20), RunType.EASY).pace().secondsPerKm(), 1e-9);
        assertEquals(1200, Run.of(day, Distance.ofKm(1), java.time.Duration.ofMinutes(20), RunType.EASY).pace().secondsPerKm(), 1e-9);
    }

    @Test
    void anAverageHeartRateEqualToTheMaximumIsAccepted() {
        Run run = Run.of(LocalDate.of(2026, 6, 1), Distance.ofKm(10), java.time.Duration.ofMinutes(50), RunType.EASY).withHeartRate(180, 180);
        assertEquals(OptionalInt.of(180), run.avgHeartRate());
        assertEquals(OptionalInt.of(180), run.maxHeartRate());
    }

    @Test
    void aNoteIsTrimmedAndABlankNoteIsNone() {
        Run run = Run.of(LocalDate.of(2026, 6, 1), Distance.ofKm(10), java.time.Duration.ofMinutes(50), RunType.EASY);
        assertEquals(java.util.Optional.of("windy"), run.withNote("  windy ").note());
        assertEquals(java.util.Optional.empty(), run.withNote("   ").note());
    }

    @Test
    void aSessionOfExactlyFortyEightHoursIsAcceptedAndASecondMoreIsNot() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertEquals(java.time.Duration.ofHours(48), StrengthSession.of(day, java.time.Duration.ofHours(48)).duration());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrengthSession.of(day, java.time.Duration.ofHours(48).plusSeconds(1)));
        assertEquals("duration: 48:00:01 is not allowed; expected more than 0 and at most 48:00:00", e.getMessage());
    }

    @Test
    void aRunOverFortyEightHoursIsRefusedEvenAtAPlausiblePace() {
        // 300 km in 49 h is 9:48/km, a plausible pace: only the duration limit refuses it.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Run.of(DAY, Distance.ofKm(300), Duration.ofHours(49), RunType.LONG));
        assertEquals("duration: 49:00:00 is not allowed; expected more than 0 and at most 48:00:00", e.getMessage());
    }

    @Test
    void aMaximumHeartRateOf300IsRefusedNamingItsField() {
        Run run = Run.of(DAY, Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Run(DAY, run.distance(), run.duration(), run.type(), run.rpe(), OptionalInt.empty(),
                        OptionalInt.of(300), run.shoe(), run.note()));
        assertEquals("max-hr: 300 is not allowed; expected a heart rate from 25 to 250 beats per minute", e.getMessage());
    }
}
