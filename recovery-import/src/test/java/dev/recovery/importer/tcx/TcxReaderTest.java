package dev.recovery.importer.tcx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.fixture.Tracks;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.RecordedActivity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcxReaderTest {

    private static final Instant START = Instant.parse("2023-06-01T05:00:00Z");

    static List<RecordedActivity> read(String xml) {
        return TcxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "run.tcx");
    }

    @Test
    void lapTotalsGiveDurationAndDistance() {
        RecordedActivity a = read(Tracks.tcx("Running", START, 1800, 3.0, 145, true)).get(0);
        assertEquals(Duration.ofMinutes(30), a.duration());
        assertEquals(5400, a.metres(), 1e-6);
        assertEquals("Running", a.type().orElseThrow());
        assertEquals(START, a.start().orElseThrow());
    }

    @Test
    void heartRateComesFromHeartRateBpm() {
        RecordedActivity a = read(Tracks.tcx("Running", START, 600, 3.0, 152, false)).get(0);
        assertEquals(152, a.avgHeartRate().orElseThrow());
    }

    @Test
    void withoutLapTotalsTheTrackpointsAreUsed() {
        RecordedActivity a = read(Tracks.tcx("Biking", START, 601, 8.0, 0, false)).get(0);
        assertEquals(Duration.ofMinutes(10), a.duration());
        assertEquals(4800, a.metres(), 1e-6, "the device's cumulative DistanceMeters");
        assertTrue(a.avgHeartRate().isEmpty());
    }

    @Test
    void lapAverageHeartRateIsUsedWhenTrackpointsHaveNone() {
        String xml = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>2023-06-01T05:00:00Z</Id>"
                + "<Lap StartTime=\"2023-06-01T05:00:00Z\"><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>2000</DistanceMeters>"
                + "<AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm></Lap>"
                + "<Lap StartTime=\"2023-06-01T05:10:00Z\"><TotalTimeSeconds>1200</TotalTimeSeconds><DistanceMeters>4000</DistanceMeters>"
                + "<AverageHeartRateBpm><Value>155</Value></AverageHeartRateBpm></Lap>"
                + "</Activity></Activities></TrainingCenterDatabase>";
        RecordedActivity a = read(xml).get(0);
        assertEquals(150, a.avgHeartRate().orElseThrow(), "(140 x 600 + 155 x 1200) / 1800");
        assertEquals(6000, a.metres(), 1e-9);
    }

    @Test
    void everyActivityInTheFileIsRead() {
        String one = Tracks.tcx("Running", START, 60, 3.0, 150, true);
        String body = one.substring(one.indexOf("<Activity "), one.indexOf("</Activities>"));
        String two = one.replace("</Activities>", body.replace("2023-06-01", "2023-06-02") + "</Activities>");
        assertEquals(2, read(two).size());
    }

    @Test
    void aTruncatedFileNamesTheFileAndLine() {
        String xml = Tracks.tcx("Running", START, 100, 3.0, 150, true);
        ImportException e = assertThrows(ImportException.class, () -> read(xml.substring(0, xml.length() - 200)));
        assertTrue(e.getMessage().startsWith("run.tcx line "), e.getMessage());
    }

    @Test
    void aBadNumberNamesTheElement() {
        String xml = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap><TotalTimeSeconds>ten</TotalTimeSeconds>"
                + "</Lap></Activity></Activities></TrainingCenterDatabase>";
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("element <TotalTimeSeconds>"), e.getMessage());
    }

    @Test
    void leadingBlanksBeforeTheXmlDeclarationAreTolerated() {
        // Strava's exported TCX files are known to start with spaces before <?xml ...?>.
        RecordedActivity a = read("          \n" + Tracks.tcx("Running", START, 60, 3.0, 150, true)).get(0);
        assertEquals(Duration.ofMinutes(1), a.duration());
    }

    @Test
    void aGpxIsNotATcx() {
        ImportException e = assertThrows(ImportException.class, () -> read("<gpx/>"));
        assertTrue(e.getMessage().contains("not a TCX file"), e.getMessage());
    }

    @Test
    void theStartIsTheFirstLapsStartTimeNotTheId() {
        // Tacx writes the time the file was saved into <Id>: here 45 minutes after the start.
        String xml = Tracks.tcx("Running", START, 1800, 3.0, 145, true)
                .replace("<Id>" + START + "</Id>", "<Id>" + START.plusSeconds(45 * 60) + "</Id>");
        assertEquals(START, read(xml).get(0).start().orElseThrow());
    }

    @Test
    void withoutLapStartTimesTheFirstTrackpointGivesTheStart() {
        String xml = Tracks.tcx("Running", START, 600, 3.0, 145, true)
                .replace("<Lap StartTime=\"" + START + "\">", "<Lap>")
                .replace("<Id>" + START + "</Id>", "<Id>" + START.plusSeconds(45 * 60) + "</Id>");
        assertEquals(START, read(xml).get(0).start().orElseThrow());
    }

    @Test
    void anIdThatIsNotATimeIsIgnored() {
        String xml = Tracks.tcx("Running", START, 600, 3.0, 145, true).replace("<Id>" + START + "</Id>", "<Id>Tacx activity 17</Id>");
        assertEquals(START, read(xml).get(0).start().orElseThrow());
    }
}
