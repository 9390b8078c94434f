package dev.recovery.importer.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.recovery.importer.fixture.StravaCsv;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StravaCellsTest {

    @Test
    void stravasDateIsReadAsUtc() {
        assertEquals(Instant.parse("2020-10-07T14:43:11Z"), StravaCells.date(List.of("Oct 7, 2020, 2:43:11 PM"), 0));
    }

    @Test
    void anyInstantWrittenAsStravaDoesReadsBack() {
        qt().forAll(longs().between(946_684_800L, 4_102_444_800L))
                .check(s -> StravaCells.date(List.of(StravaCsv.date(s)), 0).equals(Instant.ofEpochSecond(s)));
    }

    @Test
    void aFrenchDateIsRead() {
        assertEquals(Instant.parse("2020-10-07T14:43:11Z"), StravaCells.date(List.of("7 oct. 2020, 14:43:11"), 0));
    }

    @Test
    void anErrorCellIsAbsent() {
        assertNull(StravaCells.date(List.of("#error#"), 0));
        assertTrue(Double.isNaN(StravaCells.number(List.of("#ERROR#"), 0, "distance")));
        assertEquals("", StravaCells.text(List.of("#error#"), 0));
    }

    @Test
    void numbersMayUseACommaAsDecimalMark() {
        assertEquals(10.5, StravaCells.number(List.of("10,5"), 0, "distance"));
        assertEquals(1234.5, StravaCells.number(List.of("1,234.5"), 0, "distance"));
    }

    @Test
    void anUnknownDateShapeNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StravaCells.date(List.of("soon"), 0));
        assertEquals("date: 'soon' is not allowed; expected a Strava date such as 'Oct 7, 2020, 2:43:11 PM'", e.getMessage());
    }

    @Test
    void garbageInANumberNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StravaCells.number(List.of("ten"), 0, "distance"));
        assertEquals("distance: 'ten' is not allowed; expected a number", e.getMessage());
    }
}
