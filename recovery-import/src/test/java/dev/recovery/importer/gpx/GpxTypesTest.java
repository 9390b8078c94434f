package dev.recovery.importer.gpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.track.RecordedActivity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a GPX says about each of its tracks: type from {@code trk/type} only, and every heart-rate extension. */
class GpxTypesTest {

    private static List<RecordedActivity> tracks(String xml) {
        return GpxReader.readTracks(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.gpx");
    }

    private static String trk(String inner, String start) {
        return "<trk>" + inner + "<trkseg>"
                + "<trkpt lat=\"45.0\" lon=\"5.0\"><time>" + start + ":00Z</time></trkpt>"
                + "<trkpt lat=\"45.001\" lon=\"5.0\"><time>" + start + ":30Z</time></trkpt>"
                + "</trkseg></trk>";
    }

    private static String gpx(String body) {
        return "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">" + body + "</gpx>";
    }

    @Test
    void aLinkTypeIsNotTheActivityType() {
        String xml = gpx("<metadata><link href=\"https://example.test\"><text>t</text><type>text/html</type></link></metadata>"
                + trk("<name>Lunch</name><link href=\"https://example.test/a\"><type>text/html</type></link>", "2024-03-05T07:30"));
        RecordedActivity a = tracks(xml).get(0);
        assertTrue(a.type().isEmpty(), a.type().toString());
        assertEquals("Lunch", a.name().orElseThrow());
    }

    @Test
    void theTypeAfterALinkIsStillRead() {
        String xml = gpx(trk("<link href=\"https://example.test/a\"><type>text/html</type></link><type>road_biking</type>", "2024-03-05T07:30"));
        assertEquals("road_biking", tracks(xml).get(0).type().orElseThrow());
    }

    @Test
    void eachTrackHasItsOwnType() {
        String xml = gpx(trk("<type>running</type>", "2024-03-05T07:30") + trk("<type>mountain_biking</type>", "2024-03-05T09:30")
                + trk("", "2024-03-05T11:30"));
        List<RecordedActivity> all = tracks(xml);
        assertEquals(3, all.size());
        assertEquals("running", all.get(0).type().orElseThrow());
        assertEquals("mountain_biking", all.get(1).type().orElseThrow());
        assertTrue(all.get(2).type().isEmpty());
    }

    @Test
    void readAsOneActivityAllTracksCount() {
        String xml = gpx(trk("<type>9</type>", "2024-03-05T07:30") + trk("<type>1</type>", "2024-03-05T09:30"));
        RecordedActivity a = GpxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.gpx");
        assertEquals(4, a.points());
        assertEquals("9", a.type().orElseThrow(), "the first track's type");
    }

    @Test
    void heartRateFromTheClueTrustExtensionThatSportTracksWrites() {
        String xml = "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"SportTracks 3.1\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:gpxdata=\"http://www.cluetrust.com/XML/GPXDATA/1/0\"><trk><trkseg>"
                + "<trkpt lat=\"45.0\" lon=\"5.0\"><time>2024-03-05T07:30:00Z</time><extensions><gpxdata:hr>140</gpxdata:hr></extensions></trkpt>"
                + "<trkpt lat=\"45.001\" lon=\"5.0\"><time>2024-03-05T07:30:30Z</time><extensions><gpxdata:hr>150.00</gpxdata:hr></extensions></trkpt>"
                + "</trkseg></trk></gpx>";
        RecordedActivity a = tracks(xml).get(0);
        assertEquals(140, a.avgHeartRate().orElseThrow(), "each sample holds until the next");
        assertEquals(150, a.maxHeartRate().orElseThrow());
    }

    @Test
    void heartRateFromTheOlderHeartrateElement() {
        String xml = gpx("<trk><trkseg>"
                + "<trkpt lat=\"45.0\" lon=\"5.0\"><time>2024-03-05T07:30:00Z</time><extensions><heartrate>131</heartrate></extensions></trkpt>"
                + "<trkpt lat=\"45.001\" lon=\"5.0\"><time>2024-03-05T07:30:30Z</time><extensions><heartrate>133</heartrate></extensions></trkpt>"
                + "</trkseg></trk>");
        assertEquals(133, tracks(xml).get(0).maxHeartRate().orElseThrow());
    }
}
