package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonotonyTest {

    @Test
    void alternatingDaysGiveLowMonotony() {
        // 60, 0, 60, 0, 60, 0, 60: sum 240, mean 34.285714; deviations +25.714286 (x4) and -34.285714 (x3);
        // variance (4 x 661.2245 + 3 x 1175.5102) / 7 = 881.6327, SD 29.692300; monotony 1.154701; strain 240 x 1.154701 = 277.128.
        Monotony m = Monotony.ofWeek(60, 0, 60, 0, 60, 0, 60);
        assertEquals(240, m.weeklyLoad(), 1e-9);
        assertEquals(1.154701, m.monotony(), 1e-6);
        assertEquals(277.128129, m.strain(), 1e-6);
        assertEquals(MonotonyLevel.NORMAL, m.level());
    }

    @Test
    void sixEqualDaysAndOneRestDayAreCritical() {
        // 100 x 6, 0: mean 85.714286, variance (6 x 204.0816 + 7346.9388) / 7 = 1224.4898, SD 34.992711; monotony 2.449490.
        Monotony m = Monotony.ofWeek(100, 100, 100, 100, 100, 100, 0);
        assertEquals(2.449490, m.monotony(), 1e-6);
        assertEquals(MonotonyLevel.CRITICAL, m.level());
        assertEquals("load-monotony-critical", m.level().reason(m.monotony()).get().ruleId());
    }

    @Test
    void identicalTrainingDaysHitTheCap() {
        Monotony m = Monotony.ofWeek(50, 50, 50, 50, 50, 50, 50);
        assertEquals(Monotony.CAP, m.monotony(), 0);
        assertEquals(3500, m.strain(), 1e-9);
    }

    @Test
    void aWeekOfRestHasNoMonotony() {
        assertEquals(Monotony.NONE, Monotony.ofWeek(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void levelsStartAtOnePointFiveAndTwo() {
        assertEquals(MonotonyLevel.NORMAL, MonotonyLevel.of(1.49));
        assertEquals(MonotonyLevel.WARN, MonotonyLevel.of(1.5));
        assertEquals(MonotonyLevel.WARN, MonotonyLevel.of(1.99));
        assertEquals(MonotonyLevel.CRITICAL, MonotonyLevel.of(2.0));
        assertTrue(MonotonyLevel.NORMAL.reason(1.0).isEmpty());
        assertEquals("load-monotony-warn", MonotonyLevel.WARN.reason(1.6).get().ruleId());
    }

    @Test
    void theStateUsesTheLastSevenDays() {
        // 10 days: the first three (500 each) have left the window; the last seven are 100 x 6, 0.
        LoadState s = LoadState.of(DailyLoads.of(LocalDate.of(2026, 1, 1), 500, 500, 500, 100, 100, 100, 100, 100, 100, 0),
                Convention.RUNALYZE);
        assertEquals(2.449490, s.monotony().monotony(), 1e-6);
    }

    @Test
    void daysBeforeTheLogStartCountAsRest() {
        // Two days of 100 in a fresh log: 100, 100, 0 x 5 -> mean 28.571429, SD 45.175395, monotony 0.632456.
        LoadState s = LoadState.of(DailyLoads.of(LocalDate.of(2026, 1, 1), 100, 100), Convention.RUNALYZE);
        assertEquals(0.632456, s.monotony().monotony(), 1e-6);
    }

    @Test
    void aWeekMustHaveSevenDays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Monotony.ofWeek(1, 2, 3));
        assertEquals("loads: '3 days' is not allowed; expected exactly 7 daily loads", e.getMessage());
    }
}
