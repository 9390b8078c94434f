package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Pace;
import org.junit.jupiter.api.Test;

class PaceRangeTest {

    private static final PaceRange EASY = PaceRange.of(Pace.parse("5:28/km"), Pace.parse("5:43/km"));

    @Test
    void aSlowBoundFasterThanTheFastBoundIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PaceRange.of(Pace.parse("5:43/km"), Pace.parse("5:28/km")));
        assertEquals("slow: 5:28/km is not allowed; expected a pace no faster than the fast bound 5:43/km", e.getMessage());
    }

    @Test
    void boundsAreInsideTheRange() {
        assertTrue(EASY.contains(Pace.parse("5:28/km")));
        assertTrue(EASY.contains(Pace.parse("5:43/km")));
    }

    @Test
    void aFasterPaceIsOutsideTheRange() {
        assertFalse(EASY.contains(Pace.parse("5:27/km")));
    }

    @Test
    void formatsAsFastDashSlow() {
        assertEquals("5:28-5:43/km", EASY.format(DistanceUnit.KM));
        assertEquals("4:15/km", PaceRange.single(Pace.parse("4:15/km")).format(DistanceUnit.KM));
    }
}
