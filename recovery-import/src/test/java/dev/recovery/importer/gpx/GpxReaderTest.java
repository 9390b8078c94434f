package dev.recovery.importer.gpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.fixture.Tracks;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.RecordedActivity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GpxReaderTest {

    private static final Instant START = Instant.parse("2024-03-05T07:30:00Z");

    static RecordedActivity read(String xml) {
        return GpxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "run.gpx");
    }

    @Test
    void distanceIsTheHaversineSumOfTheTrack() {
        RecordedActivity a = read(Tracks.gpx11(START, 3601, 3.0, 150, "running"));
        assertEquals(10_800, a.metres(), 10_800 * 0.005, "3,600 s at 3 m/s");
    }

    @Test
    void durationIsTheMovingTimeFromTheFirstToTheLastPoint() {
        RecordedActivity a = read(Tracks.gpx11(START, 3601, 3.0, 150, "running"));
        assertEquals(Duration.ofHours(1), a.duration());
        assertEquals(START, a.start().orElseThrow());
    }

    @Test
    void heartRateComesFromGarminsTrackPointExtension() {
        RecordedActivity a = read(Tracks.gpx11(START, 601, 3.0, 150, "running"));
        int avg = a.avgHeartRate().orElseThrow();
        assertTrue(avg >= 150 && avg <= 170, "drifting from 150 up to 170: " + avg);
        assertEquals(169, a.maxHeartRate().orElseThrow());
    }

    @Test
    void theTracksTypeAndNameAreRead() {
        RecordedActivity a = read(Tracks.gpx11(START, 10, 3.0, 0, "running"));
        assertEquals("running", a.type().orElseThrow());
        assertEquals("Synthetic run", a.name().orElseThrow());
        assertTrue(a.avgHeartRate().isEmpty());
    }

    @Test
    void gpx10IsRead() {
        RecordedActivity a = read(Tracks.gpx10(START, 601, 2.5));
        assertEquals(1500, a.metres(), 15);
        assertEquals(Duration.ofMinutes(10), a.duration());
    }

    @Test
    void standingStillIsNotMovingTime() {
        String xml = "<gpx version=\"1.1\"><trk><trkseg>"
                + "<trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time></trkpt>"
                + "<trkpt lat=\"45.0001\" lon=\"5\"><time>2024-03-05T07:30:05Z</time></trkpt>"
                + "<trkpt lat=\"45.0001\" lon=\"5\"><time>2024-03-05T07:30:35Z</time></trkpt>"
                + "</trkseg></trk></gpx>";
        assertEquals(Duration.ofSeconds(5), read(xml).duration());
    }

    @Test
    void aTruncatedFileNamesTheFileAndLine() {
        String xml = Tracks.gpx11(START, 50, 3.0, 150, "running");
        ImportException e = assertThrows(ImportException.class, () -> read(xml.substring(0, xml.length() / 2)));
        assertTrue(e.getMessage().startsWith("run.gpx line "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void aBadTimeNamesTheElement() {
        String xml = "<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\"><time>yesterday</time></trkpt></trkseg></trk></gpx>";
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("element <time>"), e.getMessage());
        assertTrue(e.getMessage().contains("'yesterday'"), e.getMessage());
    }

    @Test
    void aLatitudeOutOfRangeIsRefused() {
        String xml = "<gpx><trk><trkseg><trkpt lat=\"95\" lon=\"5\"></trkpt></trkseg></trk></gpx>";
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("lat: '95'"), e.getMessage());
    }

    @Test
    void anotherXmlFileIsNotGpx() {
        ImportException e = assertThrows(ImportException.class, () -> read("<kml><Document/></kml>"));
        assertTrue(e.getMessage().contains("not a GPX file"), e.getMessage());
    }

    @Test
    void trackSegmentsAreNotJoined() {
        String xml = "<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time></trkpt></trkseg>"
                + "<trkseg><trkpt lat=\"46\" lon=\"5\"><time>2024-03-05T08:30:00Z</time></trkpt></trkseg></trk></gpx>";
        RecordedActivity a = read(xml);
        assertEquals(0, a.metres(), 1e-9);
        assertFalse(a.start().isEmpty());
    }
}
