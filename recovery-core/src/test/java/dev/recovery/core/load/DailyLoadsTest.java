package dev.recovery.core.load;

import static dev.recovery.core.load.VolumeTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyLoadsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void loadsRunFromTheFirstSessionToTheDateWithRestDaysAtZero() {
        // Day 1: 10 km in 60 min at RPE 4 = 240 AU, plus 30 min strength at RPE 5 = 150 AU -> 390.
        // Day 2: rest -> 0. Day 3: 5 km in 30 min, no RPE: easy run estimated at RPE 3 -> 90 AU.
        TrainingLog log = TrainingLog.of(run(DAY, 10).withRpe(Rpe.of(4)), StrengthSession.of(DAY, Duration.ofMinutes(30)).withRpe(Rpe.of(5)),
                run(DAY.plusDays(2), 5), run(DAY.plusDays(9), 5));
        DailyLoads loads = DailyLoads.of(log, LoadModel.sessionRpe(), DAY.plusDays(3));
        assertArrayEquals(new double[] {390, 0, 90, 0}, loads.toArray(), 1e-9);
        assertEquals(DAY, loads.start());
        assertEquals(DAY.plusDays(3), loads.end());
        assertEquals(1, loads.estimatedSessions());
        assertEquals(90, loads.on(DAY.plusDays(2)), 1e-9);
        assertEquals(0, loads.on(DAY.minusDays(1)), 0);
    }

    @Test
    void anEmptyLogHasNoDays() {
        DailyLoads loads = DailyLoads.of(TrainingLog.empty(), LoadModel.sessionRpe(), DAY);
        assertEquals(0, loads.days());
        assertEquals(DAY, loads.end());
    }

    @Test
    void aDateBeforeTheFirstSessionHasNoDays() {
        DailyLoads loads = DailyLoads.of(TrainingLog.of(run(DAY, 5)), LoadModel.sessionRpe(), DAY.minusDays(1));
        assertEquals(0, loads.days());
    }

    @Test
    void aNonFiniteLoadIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DailyLoads.of(DAY, Double.NaN));
        assertEquals("load on 2026-11-01: NaN is not allowed; expected a number from 0 to 14400 AU", e.getMessage());
    }

    @Test
    void daysPastTheYear2100AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DailyLoads.of(LocalDate.of(2100, 12, 31), 1, 2));
    }
}
