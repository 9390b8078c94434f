package dev.recovery.importer.gpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.importer.fixture.Tracks;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.RecordedActivity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast UTF-8 path reads exactly what the general XML parser reads, and refuses the same files. */
class GpxScannerTest {

    private static final Instant START = Instant.parse("2024-03-05T07:30:00Z");

    private static List<RecordedActivity> read(String xml) {
        return GpxReader.readTracks(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)), "t.gpx");
    }

    /** The same file declared as Latin-1, which sends it to the general parser. */
    private static String latin1(String xml) {
        return xml.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>");
    }

    @Test
    void theUtf8FileTakesTheFastPath() {
        String xml = Tracks.gpx11(START, 10, 3.0, 150, "running");
        assertTrue(GpxScanner.applies(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.gpx"));
        assertFalse(GpxScanner.applies(new ByteArrayInputStream(latin1(xml).getBytes(StandardCharsets.ISO_8859_1)), "t.gpx"));
    }

    @Test
    void bothPathsReadTheSameActivity() {
        qt().withExamples(30).forAll(integers().between(1, 2_000), integers().between(1, 12), integers().between(0, 190)).check((points, speed, hr) -> {
            String xml = Tracks.gpx11(START, points, speed, hr, hr % 2 == 0 ? "running" : null);
            return read(xml).equals(read(latin1(xml)));
        });
    }

    @Test
    void commentsCdataAndEntitiesAreHandledLikeAnXmlParser() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- exported --><gpx version=\"1.1\"><trk>"
                + "<name>Run &amp; <![CDATA[coffee]]> &#233;</name><type><!-- sport -->running</type><trkseg>"
                + "<trkpt lat='45.0' lon=\"5.0\"><time>2024-03-05T07:30:00Z</time></trkpt>"
                + "<trkpt lat=\"45.001\" lon=\"5.0\"/>"
                + "</trkseg></trk></gpx>";
        RecordedActivity a = read(xml).get(0);
        assertEquals("Run & coffee é", a.name().orElseThrow());
        assertEquals("running", a.type().orElseThrow());
        assertEquals(2, a.points());
        assertEquals(read(latin1(xml)), read(xml));
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> read("<gpx><trk><name>&secret;</name></trk></gpx>"));
        assertTrue(e.getMessage().contains("never declared"), e.getMessage());
    }

    @Test
    void aMismatchedEndTagIsRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> read("<gpx><trk><trkseg></trk></trkseg></gpx>"));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefusedOnItsLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> read("<?xml version=\"1.0\"?>\n\n<!DOCTYPE gpx [<!ENTITY x \"y\">]><gpx/>"));
        assertTrue(e.getMessage().startsWith("t.gpx line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
