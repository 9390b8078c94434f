package dev.recovery.importer.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Rpe;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.archive.FolderExport;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.RecordingListener;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ImportLimits;
import dev.recovery.importer.safety.ReadBudget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Strava row at a time: where each value comes from, what is refused, and how the row is named. */
class StravaRowsTest {

    @TempDir
    Path dir;

    static StravaCsv.Activity run() {
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.avgHeartRate = "148";
        return a;
    }

    private RecordingListener read(Exports export, DistanceUnit fallback, ExecutorService pool, int window) throws IOException {
        Path folder = export.folder(dir.resolve("export"));
        RecordingListener r = new RecordingListener();
        new StravaExportReader(new FolderExport(folder, new ReadBudget(ImportLimits.defaults())), "activities.csv", ZoneOffset.UTC,
                fallback, 1 << 20, pool, window).read(r);
        return r;
    }

    private RecordingListener read(List<String> header, List<StravaCsv.Activity> rows) throws IOException {
        return read(Exports.create().with("activities.csv", StravaCsv.csv(header, rows)), DistanceUnit.KM, null, 4);
    }

    private ImportedActivity one(StravaCsv.Activity a) throws IOException {
        RecordingListener r = read(StravaCsv.DETAILED, List.of(a));
        assertEquals(List.of(), r.problems);
        assertEquals(1, r.activities.size());
        return r.activities.get(0);
    }

    private ImportProblem problem(StravaCsv.Activity a) throws IOException {
        RecordingListener r = read(StravaCsv.DETAILED, List.of(a));
        assertEquals(1, r.problems.size());
        return r.problems.get(0);
    }

    @Test
    void aRowIsNamedByItsLineAndActivityId() throws IOException {
        StravaCsv.Activity a = run();
        a.id = "4711";
        a.elapsedSeconds = "";
        a.movingSeconds = "";
        ImportProblem p = problem(a);
        assertTrue(p.origin().endsWith("activities.csv line 2 (activity 4711)"), p.origin());
        assertTrue(p.message().startsWith("duration: "), p.message());
    }

    @Test
    void aRowWithoutIdIsNamedByItsLineAlone() throws IOException {
        StravaCsv.Activity a = run();
        a.id = "";
        a.date = "soon";
        ImportProblem p = problem(a);
        assertTrue(p.origin().endsWith("activities.csv line 2"), p.origin());
        assertTrue(p.message().startsWith("date: 'soon'"), p.message());
    }

    @Test
    void withoutMovingTimeTheElapsedTimeIsTheDuration() throws IOException {
        StravaCsv.Activity a = run();
        a.movingSeconds = "0";
        assertEquals(Duration.ofSeconds(3720), one(a).duration());
    }

    @Test
    void aFractionalMovingTimeIsKeptToTheMillisecond() throws IOException {
        StravaCsv.Activity a = run();
        a.movingSeconds = "3600.5";
        assertEquals(Duration.ofMillis(3_600_500), one(a).duration());
    }

    @Test
    void withoutDateOrTrackTheRowIsAProblem() throws IOException {
        StravaCsv.Activity a = run();
        a.date = "";
        assertTrue(problem(a).message().startsWith("date: "));
    }

    @Test
    void theFirstDistanceTimesTheUnitStandsInForMissingMetres() throws IOException {
        StravaCsv.Activity a = run();
        a.metres = "";
        a.distance = "5";
        assertEquals(5000, one(a).distance().orElseThrow().metres(), 1e-9);
    }

    @Test
    void withoutAnyDistanceAStrengthSessionHasNone() throws IOException {
        StravaCsv.Activity a = run();
        a.type = "Weight Training";
        a.metres = "";
        a.distance = "";
        assertEquals(Optional.empty(), one(a).distance());
    }

