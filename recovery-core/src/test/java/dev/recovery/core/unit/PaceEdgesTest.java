package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The edges of paces: the fastest and slowest accepted, the seconds field, a zero distance. */
class PaceEdgesTest {

    @Test
    void twoMinutesAndTwentyMinutesPerKmAreAccepted() {
        assertEquals(120, Pace.ofSecondsPerKm(120).secondsPerKm());
        assertEquals(1200, Pace.ofSecondsPerKm(1200).secondsPerKm());
    }

    @Test
    void justOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pace.ofSecondsPerKm(Math.nextDown(120.0)));
        assertThrows(IllegalArgumentException.class, () -> Pace.ofSecondsPerKm(Math.nextUp(1200.0)));
    }

    @Test
    void fiftyNineSecondsParseAndSixtyAreRefused() {
        assertEquals(359, Pace.parse("5:59/km").secondsPerKm());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pace.parse("5:60/km"));
        assertTrue(e.getMessage().startsWith("pace: 5:60/km is not allowed"), e.getMessage());
    }

    @Test
    void aPaceOverNoDistanceIsRefusedNamingTheDistance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pace.of(Distance.ZERO, Duration.ofMinutes(5)));
        assertTrue(e.getMessage().startsWith("distance: 0.0 km is not allowed"), e.getMessage());
    }

    @Test
    void pacesCompareBySecondsPerKm() {
        assertTrue(Pace.ofSecondsPerKm(300).compareTo(Pace.ofSecondsPerKm(330)) < 0);
        assertTrue(Pace.ofSecondsPerKm(330).compareTo(Pace.ofSecondsPerKm(300)) > 0);
        assertEquals(0, Pace.ofSecondsPerKm(300).compareTo(Pace.ofSecondsPerKm(300)));
    }
}
