package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The edges of distances: the largest accepted, comparisons, scaling, and refusals' wording. */
class DistanceEdgesTest {

    @Test
    void theLargestDistanceIsAcceptedAndAMillimetreMoreIsNot() {
        assertEquals(Distance.MAX_METRES, new Distance(1_000_000_000_000L).metres());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Distance(1_000_000_000_001L));
        assertEquals("distance: 1.000000000001E9 metres is not allowed; expected a number from 0 to 1000000000 metres", e.getMessage());
    }

    @Test
    void aNegativeDistanceIsShownInMetres() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Distance(-1500));
        assertTrue(e.getMessage().startsWith("distance: -1.5 metres is not allowed"), e.getMessage());
        IllegalArgumentException whole = assertThrows(IllegalArgumentException.class, () -> new Distance(-2000));
        assertTrue(whole.getMessage().startsWith("distance: -2 metres is not allowed"), whole.getMessage());
    }

    @Test
    void parsingTheLargestDistanceWorksAndMoreIsRefusedInKm() {
        assertEquals(Distance.MAX_METRES, Distance.parse("1000000km").metres());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Distance.parse("1000000.001km"));
        assertEquals("distance: '1000000.001km' is not allowed; expected at most 1000000 km", e.getMessage());
    }

    @Test
    void aDistanceIsLongerOnlyWhenItHasMoreMillimetres() {
        assertTrue(new Distance(2).isLongerThan(new Distance(1)));
        assertFalse(new Distance(1).isLongerThan(new Distance(1)));
        assertFalse(new Distance(1).isLongerThan(new Distance(2)));
    }

    @Test
    void distancesCompareByLength() {
        assertTrue(Distance.ofKm(5).compareTo(Distance.ofKm(10)) < 0);
        assertTrue(Distance.ofKm(10).compareTo(Distance.ofKm(5)) > 0);
        assertEquals(0, Distance.ofKm(5).compareTo(Distance.ofMetres(5000)));
    }

    @Test
    void scalingADistanceRoundsToTheMillimetre() {
        assertEquals(Distance.ofKm(11), Distance.ofKm(10).multipliedBy(1.1));
        assertEquals(new Distance(3), new Distance(10).multipliedBy(0.3333));
    }

    @Test
    void aDistanceInMilesIsTheInternationalMile() {
        assertEquals(new Distance(1_609_344), Distance.of(1, DistanceUnit.MI));
        assertEquals(new Distance(2_000_000), Distance.of(2, DistanceUnit.KM));
    }
}
