package dev.recovery.importer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.fixture.Tracks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing is idempotent: by source id, else by start time and distance. */
class DeduplicationTest {

    @TempDir
    Path dir;

    private Path export() throws IOException {
        StravaCsv.Activity a = new StravaCsv.Activity();
        StravaCsv.Activity b = new StravaCsv.Activity();
        b.id = "1001";
        b.date = "Oct 8, 2020, 6:00:00 AM";
        b.type = "Ride";
        StravaCsv.Activity c = new StravaCsv.Activity();
        c.id = "1002";
        c.date = "Oct 9, 2020, 6:00:00 AM";
        c.type = "Kayaking";
        return Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a, b, c)))
                .zip(dir.resolve("export.zip"));
    }

    /** The keys a journal would hold after appending {@code added}. */
    private static JournalKeys keysOf(List<ImportedActivity> added) {
        return JournalKeys.of(added.stream().map(ImportedActivity::sourceId).collect(Collectors.toList()),
                added.stream().map(ImportKey::of).collect(Collectors.toList()));
    }

    @Test
    void importingTheSameExportTwiceAddsNothing() throws IOException {
        Path zip = export();
        ImportPlan first = Importer.plan(zip, ImportOptions.defaults(), JournalKeys.empty());
        assertEquals(2, first.summary().added());
        ImportPlan second = Importer.plan(zip, ImportOptions.defaults(), keysOf(first.toAdd()));
        assertEquals(0, second.summary().added());
        assertEquals(2, second.summary().duplicates());
        assertEquals(1, second.summary().skipped());
    }

    @Test
    void aDryRunPlanListsWhatWouldBeAddedAndSkipped() throws IOException {
        ImportPlan plan = Importer.plan(export(), ImportOptions.defaults(), JournalKeys.empty());
        assertEquals(List.of("strava:1000", "strava:1001"), plan.toAdd().stream().map(ImportedActivity::sourceId).collect(Collectors.toList()));
        assertEquals("Kayaking", plan.skipped().get(0).type());
        assertTrue(plan.skipped().get(0).origin().contains("activities.csv line 4 (activity 1002)"), plan.skipped().get(0).origin());
    }

    @Test
    void theSameRunFromAGpxIsADuplicateOfItsStravaActivity() throws IOException {
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.date = "Oct 7, 2020, 2:43:11 PM";
        a.metres = "10080.0";
        Path zip = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a))).zip(dir.resolve("e.zip"));
        ImportPlan strava = Importer.plan(zip, ImportOptions.defaults(), JournalKeys.empty());
        Path gpx = Files.writeString(dir.resolve("watch.gpx"),
                Tracks.gpx11(Instant.parse("2020-10-07T14:43:11Z"), 3601, 2.8, 150, "running"));
        ImportPlan again = Importer.plan(gpx, ImportOptions.defaults(), keysOf(strava.toAdd()));
        assertEquals(0, again.summary().added());
        assertEquals(1, again.summary().duplicates());
    }

    @Test
    void aGpxImportedFirstMakesTheStravaActivityADuplicate() throws IOException {
        Path gpx = Files.writeString(dir.resolve("watch.gpx"),
                Tracks.gpx11(Instant.parse("2020-10-07T14:43:11Z"), 3601, 2.8, 150, "running"));
        ImportPlan watch = Importer.plan(gpx, ImportOptions.defaults(), JournalKeys.empty());
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.metres = "10080.0";
        Path zip = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a))).zip(dir.resolve("e.zip"));
        ImportPlan strava = Importer.plan(zip, ImportOptions.defaults(), keysOf(watch.toAdd()));
        assertEquals(0, strava.summary().added());
        assertEquals(1, strava.summary().duplicates());
    }

    @Test
    void theLegacyEraInMetresDeduplicatesAgainstTheGpx() throws IOException {
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.date = "2018-03-07 14:43:11";
        a.metres = "10080.0";
        Path folder = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.LEGACY, List.of(a))).folder(dir.resolve("old"));
        ImportPlan strava = Importer.plan(folder, ImportOptions.defaults(), JournalKeys.empty());
        Path gpx = Files.writeString(dir.resolve("watch.gpx"),
                Tracks.gpx11(Instant.parse("2018-03-07T14:43:11Z"), 3601, 2.8, 150, "running"));
        assertEquals(1, Importer.plan(gpx, ImportOptions.defaults(), keysOf(strava.toAdd())).summary().duplicates());
    }

    @Test
    void aTcxWhoseIdIsTheSaveTimeIsADuplicateOfItsStravaActivity() throws IOException {
        Instant start = Instant.parse("2020-10-07T14:43:11Z");
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.metres = "5400.0";
        a.movingSeconds = "1800";
        Path zip = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a))).zip(dir.resolve("e.zip"));
        ImportPlan strava = Importer.plan(zip, ImportOptions.defaults(), JournalKeys.empty());
        String tcx = Tracks.tcx("Running", start, 1800, 3.0, 145, true)
                .replace("<Id>" + start + "</Id>", "<Id>" + start.plusSeconds(45 * 60) + "</Id>");
        Path file = Files.writeString(dir.resolve("tacx.tcx"), tcx);
        ImportPlan again = Importer.plan(file, ImportOptions.defaults(), keysOf(strava.toAdd()));
        assertEquals(0, again.summary().added());
        assertEquals(1, again.summary().duplicates());
    }

    @Test
    void anActivityListedTwiceInOneExportIsAddedOnce() throws IOException {
        StravaCsv.Activity a = new StravaCsv.Activity();
        Path folder = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a, a.copy())))
                .folder(dir.resolve("export"));
        ImportPlan plan = Importer.plan(folder, ImportOptions.defaults(), JournalKeys.empty());
        assertEquals(1, plan.summary().added());
        assertEquals(1, plan.summary().duplicates());
    }

    @Test
    void aDifferentDistanceAtTheSameTimeIsNotADuplicate() {
        JournalKeys keys = JournalKeys.of(List.of(), List.of(ImportKey.of(Instant.parse("2020-10-07T14:43:11Z"), 10_000)));
        assertFalse(keys.matches(ImportKey.of(Instant.parse("2020-10-07T14:43:41Z"), 5_000)));
        assertTrue(keys.matches(ImportKey.of(Instant.parse("2020-10-07T14:43:41Z"), 10_250)));
    }

    @Test
    void startsMoreThanAMinuteApartAreDifferentSessions() {
        JournalKeys keys = JournalKeys.of(List.of(), List.of(ImportKey.of(Instant.parse("2020-10-07T14:43:11Z"), 10_000)));
        assertTrue(keys.matches(ImportKey.of(Instant.parse("2020-10-07T14:44:11Z"), 10_000)));
        assertFalse(keys.matches(ImportKey.of(Instant.parse("2020-10-07T14:44:12Z"), 10_000)));
    }

    @Test
    void anyKeyMatchesItselfAndStaysWithinTolerance() {
        qt().forAll(longs().between(0, 4_000_000_000L), doubles().between(0, 300_000), longs().between(-60, 60))
                .check((s, m, shift) -> JournalKeys.of(List.of(), List.of(ImportKey.of(Instant.ofEpochSecond(s), m)))
                        .matches(ImportKey.of(Instant.ofEpochSecond(s + shift), m * 1.02)));
    }

    @Test
    void theSummaryReadsAsOneLine() {
        ImportSummary s = new ImportSummary(120, 3, java.util.Map.of("Kayaking", 2, "FIT monitoring file", 3), 1, 4);
        assertEquals("added 120, duplicates 3, skipped 5 (FIT monitoring file 3, Kayaking 2), errors 1, notices 4", s.format());
    }

    @Test
    void aSummaryWithoutNoticesDoesNotNameThem() {
        assertEquals("added 1, duplicates 0, skipped 0, errors 0", new ImportSummary(1, 0, java.util.Map.of(), 0).format());
    }
}
