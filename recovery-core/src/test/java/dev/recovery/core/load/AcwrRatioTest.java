package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
