package dev.recovery.importer.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.safety.ImportException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StravaLayoutTest {

    @Test
    void theCurrentHeaderIsFoundByItsRepeatedColumns() {
        StravaLayout l = StravaLayout.detect(StravaCsv.DETAILED, "activities.csv");
        assertEquals(StravaLayout.Era.DETAILED, l.era());
        assertEquals(16, l.movingTime());
        assertEquals(17, l.distanceMetres());
        assertEquals(30, l.maxHeartRate());
        assertEquals(31, l.avgHeartRate());
        assertEquals(43, l.perceivedExertion());
        assertEquals(12, l.filename());
    }

    @Test
    void theHeaderIs94ColumnsAsStravaWritesIt() {
        assertEquals(94, StravaCsv.DETAILED.size());
        assertEquals("Average Heart Rate", StravaCsv.DETAILED.get(31));
        assertEquals("Perceived Exertion", StravaCsv.DETAILED.get(43));
    }

    @Test
    void the2019HeaderWithoutTheFirstMaxHeartRateShiftsEveryColumn() {
        StravaLayout l = StravaLayout.detect(StravaCsv.DETAILED_2019, "activities.csv");
        assertEquals(87, l.columns());
        assertEquals("Filename", StravaCsv.DETAILED_2019.get(l.filename()));
        assertEquals("Moving Time", StravaCsv.DETAILED_2019.get(l.movingTime()));
        assertEquals("Average Heart Rate", StravaCsv.DETAILED_2019.get(l.avgHeartRate()));
        assertEquals("Perceived Exertion", StravaCsv.DETAILED_2019.get(l.perceivedExertion()));
    }

    @Test
    void aTranslatedHeaderIsRecognisedByShapeNotByName() {
        StravaLayout english = StravaLayout.detect(StravaCsv.DETAILED, "activities.csv");
        assertEquals(english, StravaLayout.detect(StravaCsv.frenchDetailed(), "activities.csv"));
    }

    @Test
    void theLegacyLowercaseHeaderHasItsDistanceInMetres() {
        StravaLayout l = StravaLayout.detect(StravaCsv.LEGACY, "activities.csv");
        assertEquals(StravaLayout.Era.LEGACY, l.era());
        assertTrue(l.firstDistanceInMetres());
        assertEquals(9, l.filename());
        assertEquals(-1, l.distanceMetres());
    }

    @Test
    void theElevenColumnHeaderHasItsFileNameLastNotAtTheGear() {
        StravaLayout l = StravaLayout.detect(StravaCsv.SHORT_2019, "activities.csv");
        assertEquals(StravaLayout.Era.SHORT, l.era());
        assertEquals("Filename", StravaCsv.SHORT_2019.get(l.filename()));
        assertEquals(false, l.firstDistanceInMetres());
    }

    @Test
    void theTenColumnCapitalisedHeaderIsShortNotLegacy() {
        StravaLayout l = StravaLayout.detect(StravaCsv.SHORT_10, "activities.csv");
        assertEquals(StravaLayout.Era.SHORT, l.era());
        assertEquals("Filename", StravaCsv.SHORT_10.get(l.filename()));
    }

    @Test
    void aTranslatedShortHeaderIsShortByItsShape() {
        List<String> h = List.of("Aktivitäts-ID", "Aktivitätsdatum", "Name der Aktivität", "Aktivitätsart",
                "Aktivitätsbeschreibung", "Verstrichene Zeit", "Distanz", "Relative Leistung", "Pendeln",
                "Aktivitätsausrüstung", "Dateiname");
        StravaLayout l = StravaLayout.detect(h, "activities.csv");
        assertEquals(StravaLayout.Era.SHORT, l.era());
        assertEquals(10, l.filename());
    }

    @Test
    void theDecember2020HeaderOf78ColumnsIsDetailed() {
        StravaLayout l = StravaLayout.detect(StravaCsv.DETAILED_2020, "activities.csv");
        assertEquals(78, l.columns());
        assertEquals(StravaLayout.Era.DETAILED, l.era());
        assertEquals("Filename", StravaCsv.DETAILED_2020.get(l.filename()));
        assertEquals("Moving Time", StravaCsv.DETAILED_2020.get(l.movingTime()));
        assertEquals("Average Heart Rate", StravaCsv.DETAILED_2020.get(l.avgHeartRate()));
        assertEquals("Perceived Exertion", StravaCsv.DETAILED_2020.get(l.perceivedExertion()));
    }

    @Test
    void trackFileNamesAreRecognisedByShapeAndGearNamesAreNot() {
        assertTrue(StravaLayout.isTrackFileName("activities/2125648250.fit.gz"));
        assertTrue(StravaLayout.isTrackFileName("activities/1.GPX"));
        assertTrue(StravaLayout.isTrackFileName("activities/1.tcx.gz"));
        assertEquals(false, StravaLayout.isTrackFileName("Pegasus 37"));
        assertEquals(false, StravaLayout.isTrackFileName("1x1x8"));
        assertEquals(false, StravaLayout.isTrackFileName(""));
    }

    @Test
    void anyColumnCountFrom87To101GivesTheSameOffsets() {
        StravaLayout base = StravaLayout.detect(StravaCsv.DETAILED, "activities.csv");
        qt().forAll(integers().between(94, 101)).check(n -> {
            StravaLayout l = StravaLayout.detect(StravaCsv.padded(StravaCsv.DETAILED, n), "activities.csv");
            return l.columns() == n && l.avgHeartRate() == base.avgHeartRate() && l.filename() == base.filename();
        });
    }

    @Test
    void aRepeatedElapsedTimeNotFollowedByDistanceIsRefused() {
        List<String> h = new java.util.ArrayList<>(StravaCsv.DETAILED);
        h.set(17, "Something Else");
        ImportException e = assertThrows(ImportException.class, () -> StravaLayout.detect(h, "activities.csv"));
        assertTrue(e.getMessage().startsWith("activities.csv line 1: unrecognised Strava header"), e.getMessage());
    }

    @Test
    void aTranslationWordingTheTwoElapsedTimesDifferentlyIsFoundByTheRepeatedDistance() {
        List<String> h = new java.util.ArrayList<>(StravaCsv.frenchDetailed());
        h.set(15, "Durée écoulée");
        assertEquals(StravaLayout.detect(StravaCsv.DETAILED, "activities.csv"), StravaLayout.detect(h, "activities.csv"));
    }

    @Test
    void aLongHeaderWithoutRepeatsIsRefused() {
        List<String> h = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) {
            h.add("Column " + i);
        }
        ImportException e = assertThrows(ImportException.class, () -> StravaLayout.detect(h, "activities.csv"));
        assertTrue(e.getMessage().contains("no repeated Elapsed Time or Distance"), e.getMessage());
    }

    @Test
    void aShortHeaderIsNotStrava() {
        ImportException e = assertThrows(ImportException.class,
                () -> StravaLayout.detect(List.of("a", "b", "c"), "activities.csv"));
        assertTrue(e.getMessage().contains("not a Strava activities.csv"), e.getMessage());
    }
}
