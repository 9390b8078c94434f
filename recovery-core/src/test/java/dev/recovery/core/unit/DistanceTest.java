package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class DistanceTest {

    /** A factory rounds to the nearest millimetre. */
    private static final double HALF_A_MILLIMETRE = 0.0005;

    @Test
    void tenthPlusTwoTenthsOfAMileIsExactlyThreeTenths() {
        assertEquals(Distance.ofMiles(0.3), Distance.ofMiles(0.1).plus(Distance.ofMiles(0.2)));
    }

    @Test
    void keepsWholeMillimetres() {
        assertEquals(160_934, Distance.ofMiles(0.1).millimetres());
    }

    @Test
    void additionIsExactWhateverTheOrder() {
        qt().forAll(doubles().between(0, 100_000), doubles().between(0, 100_000), doubles().between(0, 100_000))
                .check((a, b, c) -> {
                    Distance x = Distance.ofMetres(a);
                    Distance y = Distance.ofMetres(b);
                    Distance z = Distance.ofMetres(c);
                    return x.plus(y).plus(z).equals(z.plus(y).plus(x)) && x.plus(y).minus(y).equals(x);
                });
    }

    @Test
    void refusesNotANumberNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Distance.ofMetres(Double.NaN));
        assertEquals("distance", e.field());
    }

    @Test
    void parsesKilometres() {
        assertEquals(10_000, Distance.parse("10km").metres(), 1e-9);
        assertEquals(10_000, Distance.parse("10 km").metres(), 1e-9);
        assertEquals(10_000, Distance.parse("10K").metres(), 1e-9);
    }

    @Test
    void parsesMilesAsInternationalMiles() {
        assertEquals(6.2 * 1_609.344, Distance.parse("6.2mi").metres(), HALF_A_MILLIMETRE);
        assertEquals(26.2 * 1_609.344, Distance.parse("26.2 miles").metres(), HALF_A_MILLIMETRE);
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
    void milesAndKilometresRoundTripToTheMillimetre() {
        qt().forAll(doubles().between(0, 1_000)).check(km ->
                Distance.ofMiles(Distance.ofKm(km).miles()).equals(Distance.ofKm(km)));
    }

    @Test
    void aDistanceJustUnderAHalfTenthKeptAsTheHalfShowsRoundedUp() {
        Distance kept = Distance.ofKm(301.8499998456297);
        assertEquals("301.9 km", kept.format(DistanceUnit.KM));
        assertEquals(Distance.ofKm(301.9), Distance.parse("301.9km"));
    }

    @Test
    void parsingWhatWasFormattedInKmStaysWithinRounding() {
        // Within half a tenth of the distance as kept (whole millimetres): 301.8499998 km is kept as
        // 301.850 km, which shows as 301.9 km.
        qt().forAll(doubles().between(0, 500)).check(km -> {
            Distance kept = Distance.ofKm(km);
            String shown = kept.format(DistanceUnit.KM).replace(" ", "");
            return Math.abs(Distance.parse(shown).km() - kept.km()) <= 0.05 + 1e-9;
        });
    }
}
