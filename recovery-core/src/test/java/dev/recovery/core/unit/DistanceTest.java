package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class DistanceTest {

    @Test
    void parsesKilometres() {
        assertEquals(10_000, Distance.parse("10km").metres(), 1e-9);
        assertEquals(10_000, Distance.parse("10 km").metres(), 1e-9);
        assertEquals(10_000, Distance.parse("10K").metres(), 1e-9);
    }

    @Test
    void parsesMilesAsInternationalMiles() {
        assertEquals(6.2 * 1_609.344, Distance.parse("6.2mi").metres(), 1e-9);
        assertEquals(26.2 * 1_609.344, Distance.parse("26.2 miles").metres(), 1e-9);
    }

    @Test
    void parsesMetres() {
        assertEquals(800, Distance.parse("800m").metres(), 1e-9);
    }

    @Test
    void refusesANumberWithoutUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Distance.parse("10"));
        assertEquals("distance: '10' is not allowed; expected a number with a unit, e.g. 10km, 6.2mi or 800m", e.getMessage());
    }

    @Test
    void refusesNegativeMetres() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Distance.ofMetres(-1));
        assertTrue(e.getMessage().startsWith("distance: -1 is not allowed"), e.getMessage());
    }

    @Test
    void refusesNotANumber() {
        assertThrows(IllegalArgumentException.class, () -> Distance.ofMetres(Double.NaN));
    }

    @Test
    void formatsInTheRunnersUnit() {
        assertEquals("10.0 km", Distance.ofKm(10).format(DistanceUnit.KM));
        assertEquals("6.2 mi", Distance.ofKm(10).format(DistanceUnit.MI));
    }

    @Test
    void minusNeverGoesBelowZero() {
        assertEquals(Distance.ZERO, Distance.ofKm(1).minus(Distance.ofKm(2)));
    }

    @Test
    void milesAndKilometresRoundTrip() {
        qt().forAll(doubles().between(0, 1_000)).check(km ->
                Math.abs(Distance.ofMiles(Distance.ofKm(km).miles()).km() - km) < 1e-9);
    }

    @Test
    void parsingWhatWasFormattedInKmStaysWithinRounding() {
        qt().forAll(doubles().between(0, 500)).check(km -> {
            String shown = Distance.ofKm(km).format(DistanceUnit.KM).replace(" ", "");
            return Math.abs(Distance.parse(shown).km() - km) <= 0.05 + 1e-9;
        });
    }
}
