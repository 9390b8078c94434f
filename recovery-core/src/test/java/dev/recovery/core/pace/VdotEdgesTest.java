package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The edges of VDOT: the race distances the equations accept, zero times, comparison and printing. */
class VdotEdgesTest {

    @Test
    void halfAMetreShortOfFifteenHundredMetresIsStillAccepted() {
        assertTrue(Vdot.fromRace(new Distance(1_499_500), Duration.ofMinutes(5)).value() > 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vdot.fromRace(new Distance(1_499_499), Duration.ofMinutes(5)));
        assertTrue(e.getMessage().startsWith("race distance: 1.499 km is not allowed"), e.getMessage());
    }

    @Test
    void halfAMetreOverTheMarathonIsStillAcceptedAndMoreIsNot() {
        assertTrue(Vdot.fromRace(new Distance(42_195_500), Duration.ofHours(3)).value() > 0);
        assertThrows(IllegalArgumentException.class, () -> Vdot.fromRace(new Distance(42_195_501), Duration.ofHours(3)));
    }

    @Test
    void aZeroRaceTimeIsShownAsZeroMinutes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vdot.fromRace(Distance.ofKm(10), Duration.ZERO));
        assertEquals("race time: 0:00 is not allowed; expected a time longer than zero", e.getMessage());
    }

    @Test
    void aNegativeRaceTimeIsShownWithItsSign() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vdot.fromRace(Distance.ofKm(10), Duration.ofMinutes(-40)));
        assertEquals("race time: -40:00 is not allowed; expected a time longer than zero", e.getMessage());
    }

    @Test
    void aVdotIsHigherOnlyThanALowerOne() {
        assertTrue(Vdot.of(50).isHigherThan(Vdot.of(49.9)));
        assertFalse(Vdot.of(50).isHigherThan(Vdot.of(50)));
        assertFalse(Vdot.of(49.9).isHigherThan(Vdot.of(50)));
    }

    @Test
    void vdotsCompareByValue() {
        assertTrue(Vdot.of(40).compareTo(Vdot.of(50)) < 0);
        assertTrue(Vdot.of(50).compareTo(Vdot.of(40)) > 0);
        assertEquals(0, Vdot.of(50).compareTo(Vdot.of(50)));
    }

    @Test
    void aVdotPrintsWithOneDecimal() {
        assertEquals("52.3", Vdot.of(52.34).format());
        assertEquals("VDOT 52.3", Vdot.of(52.34).toString());
    }
}
