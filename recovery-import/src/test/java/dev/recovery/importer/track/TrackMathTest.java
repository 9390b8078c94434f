package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrackMathTest {

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertEquals(111_195, Haversine.metres(45, 5, 46, 5), 1);
    }

    @Test
    void haversineIsSymmetricAndNonNegative() {
        qt().forAll(doubles().between(-89, 89), doubles().between(-179, 179), doubles().between(-89, 89), doubles().between(-179, 179))
                .check((a, b, c, d) -> {
                    double x = Haversine.metres(a, b, c, d);
                    return x >= 0 && Math.abs(x - Haversine.metres(c, d, a, b)) < 1e-6;
                });
    }

    @Test
    void isoTimesAgreeWithInstantParse() {
        qt().forAll(longs().between(0, 4_102_444_800_000L))
                .check(ms -> IsoTimes.epochMillis(Instant.ofEpochMilli(ms).toString()) == ms);
    }

    @Test
    void decimalsAgreeWithDoubleParseDouble() {
        qt().forAll(doubles().between(-180, 180), org.quicktheories.generators.SourceDSL.integers().between(0, 12))
                .check((v, places) -> {
                    String text = java.math.BigDecimal.valueOf(v).setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
                    return Decimals.parse(text) == Double.parseDouble(text);
                });
    }

    @Test
    void decimalsFallBackForExponentsAndRefuseGarbage() {
        assertEquals(1.5e3, Decimals.parse("1.5e3"));
        assertThrows(NumberFormatException.class, () -> Decimals.parse("north"));
        assertThrows(NumberFormatException.class, () -> Decimals.parse(""));
    }

    @Test
    void isoTimesWithAnOffsetAreShiftedToUtc() {
        assertEquals(Instant.parse("2020-10-07T14:43:11Z").toEpochMilli(), IsoTimes.epochMillis("2020-10-07T16:43:11+02:00"));
    }

    @Test
    void aBadTimeNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IsoTimes.epochMillis("2020-13-07T14:43:11Z"));
        assertEquals("time: '2020-13-07T14:43:11Z' is not allowed; expected an ISO-8601 timestamp such as 2020-10-07T14:43:11Z",
                e.getMessage());
    }

    @Test
    void epochDaysAgreeWithLocalDate() {
        org.quicktheories.QuickTheory.qt().forAll(org.quicktheories.generators.SourceDSL.longs().between(
                java.time.LocalDate.of(1900, 1, 1).toEpochDay(), java.time.LocalDate.of(2100, 12, 31).toEpochDay())).check(d -> {
                    java.time.LocalDate date = java.time.LocalDate.ofEpochDay(d);
                    return IsoTimes.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()) == d;
                });
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IsoTimes.epochMillis("2023-02-29T07:00:00Z"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'2023-02-29T07:00:00Z'"), e.getMessage());
    }
}
