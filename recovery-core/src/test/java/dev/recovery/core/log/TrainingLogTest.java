package dev.recovery.core.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingLogTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 16);

    private static Run run(LocalDate day, double km) {
        return Run.of(day, Distance.ofKm(km), Duration.ofMinutes((long) (km * 6)), RunType.EASY);
    }

    @Test
    void sessionsAreSortedByDateWhateverTheInputOrder() {
        Run late = run(MON.plusDays(3), 10);
        Run early = run(MON, 8);
        YogaSession middle = YogaSession.of(MON.plusDays(1), Duration.ofMinutes(30));
        TrainingLog log = TrainingLog.of(late, early, middle);
        assertEquals(List.of(early, middle, late), log.sessions());
        assertEquals(MON, log.firstDate().get());
        assertEquals(MON.plusDays(3), log.lastDate().get());
    }

    @Test
    void sameDaySessionsKeepTheirLoggedOrder() {
        Run first = run(MON, 5);
        StrengthSession second = StrengthSession.of(MON, Duration.ofMinutes(20));
        TrainingLog log = TrainingLog.empty().plus(first).plus(second);
        assertEquals(List.of(first, second), log.sessionsOn(MON));
    }

    @Test
    void plusLeavesTheOriginalUnchanged() {
        TrainingLog log = TrainingLog.of(run(MON, 5));
        TrainingLog more = log.plus(run(MON.plusDays(1), 6));
        assertEquals(1, log.size());
        assertEquals(2, more.size());
    }

    @Test
    void dailyAggregationCountsDaysWithoutTrainingAsZero() {
        // Mon 8 km + 2 km, Tue nothing, Wed 10 km -> [10000, 0, 10000] metres.
        TrainingLog log = TrainingLog.of(run(MON, 8), run(MON, 2), run(MON.plusDays(2), 10));
        assertArrayEquals(new double[] {10_000, 0, 10_000}, log.dailyMetres(MON, MON.plusDays(2)), 1e-6);
    }

    @Test
    void dailyAggregationSumsAnyMeasureAndIgnoresSessionsOutsideTheRange() {
        TrainingLog log = TrainingLog.of(run(MON.minusDays(1), 5), run(MON, 5),
                YogaSession.of(MON, Duration.ofMinutes(30)), run(MON.plusDays(5), 5));
        double[] minutes = log.daily(MON, MON.plusDays(1), s -> s.duration().toMinutes());
        assertArrayEquals(new double[] {60, 0}, minutes, 1e-9);
    }

    @Test
    void negativeMeasureIsRefused() {
        TrainingLog log = TrainingLog.of(run(MON, 5));
        assertThrows(IllegalArgumentException.class, () -> log.daily(MON, MON, s -> -1));
    }

    @Test
    void weekDistanceUsesTheChosenWeekStart() {
        // Sat 10 km, Sun 20 km, Mon 5 km. Monday weeks: the Mon week holds 5 km; Sunday weeks: Sun + Mon = 25 km.
        LocalDate sat = MON.minusDays(2);
        TrainingLog log = TrainingLog.of(run(sat, 10), run(sat.plusDays(1), 20), run(MON, 5));
        assertEquals(5, log.weekDistance(MON, DayOfWeek.MONDAY).km(), 1e-9);
        assertEquals(25, log.weekDistance(MON, DayOfWeek.SUNDAY).km(), 1e-9);
        assertEquals(30, log.weekDistance(sat, DayOfWeek.MONDAY).km(), 1e-9);
    }

    @Test
    void distanceAndDurationBetweenDates() {
        TrainingLog log = TrainingLog.of(run(MON, 10), CrossTraining.of(MON.plusDays(1), CrossActivity.BIKE, Duration.ofMinutes(45)));
        assertEquals(Distance.ofKm(10).metres(), log.distanceBetween(MON, MON.plusDays(6)).metres(), 1e-9);
        assertEquals(Duration.ofMinutes(105), log.durationBetween(MON, MON.plusDays(6)));
    }

    @Test
    void aMissingSessionIsRefusedNamingItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingLog.of(Arrays.asList(run(MON, 5), null)));
        assertTrue(e.getMessage().startsWith("session 2: nothing is not allowed"), e.getMessage());
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingLog.empty().sessionsBetween(MON, MON.minusDays(1)));
        assertTrue(e.getMessage().startsWith("to: 2026-11-15 is not allowed"), e.getMessage());
    }

    @Test
    void runsListsOnlyRuns() {
        TrainingLog log = TrainingLog.of(run(MON, 5), YogaSession.of(MON, Duration.ofMinutes(30)));
        assertEquals(1, log.runs().size());
    }

    @Test
    void aSessionThatMeasuresZeroIsCountedAsZero() {
        // Yoga has no distance: its day is 0 metres, not an error.
        TrainingLog log = TrainingLog.of(YogaSession.of(MON, Duration.ofMinutes(30)), run(MON.plusDays(1), 5));
        assertArrayEquals(new double[] {0, 5_000}, log.dailyMetres(MON, MON.plusDays(1)), 1e-9);
    }

    @Test
    void dailyRefusesAnEndBeforeTheStart() {
        TrainingLog log = TrainingLog.of(run(MON, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log.daily(MON, MON.minusDays(1), s -> 1));
        assertEquals("to: 2026-11-15 is not allowed; expected a date on or after 2026-11-16", e.getMessage());
    }

    @Test
    void theDistanceOfOneDayCountsOnlyThatDaysRuns() {
        TrainingLog log = TrainingLog.of(run(MON, 5), run(MON.plusDays(1), 8), run(MON.plusDays(1), 2));
        assertEquals(Distance.ofKm(10), log.distanceOn(MON.plusDays(1)));
        assertEquals(Distance.ZERO, log.distanceOn(MON.plusDays(2)));
    }

    @Test
    void plusAllAddsEverySessionInDateOrder() {
        TrainingLog log = TrainingLog.of(run(MON.plusDays(2), 5)).plusAll(List.of(run(MON, 6), run(MON.plusDays(1), 7)));
        assertEquals(3, log.size());
        assertEquals(MON, log.firstDate().get());
        assertEquals(TrainingLog.of(run(MON, 6), run(MON.plusDays(1), 7), run(MON.plusDays(2), 5)), log);
    }

    @Test
    void logsWithTheSameSessionsAreEqual() {
        assertEquals(TrainingLog.of(run(MON, 5)), TrainingLog.of(run(MON, 5)));
        assertEquals(TrainingLog.of(run(MON, 5)).hashCode(), TrainingLog.of(run(MON, 5)).hashCode());
        assertTrue(!TrainingLog.of(run(MON, 5)).equals(TrainingLog.of(run(MON, 6))));
        assertTrue(!TrainingLog.of(run(MON, 5)).equals("a log"));
    }

    @Test
    void aLogPrintsItsSizeAndDates() {
        assertEquals("TrainingLog[2 sessions, 2026-11-16 to 2026-11-18]", TrainingLog.of(run(MON, 5), run(MON.plusDays(2), 5)).toString());
        assertEquals("TrainingLog[0 sessions]", TrainingLog.empty().toString());
    }
}
