package dev.recovery.importer.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.core.load.LoadMethod;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.fixture.Tracks;
import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole Strava exports, as a folder and as a zip, with the quirks of RULES.md 7. */
class StravaExportTest {

    @TempDir
    Path dir;

    private static StravaCsv.Activity activity(String id, String type) {
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.id = id;
        a.type = type;
        return a;
    }

    private ImportPlan plan(Path path) {
        return Importer.plan(path, ImportOptions.defaults(), JournalKeys.empty());
    }

    private ImportPlan planFolder(List<String> header, List<StravaCsv.Activity> activities) throws IOException {
        return plan(Exports.create().with("activities.csv", StravaCsv.csv(header, activities)).folder(dir.resolve("export")));
    }

    @Test
    void stravaTypesMapToTheLog() throws IOException {
        String[] types = {"Run", "Trail Run", "Virtual Run", "Ride", "Virtual Ride", "Swim", "Elliptical", "Walk", "Hike",
            "Weight Training", "Workout", "Yoga"};
        List<StravaCsv.Activity> rows = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            StravaCsv.Activity a = activity(String.valueOf(100 + i), types[i]);
            a.date = StravaCsv.date(Instant.parse("2024-01-01T07:00:00Z").getEpochSecond() + i * 86_400L);
            rows.add(a);
        }
        List<ImportedActivity> added = planFolder(StravaCsv.DETAILED, rows).toAdd();
        ActivityKind[] expected = {ActivityKind.RUN, ActivityKind.RUN, ActivityKind.RUN, ActivityKind.BIKE, ActivityKind.BIKE,
            ActivityKind.SWIM, ActivityKind.ELLIPTICAL, ActivityKind.WALK, ActivityKind.WALK, ActivityKind.STRENGTH,
            ActivityKind.STRENGTH, ActivityKind.YOGA};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], added.get(i).kind(), types[i]);
        }
        assertTrue(added.get(0).session() instanceof Run);
        assertEquals(CrossActivity.BIKE, ((CrossTraining) added.get(3).session()).activity());
        assertTrue(added.get(9).session() instanceof StrengthSession);
        assertTrue(added.get(11).session() instanceof YogaSession);
    }

    @Test
    void otherTypesAreSkippedAndCountedByType() throws IOException {
        ImportPlan plan = planFolder(StravaCsv.DETAILED, List.of(activity("1", "Kayaking"), activity("2", "Kayaking"),
                activity("3", "Alpine Ski"), activity("4", "Run")));
        assertEquals(Map.of("Kayaking", 2, "Alpine Ski", 1), plan.summary().skippedByType());
        assertEquals(1, plan.summary().added());
    }

    @Test
    void theSecondDistanceInMetresIsUsed() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.distance = "6.23";
        a.metres = "10021.5";
        Run run = (Run) planFolder(StravaCsv.DETAILED, List.of(a)).toAdd().get(0).session();
        assertEquals(10021.5, run.distance().metres(), 1e-9);
    }

    @Test
    void theMovingTimeIsTheSessionsDuration() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.elapsedSeconds = "3720";
        a.movingSeconds = "3600";
        assertEquals(Duration.ofHours(1), planFolder(StravaCsv.DETAILED, List.of(a)).toAdd().get(0).duration());
    }

    @Test
    void theActivityDateIsUtcAndTheSessionDateIsInTheRunnersZone() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.date = "Oct 7, 2020, 10:30:00 PM";
        Path export = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a))).folder(dir.resolve("e"));
        ImportedActivity imported = Importer.plan(export, ImportOptions.defaults().withZone(java.time.ZoneId.of("Australia/Sydney")),
                JournalKeys.empty()).toAdd().get(0);
        assertEquals(Instant.parse("2020-10-07T22:30:00Z"), imported.start());
        assertEquals(LocalDate.of(2020, 10, 8), imported.session().date());
    }

    @Test
    void theSourceIdIsTheStravaActivityId() throws IOException {
        assertEquals("strava:4242", planFolder(StravaCsv.DETAILED, List.of(activity("4242", "Run"))).toAdd().get(0).sourceId());
    }

    @Test
    void multiLineDescriptionsWithQuotesAndCommasAreRead() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.description = "Long run, with \"friends\".\nSecond paragraph,\r\nthird.";
        a.name = "Sunday, long";
        ImportedActivity imported = planFolder(StravaCsv.DETAILED, List.of(a, activity("2", "Run"))).toAdd().get(0);
        assertEquals("Sunday, long", imported.name().orElseThrow());
    }

    @Test
    void theHeartRateComesFromTheGpxWhenTheSummaryLacksIt() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.avgHeartRate = "";
        a.maxHeartRate = "";
        a.filename = "activities/1.gpx.gz";
        Path export = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a)))
                .with("activities/1.gpx.gz", Tracks.gpx11(Instant.parse("2020-10-07T14:43:11Z"), 3601, 2.8, 150, "running"))
                .folder(dir.resolve("export"));
        ImportedActivity imported = plan(export).toAdd().get(0);
        int avg = imported.avgHeartRate().orElseThrow();
        assertTrue(avg >= 150 && avg <= 170, "from the track: " + avg);
        assertEquals(LoadMethod.TRIMP, imported.load().method());
    }

    @Test
    void distanceDurationAndStartComeFromATcxWhenTheSummaryLacksThem() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.date = "#error#";
        a.distance = "";
        a.metres = "#error#";
        a.movingSeconds = "";
        a.elapsedSeconds = "";
        a.filename = "activities/1.tcx";
        Instant start = Instant.parse("2019-05-04T06:00:00Z");
        Path zip = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a)))
                .with("activities/1.tcx", Tracks.tcx("Running", start, 1800, 3.0, 148, true)).zip(dir.resolve("export.zip"));
        ImportedActivity imported = plan(zip).toAdd().get(0);
        assertEquals(start, imported.start());
        assertEquals(5400, imported.distance().orElseThrow().metres(), 1e-6);
        assertEquals(Duration.ofMinutes(30), imported.duration());
    }

    @Test
    void anErrorDateWithoutATrackIsCountedAsAnError() throws IOException {
        StravaCsv.Activity bad = activity("1", "Run");
        bad.date = "#error#";
        ImportPlan plan = planFolder(StravaCsv.DETAILED, List.of(bad, activity("2", "Run")));
        assertEquals(1, plan.summary().errors());
        assertEquals(1, plan.summary().added());
        assertTrue(plan.problems().get(0).toString().startsWith("activities.csv line 2 (activity 1): date:")
                || plan.problems().get(0).toString().contains("line 2 (activity 1): date:"), plan.problems().get(0).toString());
    }

    @Test
    void aFitTrackThatIsNotFitStopsTheImportNamingIt() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.filename = "activities/1.fit.gz";
        Path export = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a)))
                .withBytes("activities/1.fit.gz", Exports.gzip(new byte[] {1, 2, 3})).folder(dir.resolve("export"));
        ImportException e = assertThrows(ImportException.class, () -> plan(export));
        assertTrue(e.getMessage().contains("activities/1.fit.gz byte 0"), e.getMessage());
    }

    @Test
    void theSummaryEraOfOldExportsImports() throws IOException {
        StravaCsv.Activity a = activity("77", "Run");
        a.distance = "12.5";
        a.elapsedSeconds = "4000";
        ImportedActivity imported = planFolder(StravaCsv.SUMMARY, List.of(a)).toAdd().get(0);
        assertEquals(12_500, imported.distance().orElseThrow().metres(), 1e-6);
        assertEquals(Duration.ofSeconds(4000), imported.duration());
        assertEquals(LoadMethod.ESTIMATED, imported.load().method());
    }

    @Test
    void aTranslatedExportImportsLikeTheEnglishOne() throws IOException {
        StravaCsv.Activity a = activity("5", "Course à pied");
        a.date = "7 oct. 2020, 14:43:11";
        ImportedActivity imported = planFolder(StravaCsv.frenchDetailed(), List.of(a)).toAdd().get(0);
        assertEquals(ActivityKind.RUN, imported.kind());
        assertEquals(Instant.parse("2020-10-07T14:43:11Z"), imported.start());
        assertEquals(148, imported.avgHeartRate().orElseThrow());
    }

    @Test
    void the2019HeaderImportsWithShiftedColumns() throws IOException {
        StravaCsv.Activity a = activity("9", "Run");
        a.avgHeartRate = "151";
        ImportedActivity imported = planFolder(StravaCsv.DETAILED_2019, List.of(a)).toAdd().get(0);
        assertEquals(151, imported.avgHeartRate().orElseThrow());
    }

    @Test
    void perceivedExertionGivesTheLoad() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.perceivedExertion = "7";
        ImportedActivity imported = planFolder(StravaCsv.DETAILED, List.of(a)).toAdd().get(0);
        assertEquals(LoadMethod.SESSION_RPE, imported.load().method());
        assertEquals(7, imported.session().rpe().orElseThrow().value());
    }

    @Test
    void aMissingTrackFileIsAnErrorButTheSummaryImports() throws IOException {
        StravaCsv.Activity a = activity("1", "Run");
        a.filename = "activities/1.gpx";
        ImportPlan plan = planFolder(StravaCsv.DETAILED, List.of(a));
        assertEquals(1, plan.summary().added());
        assertEquals(1, plan.summary().errors());
    }

    @Test
    void aRowWithTooFewFieldsFailsTheWholeImport() throws IOException {
        String csv = StravaCsv.csv(StravaCsv.DETAILED, List.of(activity("1", "Run"))) + "2,\"Oct 8, 2020, 1:00:00 PM\",Cut,Run\r\n";
        Path export = Exports.create().with("activities.csv", csv).folder(dir.resolve("export"));
        ImportException e = assertThrows(ImportException.class, () -> plan(export));
        assertTrue(e.getMessage().endsWith("activities.csv line 3: 4 fields where the header has 94; the row is truncated or malformed"),
                e.getMessage());
    }

    @Test
    void aTruncatedGpxFailsTheWholeImportNamingTheFile() throws IOException {
        StravaCsv.Activity good = activity("1", "Run");
        StravaCsv.Activity bad = activity("2", "Run");
        bad.filename = "activities/2.gpx";
        String gpx = Tracks.gpx11(Instant.parse("2020-10-07T14:43:11Z"), 100, 3, 150, "running");
        Path zip = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(good, bad)))
                .with("activities/2.gpx", gpx.substring(0, gpx.length() - 300)).zip(dir.resolve("export.zip"));
        ImportException e = assertThrows(ImportException.class, () -> plan(zip));
        assertTrue(e.getMessage().startsWith("export.zip!activities/2.gpx line "), e.getMessage());
    }

    @Test
    void theRunnersUnitIsLearntFromTheTwoDistances() throws IOException {
        StravaCsv.Activity first = activity("1", "Run");
        first.distance = "6.21";
        first.metres = "9994.0";
        StravaCsv.Activity second = activity("2", "Run");
        second.date = "Oct 8, 2020, 2:43:11 PM";
        second.distance = "5.00";
        second.metres = "";
        List<ImportedActivity> added = planFolder(StravaCsv.DETAILED, List.of(first, second)).toAdd();
        assertEquals(5 * 1609.344, added.get(1).distance().orElseThrow().metres(), 1e-6);
    }

    @Test
    void aZipWithTheExportOneFolderDownImports() throws IOException {
        Path zip = Exports.create().with("export_123/activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(activity("1", "Run"))))
                .zip(dir.resolve("rezipped.zip"));
        assertEquals(1, plan(zip).summary().added());
    }
}
