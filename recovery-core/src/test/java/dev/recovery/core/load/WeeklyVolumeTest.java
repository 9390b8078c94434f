package dev.recovery.core.load;

import static dev.recovery.core.load.VolumeTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.TrainingLog;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyVolumeTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 16);

    @Test
    void aWeekCountsRunDistanceRunTimeAndAllTrainingTime() {
        TrainingLog log = TrainingLog.of(run(MON, 10), run(MON.plusDays(2), 5),
                CrossTraining.of(MON.plusDays(3), CrossActivity.BIKE, Duration.ofMinutes(40)));
        WeeklyVolume w = WeeklyVolume.of(log, MON.plusDays(6), DayOfWeek.MONDAY);
        assertEquals(15, w.runDistance().km(), 1e-9);
        assertEquals(Duration.ofMinutes(90), w.runTime());
        assertEquals(Duration.ofMinutes(130), w.trainingTime());
        assertEquals(2, w.runs());
        assertFalse(w.isPartial());
    }

    @Test
    void theCurrentWeekCountsOnlyUpToTheDate() {
        TrainingLog log = TrainingLog.of(run(MON, 10), run(MON.plusDays(4), 5));
        WeeklyVolume w = WeeklyVolume.of(log, MON.plusDays(2), DayOfWeek.MONDAY);
        assertEquals(10, w.runDistance().km(), 1e-9);
        assertTrue(w.isPartial());
    }

    @Test
    void recentWeeksAreOldestFirstWithTheChosenStartDay() {
        // Sunday weeks: the run on Sunday 15 Nov opens the week holding Monday 16 Nov.
        TrainingLog log = TrainingLog.of(run(MON.minusDays(8), 7), run(MON.minusDays(1), 12), run(MON, 3));
        List<WeeklyVolume> weeks = WeeklyVolume.recent(log, MON, DayOfWeek.SUNDAY, 3);
        assertEquals(3, weeks.size());
        assertEquals(MON.minusDays(1), weeks.get(2).weekStart());
        assertEquals(15, weeks.get(2).runDistance().km(), 1e-9);
        assertEquals(7, weeks.get(1).runDistance().km(), 1e-9);
        assertEquals(0, weeks.get(0).runDistance().km(), 1e-9);
    }

    @Test
    void weekCountOutOfRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeeklyVolume.recent(TrainingLog.empty(), MON, DayOfWeek.MONDAY, 0));
        assertEquals("weeks: 0 is not allowed; expected a whole number from 1 to 520", e.getMessage());
    }

    @Test
    void theFirstWeekOf1900IsCutAtTheEarliestDate() {
        // 1900-01-01 was a Monday; with Sunday weeks its week would start in 1899.
        WeeklyVolume w = WeeklyVolume.of(TrainingLog.empty(), LocalDate.of(1900, 1, 1), DayOfWeek.SUNDAY);
        assertEquals(LocalDate.of(1900, 1, 1), w.weekStart());
    }
}