    @Test
    void theUnitIsLearntWithinTwoPercentAndKeptForLaterRows() throws IOException {
        StravaCsv.Activity miles = run();
        miles.distance = "1";
        miles.movingSeconds = "600";
        miles.elapsedSeconds = "600";
        miles.metres = String.valueOf(1609.344 * 1.019);
        StravaCsv.Activity later = run();
        later.id = "1001";
        later.metres = "";
        later.distance = "2";
        later.movingSeconds = "1200";
        later.elapsedSeconds = "1200";
        RecordingListener r = read(Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(miles, later))),
                DistanceUnit.KM, null, 4);
        assertEquals(List.of(), r.problems);
        assertEquals(2 * 1609.344, r.activities.get(1).distance().orElseThrow().metres(), 1e-9);
    }

    @Test
    void aRatioOutsideTwoPercentTeachesNothing() throws IOException {
        StravaCsv.Activity odd = run();
        odd.distance = "1";
        odd.movingSeconds = "600";
        odd.elapsedSeconds = "600";
        odd.metres = String.valueOf(1609.344 * 1.021);
        StravaCsv.Activity later = run();
        later.id = "1001";
        later.metres = "";
        later.distance = "2";
        later.movingSeconds = "1200";
        later.elapsedSeconds = "1200";
        RecordingListener r = read(Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(odd, later))),
                DistanceUnit.KM, null, 4);
        assertEquals(List.of(), r.problems);
        assertEquals(2000, r.activities.get(1).distance().orElseThrow().metres(), 1e-9);
    }

    @Test
    void perceivedExertionFromOneToTenIsKeptAndOutsideIsNone() throws IOException {
        StravaCsv.Activity a = run();
        a.perceivedExertion = "1";
        assertEquals(Optional.of(Rpe.of(1)), rpe(one(a)));
        a.perceivedExertion = "10";
        assertEquals(Optional.of(Rpe.of(10)), rpe(one(a)));
        a.perceivedExertion = "0";
        assertEquals(Optional.empty(), rpe(one(a)));
        a.perceivedExertion = "11";
        assertEquals(Optional.empty(), rpe(one(a)));
        a.perceivedExertion = "6.5";
        assertEquals(Optional.of(Rpe.of(7)), rpe(one(a)));
    }

    private static Optional<Rpe> rpe(ImportedActivity a) {
        return ((dev.recovery.core.log.Run) a.session()).rpe();
    }

    @Test
    void aHeartRateOfZeroIsNone() throws IOException {
        StravaCsv.Activity a = run();
        a.avgHeartRate = "0";
        a.maxHeartRate = "170.6";
        ImportedActivity i = one(a);
        assertEquals(OptionalInt.empty(), i.avgHeartRate());
        assertEquals(OptionalInt.of(171), i.maxHeartRate());
    }

    @Test
    void theSourceIdIsStravasAndWithoutOneAHash() throws IOException {
        StravaCsv.Activity a = run();
        a.id = "4711";
        assertEquals("strava:4711", one(a).sourceId());
        a.id = "";
        assertTrue(!one(a).sourceId().startsWith("strava:"));
    }

    @Test
    void aMissingTrackIsANoticeAfterItsActivity() throws IOException {
        StravaCsv.Activity a = run();
        a.filename = "activities/9.gpx";
        RecordingListener r = read(StravaCsv.DETAILED, List.of(a));
        assertEquals(1, r.activities.size());
        assertEquals(1, r.notices.size());
        assertTrue(r.notices.get(0).message().startsWith("its file activities/9.gpx is not in the export"), r.notices.get(0).message());
    }

    @Test
    void aFileThatIsNoTrackIsNotLookedFor() throws IOException {
        StravaCsv.Activity a = run();
        a.filename = "activities/9.jpg";
        RecordingListener r = read(StravaCsv.DETAILED, List.of(a));
        assertEquals(1, r.activities.size());
        assertEquals(List.of(), r.notices);
    }

    @Test
    void aSkippedTypeGetsNoNotice() throws IOException {
        StravaCsv.Activity a = run();
        a.type = "Kayaking";
        a.filename = "activities/9.gpx";
        RecordingListener r = read(StravaCsv.DETAILED, List.of(a));
        assertEquals("Kayaking", r.skipped.get(0).type());
        assertEquals(List.of(), r.notices);
        StravaCsv.Activity blank = run();
        blank.type = "";
        assertEquals("(no type)", read(StravaCsv.DETAILED, List.of(blank)).skipped.get(0).type());
    }

    @Test
    void anEmptySummaryIsRefused() throws IOException {
        ImportException e = assertThrows(ImportException.class,
                () -> read(Exports.create().with("activities.csv", ""), DistanceUnit.KM, null, 4));
        assertTrue(e.getMessage().endsWith("activities.csv: the file is empty"), e.getMessage());
    }

    @Test
    void anExportWithoutSummaryIsRefused() throws IOException {
        ImportException e = assertThrows(ImportException.class,
                () -> read(Exports.create().with("other.csv", "x"), DistanceUnit.KM, null, 4));
        assertTrue(e.getMessage().endsWith(": no activities.csv: not a Strava bulk export"), e.getMessage());
    }

    @Test
    void blankLinesAreSkipped() throws IOException {
        String csv = StravaCsv.csv(StravaCsv.DETAILED, List.of(run())) + "\r\n" + StravaCsv.csv(StravaCsv.DETAILED, List.of(run()))
                .split("\r\n", 2)[1];
        RecordingListener r = read(Exports.create().with("activities.csv", csv), DistanceUnit.KM, null, 4);
        assertEquals(2, r.activities.size());
        assertTrue(r.activities.get(1).origin().endsWith("line 4 (activity 1000)"), r.activities.get(1).origin());
    }

    @Test
    void rowsArriveInFileOrderWhateverThePoolAndWindow() throws IOException {
        List<StravaCsv.Activity> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StravaCsv.Activity a = run();
            a.id = String.valueOf(2000 + i);
            rows.add(a);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            RecordingListener r = read(Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, rows)), DistanceUnit.KM, pool, 1);
            List<String> ids = new ArrayList<>();
            r.activities.forEach(a -> ids.add(a.sourceId()));
            List<String> sorted = new ArrayList<>(ids);
            Collections.sort(sorted);
            assertEquals(sorted, ids);
            assertEquals(300, ids.size());
            assertEquals(2, r.progress.size(), "once after 256 rows and once at the end");
            long size = r.progress.get(1)[1];
            assertEquals(size, r.progress.get(1)[0]);
            assertTrue(r.progress.get(0)[0] <= size);
            assertTrue(r.progress.get(0)[0] > 0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWindowBelowOneIsOne() throws IOException {
        RecordingListener r = read(Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(run(), run()))),
                DistanceUnit.KM, null, 0);
        assertEquals(2, r.activities.size());
    }

    @Test
    void aTrackFilesHeartRateFillsInTheSummarysGap() throws IOException {
        StravaCsv.Activity a = run();
        a.avgHeartRate = "";
        a.maxHeartRate = "";
        a.filename = "activities/1.gpx";
        String gpx = dev.recovery.importer.fixture.Tracks.gpx11(Instant.parse("2020-10-07T14:43:11Z"), 60, 1, 140, null);
        RecordingListener r = read(Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a)))
                .with("activities/1.gpx", gpx), DistanceUnit.KM, null, 4);
        assertTrue(r.activities.get(0).avgHeartRate().isPresent());
        assertTrue(r.activities.get(0).maxHeartRate().isPresent());
        assertEquals(ActivityKind.RUN, r.activities.get(0).kind());
    }

    // Layout boundaries.

    private static List<String> columns(int n) {
        List<String> h = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            h.add("Column " + i);
        }
        return h;
    }

    @Test
    void sixColumnsAreRefusedNamingTheirCount() {
        ImportException e = assertThrows(ImportException.class, () -> StravaLayout.detect(columns(6), "a.csv"));
        assertTrue(e.getMessage().startsWith("a.csv line 1: not a Strava activities.csv: 6 columns"), e.getMessage());
    }

    @Test
    void nineColumnsWithoutRepeatsAreRefusedTenAndThirtyAreShort() {
        ImportException e = assertThrows(ImportException.class, () -> StravaLayout.detect(columns(9), "a.csv"));
        assertTrue(e.getMessage().contains("9 columns and no repeated Elapsed Time or Distance header"), e.getMessage());
        assertEquals(StravaLayout.Era.SHORT, StravaLayout.detect(columns(10), "a.csv").era());
        assertEquals(29, StravaLayout.detect(columns(30), "a.csv").filename());
        assertThrows(ImportException.class, () -> StravaLayout.detect(columns(31), "a.csv"));
    }

    @Test
    void aShortLayoutHasOnlyItsFileName() {
        StravaLayout l = StravaLayout.detect(columns(12), "a.csv");
        assertEquals(new StravaLayout(StravaLayout.Era.SHORT, 12, -1, -1, -1, -1, -1, 11), l);
        assertTrue(!l.firstDistanceInMetres());
    }

    @Test
    void aLegacyHeaderIsMetres() {
        List<String> h = new ArrayList<>(List.of("id", "date", "name", "type", "description", "elapsed_time", "distance", "commute",
                "gear", "filename"));
        assertTrue(StravaLayout.detect(h, "a.csv").firstDistanceInMetres());
        h.set(8, "Gear");
        assertEquals(StravaLayout.Era.SHORT, StravaLayout.detect(h, "a.csv").era());
    }

    @Test
    void aRepeatedElapsedTimeRightAfterTheCommonColumnsIsDetailed() {
        List<String> h = columns(40);
        h.set(7, h.get(5));
        h.set(9, h.get(6));
        StravaLayout l = StravaLayout.detect(h, "a.csv");
        assertEquals(StravaLayout.Era.DETAILED, l.era());
        assertEquals(8, l.movingTime());
        assertEquals(-1, l.filename(), "three columns before it is a common column, not the file name");
        assertEquals(22, l.maxHeartRate());
        assertEquals(35, l.perceivedExertion());
    }

    @Test
    void columnsPastTheHeaderAreAbsent() {
        List<String> h = columns(30);
        h.set(10, h.get(5));
        h.set(12, h.get(6));
        StravaLayout l = StravaLayout.detect(h, "a.csv");
        assertEquals(26, l.avgHeartRate());
        assertEquals(-1, l.perceivedExertion(), "column 38 is past a 30-column header");
        assertEquals(7, l.filename());
        List<String> shorter = columns(26);
        shorter.set(10, shorter.get(5));
        shorter.set(12, shorter.get(6));
        assertEquals(25, StravaLayout.detect(shorter, "a.csv").maxHeartRate());
        assertEquals(-1, StravaLayout.detect(shorter, "a.csv").avgHeartRate());
    }

    @Test
    void aRepeatedElapsedTimeAtTheLastColumnIsRefused() {
        List<String> h = columns(20);
        h.set(19, h.get(5));
        ImportException e = assertThrows(ImportException.class, () -> StravaLayout.detect(h, "a.csv"));
        assertTrue(e.getMessage().contains("the second 'Column 5' at column 20 is not followed"), e.getMessage());
        List<String> h2 = columns(20);
        h2.set(18, h2.get(5));
        assertThrows(ImportException.class, () -> StravaLayout.detect(h2, "a.csv"));
    }

    @Test
    void aRepeatedDistanceTooEarlyIsNoSecondBlock() {
        List<String> h = columns(12);
        h.set(8, h.get(6));
        assertEquals(StravaLayout.Era.SHORT, StravaLayout.detect(h, "a.csv").era());
    }

    @Test
    void headersAreComparedIgnoringCaseAndBlanks() {
        List<String> h = columns(40);
        h.set(20, " COLUMN 5 ");
        h.set(22, "column 6");
        assertEquals(21, StravaLayout.detect(h, "a.csv").movingTime());
    }

    // Cells and types.

    @Test
    void aColumnOutsideTheRowIsAbsent() {
        assertEquals("", StravaCells.text(List.of("a"), -1));
        assertEquals("", StravaCells.text(List.of("a"), 1));
        assertEquals("a", StravaCells.text(List.of(" a "), 0));
        assertTrue(Double.isNaN(StravaCells.number(List.of("a"), 3, "distance")));
    }

    @Test
    void anInfiniteNumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StravaCells.number(List.of("Infinity"), 0, "distance"));
        assertEquals(-2.5, StravaCells.number(List.of("-2,5"), 0, "distance"));
    }

    @Test
    void datesWithNarrowAndNonBreakingSpacesAreRead() {
        Instant t = Instant.parse("2020-10-07T14:43:11Z");
        assertEquals(t, StravaCells.date(List.of("Oct 7, 2020, 2:43:11\u202fPM"), 0));
        assertEquals(t, StravaCells.date(List.of("Oct 7, 2020,\u00a02:43:11 PM"), 0));
        assertEquals(t, StravaCells.date(List.of("2020-10-07 14:43:11"), 0));
        assertEquals(t, StravaCells.date(List.of("07.10.2020, 14:43:11"), 0));
        assertEquals(null, StravaCells.date(List.of(""), 0));
    }

    @Test
    void translatedTypesAreRecognised() {
        assertEquals(Optional.of(ActivityKind.RUN), StravaTypes.kind("Course à pied"));
        assertEquals(Optional.of(ActivityKind.BIKE), StravaTypes.kind("Radfahrt"));
        assertEquals(Optional.of(ActivityKind.RUN), StravaTypes.kind(" Run "));
    }

    @Test
    void runSubtypeWordsAreNoStravaTypes() {
        for (String word : List.of("Easy", "Long", "Tempo", "Intervals", "Interval", "Marathon-Pace", "MarathonPace", "MP", "Recovery",
                "Race", "Treadmill", "Bike", "Strength")) {
            assertEquals(Optional.empty(), StravaTypes.kind(word), word);
        }
    }
}
