package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reading a day's load back, the series' edges, and the series as a value. */
class DailyLoadsValuesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void theFirstAndLastDaysAreInsideTheSeriesAndTheDaysAroundThemAreNot() {
        DailyLoads loads = DailyLoads.of(DAY, 10, 20, 30);
        assertEquals(10, loads.on(DAY));
        assertEquals(30, loads.on(DAY.plusDays(2)));
        assertEquals(0, loads.on(DAY.plusDays(3)));
        assertEquals(0, loads.on(DAY.minusDays(1)));
        assertEquals(OptionalInt.of(0), loads.indexOf(DAY));
        assertEquals(OptionalInt.of(2), loads.indexOf(DAY.plusDays(2)));
        assertEquals(OptionalInt.empty(), loads.indexOf(DAY.plusDays(3)));
        assertEquals(OptionalInt.empty(), loads.indexOf(DAY.minusDays(1)));
        assertEquals(20, loads.get(1));
    }

    @Test
    void aRestDayAndADayAtTheMaximumAreAccepted() {
        DailyLoads loads = DailyLoads.of(DAY, 0, DailyLoads.MAX_DAILY_AU);
        assertEquals(DailyLoads.MAX_DAILY_AU, loads.get(1));
    }

    @Test
    void aLoadJustAboveTheMaximumIsRefusedNamingItsDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DailyLoads.of(DAY, 0, Math.nextUp(DailyLoads.MAX_DAILY_AU)));
        assertEquals("load on 2026-11-02: 14400.000000000002 is not allowed; expected a number from 0 to 14400 AU", e.getMessage());
    }

    @Test
    void aSeriesEndingOnTheLastDayAcceptedIsAllowed() {
        DailyLoads loads = DailyLoads.of(LocalDate.of(2100, 12, 30), 1, 2);
        assertEquals(LocalDate.of(2100, 12, 31), loads.end());
    }

    @Test
    void twoSeriesWithTheSameStartAndLoadsAreEqual() {
        assertEquals(DailyLoads.of(DAY, 1, 2), DailyLoads.of(DAY, 1, 2));
        assertEquals(DailyLoads.of(DAY, 1, 2).hashCode(), DailyLoads.of(DAY, 1, 2).hashCode());
        assertNotEquals(DailyLoads.of(DAY, 1, 2), DailyLoads.of(DAY.plusDays(1), 1, 2));
        assertNotEquals(DailyLoads.of(DAY, 1, 2), DailyLoads.of(DAY, 1, 3));
        assertNotEquals(DailyLoads.of(DAY, 1, 2).hashCode(), DailyLoads.of(DAY.plusDays(1), 1, 2).hashCode());
        assertNotEquals(DailyLoads.of(DAY, 1, 2).hashCode(), DailyLoads.of(DAY, 1, 3).hashCode());
        assertNotEquals(DailyLoads.of(DAY, 1, 2), "DailyLoads");
    }

    @Test
    void aSeriesPrintsItsStartAndLength() {
        assertEquals("DailyLoads[2026-11-01, 3 days]", DailyLoads.of(DAY, 1, 2, 3).toString());
    }

    @Test
    void anEmptySeriesMayStartOnTheEarliestDay() {
        assertEquals(0, DailyLoads.of(dev.recovery.core.unit.Dates.EARLIEST).days());
    }
}
