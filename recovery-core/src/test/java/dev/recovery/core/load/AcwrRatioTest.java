package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.recovery.core.unit.ValidationException;
import org.junit.jupiter.api.Test;

class AcwrRatioTest {

    @Test
    void printsAsARatioWithTwoDecimals() {
        assertEquals("1.44", AcwrRatio.of(1.4411).toString());
    }

    @Test
    void noRatioPrintsAsNotAvailable() {
        assertEquals("n/a", AcwrRatio.NONE.toString());
    }

    @Test
    void noRatioHasNoValueToReadButAFallback() {
        assertFalse(AcwrRatio.NONE.isDefined());
        assertThrows(IllegalStateException.class, AcwrRatio.NONE::ratio);
        assertEquals(0.0, AcwrRatio.NONE.orElse(0.0));
        assertNull(AcwrRatio.NONE.zoneOrNull());
    }

    @Test
    void aNegativeRatioIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> AcwrRatio.of(-0.1));
        assertEquals("acwr", e.field());
    }

    @Test
    void aRatioAtTheDangerThresholdIsInTheDangerZone() {
        assertEquals(AcwrZone.of(1.5), AcwrRatio.of(1.5).zoneOrNull());
    }

    @Test
    void aDefinedRatioReadsBackAsGiven() {
        qt().forAll(doubles().between(0, 10)).check(r -> AcwrRatio.of(r).ratio() == r && AcwrRatio.of(r).isDefined());
    }

    @Test
    void noRatioSortsBeforeEveryDefinedOneAndDefinedOnesSortByValue() {
        assertTrue(AcwrRatio.NONE.compareTo(AcwrRatio.of(0)) < 0);
        assertTrue(AcwrRatio.of(0).compareTo(AcwrRatio.NONE) > 0);
        assertEquals(0, AcwrRatio.NONE.compareTo(AcwrRatio.NONE));
        assertTrue(AcwrRatio.of(0.9).compareTo(AcwrRatio.of(1.1)) < 0);
        assertTrue(AcwrRatio.of(1.1).compareTo(AcwrRatio.of(0.9)) > 0);
    }

    @Test
    void ratiosAreEqualByValue() {
        assertEquals(AcwrRatio.of(1.2), AcwrRatio.of(1.2));
        assertEquals(AcwrRatio.of(1.2).hashCode(), AcwrRatio.of(1.2).hashCode());
        assertNotEquals(AcwrRatio.of(1.2), AcwrRatio.of(1.3));
        assertNotEquals(AcwrRatio.of(1.2).hashCode(), AcwrRatio.of(1.3).hashCode());
        assertNotEquals(AcwrRatio.of(1.2), AcwrRatio.NONE);
        assertNotEquals(AcwrRatio.of(1.2), "1.2");
    }

    @Test
    void aDefinedRatioIgnoresTheFallback() {
        assertEquals(1.25, AcwrRatio.of(1.25).orElse(7), 0);
    }
}
