package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How refusals show numbers, and the edges of durations as a runner types them. */
class ChecksEdgesTest {

    @Test
    void aWholeNumberInRangeIsReturnedAsGiven() {
        assertEquals(7, Checks.inRange("rpe", 7, 1, 10));
    }

    @Test
    void aFractionalValueIsShownWithItsDecimals() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.inRange("tau", 2.5, 0, 1, "days"));
        assertEquals("tau: 2.5 is not allowed; expected a number from 0 to 1 days", e.getMessage());
    }

    @Test
    void aHugeWholeNumberIsShownInScientificNotation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.inRange("x", 2e15, 0, 1e15, ""));
        assertEquals("x: 2.0E15 is not allowed; expected a number from 0 to 1.0E15", e.getMessage());
    }

    @Test
    void fiftyNineMinutesAfterAnHourParseAndSixtyAreRefused() {
        assertEquals(Duration.ofMinutes(119), Durations.parse("1h59"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("1h60"));
    }

    @Test
    void noTimeAtAllIsFormattedWithoutASign() {
        assertEquals("0:00", Durations.format(Duration.ZERO));
        assertEquals("-0:01", Durations.format(Duration.ofSeconds(-1)));
    }
}
