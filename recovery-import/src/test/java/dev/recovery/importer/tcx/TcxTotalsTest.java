package dev.recovery.importer.tcx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.RecordedActivity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a TCX activity's laps and track points add up to: the laps' own totals where they state
 * them, the track where they do not, and the order in which the start is looked for.
 */
class TcxTotalsTest {

    private static final String T0 = "2023-06-01T05:00:00Z";

    private static List<RecordedActivity> read(String activities) {
        String xml = "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
                + activities + "</TrainingCenterDatabase>";
        return TcxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "run.tcx");
    }

    private static RecordedActivity one(String activity) {
        List<RecordedActivity> all = read("<Activities>" + activity + "</Activities>");
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static String activity(String sport, String inner) {
        return "<Activity Sport=\"" + sport + "\"><Id>" + T0 + "</Id>" + inner + "</Activity>";
    }

    private static String lap(String start, String totals, String points) {
        return "<Lap" + (start == null ? "" : " StartTime=\"" + start + "\"") + ">" + totals + "<Track>" + points + "</Track></Lap>";
    }

    private static String point(String time, double lat, double metres, int hr) {
        return "<Trackpoint><Time>" + time + "</Time>"
                + (Double.isNaN(lat) ? "" : "<Position><LatitudeDegrees>" + lat + "</LatitudeDegrees><LongitudeDegrees>5.0</LongitudeDegrees></Position>")
                + (Double.isNaN(metres) ? "" : "<DistanceMeters>" + metres + "</DistanceMeters>")
                + (hr < 0 ? "" : "<HeartRateBpm><Value>" + hr + "</Value></HeartRateBpm>") + "</Trackpoint>";
    }

    @Test
    void theLapsTimesAndDistancesAreAddedUp() {
        RecordedActivity a = one(activity("Running",
                lap(T0, "<TotalTimeSeconds>600.5</TotalTimeSeconds><DistanceMeters>1000</DistanceMeters>", "")
                        + lap("2023-06-01T05:10:00Z", "<TotalTimeSeconds>300</TotalTimeSeconds><DistanceMeters>500.25</DistanceMeters>", "")));
        assertEquals(Duration.ofMillis(900_500), a.duration());
        assertEquals(1500.25, a.metres(), 1e-9);
    }

    @Test
    void aLapTimeIsRoundedToTheMillisecond() {
        RecordedActivity a = one(activity("Running", lap(T0, "<TotalTimeSeconds>1.0005</TotalTimeSeconds>", "")));
        assertEquals(Duration.ofMillis(1001), a.duration());
    }

    @Test
    void theLapAverageHeartRateIsWeightedByEachLapsTime() {
        RecordedActivity a = one(activity("Running",
                lap(T0, "<TotalTimeSeconds>600</TotalTimeSeconds><AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm>", "")
                        + lap(null, "<TotalTimeSeconds>300</TotalTimeSeconds><AverageHeartRateBpm><Value>171</Value></AverageHeartRateBpm>", "")));
        assertEquals(150, a.avgHeartRate().orElseThrow(), "(140 x 600 + 171 x 300) / 900 = 150.3");
        assertTrue(a.maxHeartRate().isEmpty(), "a lap's average is no maximum");
    }

    @Test
    void aLapWithoutATimeGivesItsHeartRateNoWeight() {
        RecordedActivity a = one(activity("Running",
                lap(T0, "<TotalTimeSeconds>600</TotalTimeSeconds><AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm>", "")
                        + lap(null, "<AverageHeartRateBpm><Value>190</Value></AverageHeartRateBpm>", "")));
        assertEquals(140, a.avgHeartRate().orElseThrow());
    }

    @Test
    void aLapsMaximumHeartRateIsNotItsAverage() {
        RecordedActivity a = one(activity("Running", lap(T0, "<TotalTimeSeconds>600</TotalTimeSeconds>"
                + "<AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>190</Value></MaximumHeartRateBpm>", "")));
        assertEquals(140, a.avgHeartRate().orElseThrow());
    }

    @Test
    void theTrackpointsHeartRateWinsOverTheLapsAverage() {
        RecordedActivity a = one(activity("Running", lap(T0,
                "<TotalTimeSeconds>20</TotalTimeSeconds><AverageHeartRateBpm><Value>100</Value></AverageHeartRateBpm>",
                point(T0, Double.NaN, Double.NaN, 150) + point("2023-06-01T05:00:10Z", Double.NaN, Double.NaN, 160)
                        + point("2023-06-01T05:00:20Z", Double.NaN, Double.NaN, 170))));
        assertEquals(155, a.avgHeartRate().orElseThrow());
        assertEquals(170, a.maxHeartRate().orElseThrow());
    }

    @Test
    void aTrackpointHeartRateIsRoundedToTheNearestBeat() {
        RecordedActivity a = one(activity("Running", lap(T0, "",
                "<Trackpoint><Time>" + T0 + "</Time><HeartRateBpm><Value>149.5</Value></HeartRateBpm></Trackpoint>")));
        assertEquals(150, a.maxHeartRate().orElseThrow());
    }

    @Test
    void withoutLapTotalsTheDevicesDistanceAndTheMovingTimeAreUsed() {
        RecordedActivity a = one(activity("Running", lap(T0, "",
                point(T0, 45.0, 0, 140) + point("2023-06-01T05:00:10Z", 45.0001, 30, 140)
                        + point("2023-06-01T05:02:10Z", 45.0002, 60, 140) + point("2023-06-01T05:02:20Z", 45.0003, 90, 140))));
        assertEquals(Duration.ofSeconds(20), a.duration(), "the 2-minute stop is left out");
        assertEquals(90, a.metres(), 1e-9);
    }

    @Test
    void withoutDeviceDistancesThePositionsGiveTheDistance() {
        RecordedActivity a = one(activity("Running", lap(T0, "",
                point(T0, 45.0, Double.NaN, -1) + point("2023-06-01T05:00:10Z", 45.001, Double.NaN, -1))));
        assertEquals(6_371_008.8 * Math.toRadians(0.001), a.metres(), 1e-6);
    }

    @Test
    void aLapDistanceInsideTheTrackIsNotALapTotal() {
        RecordedActivity a = one(activity("Running", "<Lap StartTime=\"" + T0 + "\"><Track><DistanceMeters>5000</DistanceMeters>"
                + point(T0, Double.NaN, 0, -1) + point("2023-06-01T05:00:10Z", Double.NaN, 40, -1) + "</Track></Lap>"));
        assertEquals(40, a.metres(), 1e-9);
    }

    @Test
    void standingStillThroughoutGivesTheElapsedTime() {
        RecordedActivity a = one(activity("Running", lap(T0, "",
                point(T0, 45.0, 0, -1) + point("2023-06-01T05:00:30Z", 45.0, 0, -1))));
        assertEquals(Duration.ofSeconds(30), a.duration());
    }

    @Test
    void theFirstLapsStartTimeIsTheStartEvenIfALaterLapStartsEarlier() {
        RecordedActivity a = one(activity("Running", lap("2023-06-01T05:05:00Z", "<TotalTimeSeconds>60</TotalTimeSeconds>", "")
                + lap(T0, "<TotalTimeSeconds>60</TotalTimeSeconds>", "")));
        assertEquals(Instant.parse("2023-06-01T05:05:00Z"), a.start().orElseThrow());
    }

    @Test
    void aBlankLapStartTimeIsPassedOver() {
        RecordedActivity a = one(activity("Running", lap(" ", "<TotalTimeSeconds>60</TotalTimeSeconds>", "")
                + lap("2023-06-01T05:05:00Z", "<TotalTimeSeconds>60</TotalTimeSeconds>", "")));
        assertEquals(Instant.parse("2023-06-01T05:05:00Z"), a.start().orElseThrow());
    }

    @Test
    void withoutLapsOrTimedPointsTheIdIsTheStart() {
        RecordedActivity a = one(activity("Running", "<Lap><TotalTimeSeconds>60</TotalTimeSeconds></Lap>"));
        assertEquals(Instant.parse(T0), a.start().orElseThrow());
    }

    @Test
    void withoutAnyTimeThereIsNoStart() {
        RecordedActivity a = one("<Activity Sport=\"Running\"><Id>not a time</Id><Lap><TotalTimeSeconds>60</TotalTimeSeconds></Lap></Activity>");
        assertTrue(a.start().isEmpty());
    }

    @Test
    void theSportIsStrippedAndABlankOneStatesNothing() {
        assertEquals("Biking", one(activity(" Biking ", "")).type().orElseThrow());
        assertTrue(one(activity("  ", "")).type().isEmpty());
        assertTrue(one("<Activity><Id>" + T0 + "</Id></Activity>").type().isEmpty());
    }

    @Test
    void aTcxActivityHasNoName() {
        assertTrue(one(activity("Running", "")).name().isEmpty());
    }

    @Test
    void pointsAreCounted() {
        RecordedActivity a = one(activity("Running", lap(T0, "", point(T0, 45, 0, -1) + point(T0, 45, 0, -1) + point(T0, 45, 0, -1))));
        assertEquals(3, a.points());
    }

    @Test
    void aCourseIsNoActivity() {
        String course = "<Courses><Course><Name>Loop</Name><Lap><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>2000</DistanceMeters></Lap>"
                + "<Track>" + point(T0, 45, 0, 150) + "</Track></Course></Courses>";
        assertTrue(read(course).isEmpty());
        List<RecordedActivity> both = read("<Activities>" + activity("Running", lap(T0, "<TotalTimeSeconds>60</TotalTimeSeconds>", ""))
                + "</Activities>" + course);
        assertEquals(1, both.size());
        assertEquals(Duration.ofSeconds(60), both.get(0).duration());
        assertEquals(0, both.get(0).points());
    }

    @Test
    void activitiesComeInFileOrder() {
        List<RecordedActivity> all = read("<Activities>" + activity("Running", "") + activity("Biking", "") + activity("Other", "")
                + "</Activities>");
        assertEquals(List.of("Running", "Biking", "Other"), all.stream().map(a -> a.type().orElseThrow()).toList());
    }

    @Test
    void aNumberThatIsNotFiniteIsRefusedNamingTheField() {
        ImportException e = assertThrows(ImportException.class,
                () -> one(activity("Running", lap(T0, "<DistanceMeters>NaN</DistanceMeters>", ""))));
        assertTrue(e.getMessage().endsWith("DistanceMeters: 'NaN' is not allowed; expected a number"), e.getMessage());
        assertThrows(ImportException.class, () -> one(activity("Running", lap(T0, "<TotalTimeSeconds>Infinity</TotalTimeSeconds>", ""))));
    }

    @Test
    void aBadCoordinateIsRefusedNamingTheField() {
        ImportException e = assertThrows(ImportException.class, () -> one(activity("Running", lap(T0, "",
                "<Trackpoint><Time>" + T0 + "</Time><Position><LatitudeDegrees>north</LatitudeDegrees></Position></Trackpoint>"))));
        assertTrue(e.getMessage().contains("element <LatitudeDegrees>"), e.getMessage());
        assertTrue(e.getMessage().endsWith("LatitudeDegrees: 'north' is not allowed; expected a number"), e.getMessage());
        ImportException lon = assertThrows(ImportException.class, () -> one(activity("Running", lap(T0, "",
                "<Trackpoint><Time>" + T0 + "</Time><Position><LongitudeDegrees>east</LongitudeDegrees></Position></Trackpoint>"))));
        assertTrue(lon.getMessage().endsWith("LongitudeDegrees: 'east' is not allowed; expected a number"), lon.getMessage());
    }

    @Test
    void aBadHeartRateIsRefusedNamingTheField() {
        ImportException e = assertThrows(ImportException.class, () -> one(activity("Running", lap(T0, "",
                "<Trackpoint><Time>" + T0 + "</Time><HeartRateBpm><Value>fast</Value></HeartRateBpm></Trackpoint>"))));
        assertTrue(e.getMessage().endsWith("HeartRateBpm: 'fast' is not allowed; expected a number"), e.getMessage());
        ImportException lapHr = assertThrows(ImportException.class, () -> one(activity("Running",
                lap(T0, "<AverageHeartRateBpm><Value>fast</Value></AverageHeartRateBpm>", ""))));
        assertTrue(lapHr.getMessage().endsWith("AverageHeartRateBpm: 'fast' is not allowed; expected a number"), lapHr.getMessage());
    }

    @Test
    void aBadTimeIsRefusedNamingTheElementAndLine() {
        String xml = "<TrainingCenterDatabase>\n<Activities>\n<Activity Sport=\"Running\">\n<Lap><Track><Trackpoint><Time>later</Time>"
                + "</Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>";
        ImportException e = assertThrows(ImportException.class,
                () -> TcxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "run.tcx"));
        assertTrue(e.getMessage().startsWith("run.tcx line 4, element <Time>: time: 'later'"), e.getMessage());
    }

    @Test
    void anotherRootIsNamed() {
        ImportException e = assertThrows(ImportException.class,
                () -> TcxReader.read(new ByteArrayInputStream("<gpx version=\"1.1\"/>".getBytes(StandardCharsets.UTF_8)), "run.tcx"));
        assertEquals("run.tcx line 1: not a TCX file: its root element is <gpx>, expected <TrainingCenterDatabase>", e.getMessage());
    }

    @Test
    void aFileWithoutElementsIsNotATcx() {
        ImportException e = assertThrows(ImportException.class,
                () -> TcxReader.read(new ByteArrayInputStream("<?xml version=\"1.0\"?><!-- nothing -->".getBytes(StandardCharsets.UTF_8)),
                        "run.tcx"));
        assertTrue(e.getMessage().startsWith("run.tcx"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE TrainingCenterDatabase [<!ENTITY x \"y\">]><TrainingCenterDatabase/>";
        ImportException e = assertThrows(ImportException.class,
                () -> TcxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "run.tcx"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void eachActivityIsHandedOnAsSoonAsItEnds() {
        String xml = "<TrainingCenterDatabase><Activities>" + activity("Running", "") + activity("Biking", "")
                + "</Activities><broken></TrainingCenterDatabase>";
        List<String> seen = new java.util.ArrayList<>();
        assertThrows(ImportException.class, () -> TcxReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "run.tcx",
                a -> seen.add(a.type().orElseThrow())));
        assertEquals(List.of("Running", "Biking"), seen);
    }
}
