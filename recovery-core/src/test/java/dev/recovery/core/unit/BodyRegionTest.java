package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyRegionTest {

    @ParameterizedTest
    @ValueSource(strings = {"foot", "ankle", "achilles", "calf", "shin", "knee", "quadriceps", "hamstring", "glute",
        "hip", "it-band", "groin", "lower-back"})
    void everyRegionTheIssueNamesParses(String id) {
        assertEquals(id, BodyRegion.parse(id).id());
    }

    @Test
    void quadsIsAnAliasForQuadriceps() {
        assertEquals(BodyRegion.QUADRICEPS, BodyRegion.parse("quads"));
    }

    @Test
    void spacesCaseAndUnderscoresAreForgiven() {
        assertEquals(BodyRegion.IT_BAND, BodyRegion.parse("IT band"));
        assertEquals(BodyRegion.LOWER_BACK, BodyRegion.parse("lower_back"));
    }

    @Test
    void unknownRegionListsTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BodyRegion.parse("elbow"));
        assertTrue(e.getMessage().startsWith("region: 'elbow' is not allowed; expected one of foot, ankle, achilles"), e.getMessage());
        assertTrue(e.getMessage().contains("it-band"), e.getMessage());
    }

    @Test
    void sideParsesShortForms() {
        assertEquals(Side.LEFT, Side.parse("l"));
        assertEquals(Side.BOTH, Side.parse("Both"));
    }

    @Test
    void unknownSideIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Side.parse("middle"));
        assertEquals("side: 'middle' is not allowed; expected one of left, right, both", e.getMessage());
    }

    @Test
    void distanceUnitParsesBothSpellings() {
        assertEquals(DistanceUnit.MI, DistanceUnit.parse("miles"));
        assertEquals(DistanceUnit.KM, DistanceUnit.parse("KM"));
    }

    @Test
    void datesInTheYear3000AreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dates.parse("date", "3000-01-01"));
        assertEquals("date: 3000-01-01 is not allowed; expected a date from 1900-01-01 to 2100-12-31", e.getMessage());
    }
}
