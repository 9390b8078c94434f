package dev.recovery.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.StrengthSession;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FIT through the importer: single files, track files in Strava exports, Garmin Connect account exports. */
class FitImportTest {

    static final Instant TRAIL_START = Instant.parse("2024-05-12T06:15:00Z");

    @TempDir
    Path dir;

    static byte[] corpus(String name) throws IOException {
        try (InputStream in = FitImportTest.class.getResourceAsStream("/fit/" + name)) {
            return in.readAllBytes();
        }
    }

    private Path file(String name) throws IOException {
        return Files.write(dir.resolve(name), corpus(name));
    }

    private static ImportPlan plan(Path path) {
        return Importer.plan(path, ImportOptions.defaults(), JournalKeys.empty());
    }

    @Test
    void aFitRunImportsWithItsStartDistanceMovingTimeAndHeartRate() throws IOException {
        ImportedActivity a = plan(file("ffp-trail-run.fit")).toAdd().get(0);
        assertEquals(ActivityKind.RUN, a.kind());
        assertEquals(TRAIL_START, a.start());
        assertEquals(5025, a.distance().orElseThrow().metres(), 1e-6);
        assertEquals(Duration.ofSeconds(1500), a.duration(), "the timer (moving) time, the pause left out");
        assertEquals(150, a.avgHeartRate().orElseThrow());
    }

    @Test
    void aGzippedFitImportsLikeThePlainOne() throws IOException {
        assertEquals(plan(file("ffp-trail-run.fit")).toAdd().get(0).session(), plan(file("ffp-trail-run.fit.gz")).toAdd().get(0).session());
    }

    @Test
    void fitFilesAreDetectedByName() throws IOException {
        assertEquals(ImportFormat.FIT, Importer.detect(file("ffp-trail-run.fit.gz")));
    }

    @Test
    void aMultisportFileGivesOneActivityPerLegAndNoneForTransitions() throws IOException {
        List<ImportedActivity> added = plan(file("ffp-triathlon.fit")).toAdd();
        assertEquals(List.of(ActivityKind.SWIM, ActivityKind.BIKE, ActivityKind.RUN),
                added.stream().map(ImportedActivity::kind).collect(Collectors.toList()));
        assertTrue(added.get(2).origin().endsWith("ffp-triathlon.fit session 3"), added.get(2).origin());
    }

    @Test
    void aStrengthFitIsAStrengthSessionWithItsHeartRateKept() throws IOException {
        ImportedActivity a = plan(file("ffp-strength.fit")).toAdd().get(0);
        assertTrue(a.session() instanceof StrengthSession);
        assertEquals(112, a.avgHeartRate().orElseThrow());
        assertEquals(112, a.session().avgHeartRate().orElseThrow(), "the session in the log keeps it too");
    }

    @Test
    void aMonitoringFileIsSkippedWithANoticeOfItsKind() throws IOException {
        ImportPlan plan = plan(file("ffp-monitoring.fit"));
        assertEquals(Map.of("FIT monitoring b file", 1), plan.summary().skippedByType());
        assertEquals(0, plan.summary().added());
    }

    @Test
    void aCourseFileIsSkippedWithANotice() throws IOException {
        assertEquals(Map.of("FIT course file", 1), plan(file("gpsbabel-course.fit")).summary().skippedByType());
    }

    @Test
    void aCorruptFitIsRefusedWithItsNameAndTheOffset() throws IOException {
        byte[] bytes = corpus("ffp-trail-run.fit");
        bytes[5000] ^= 0x40;
        Path bad = Files.write(dir.resolve("bad.fit"), bytes);
        ImportException e = assertThrows(ImportException.class, () -> plan(bad));
        assertTrue(e.getMessage().startsWith(bad + " byte "), e.getMessage());
    }

    @Test
    void aFileNamedFitThatIsNotFitIsRefused() throws IOException {
        Path bad = Files.write(dir.resolve("a.fit.gz"), Exports.gzip(new byte[] {1, 2, 3}));
        assertThrows(ImportException.class, () -> plan(bad));
    }

    private static StravaCsv.Activity trailRow(String file) {
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.id = "4242";
        a.date = StravaCsv.date(TRAIL_START.getEpochSecond());
        a.distance = "5.03";
        a.metres = "5025.0";
        a.movingSeconds = "";
        a.avgHeartRate = "";
        a.maxHeartRate = "";
        a.filename = file;
        return a;
    }

    @Test
    void aFitTrackInAStravaExportFillsInWhatItsRowLacks() throws IOException {
        Path export = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(trailRow("activities/4242.fit.gz"))))
                .withBytes("activities/4242.fit.gz", corpus("ffp-trail-run.fit.gz")).zip(dir.resolve("export.zip"));
        ImportPlan plan = plan(export);
        ImportedActivity a = plan.toAdd().get(0);
        assertEquals("strava:4242", a.sourceId());
        assertEquals(150, a.avgHeartRate().orElseThrow(), "heart rate from the FIT file");
        assertEquals(Duration.ofSeconds(1500), a.duration(), "moving time from the FIT file");
        assertEquals(Map.of(), plan.summary().skippedByType(), "FIT files are read, no longer counted as not read");
    }

    @Test
    void aCorruptFitTrackInAStravaExportStopsTheImportNamingTheFile() throws IOException {
        byte[] bytes = corpus("ffp-trail-run.fit");
        bytes[bytes.length - 1] ^= 1;
        Path export = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(trailRow("activities/4242.fit"))))
                .withBytes("activities/4242.fit", bytes).folder(dir.resolve("export"));
        ImportException e = assertThrows(ImportException.class, () -> plan(export));
        assertTrue(e.getMessage().contains("activities/4242.fit byte "), e.getMessage());
    }

    @Test
    void theSameRunFromAFitAndFromStravaCountsOnce() throws IOException {
        JournalKeys journal = JournalKeys.empty();
        assertEquals(1, Importer.plan(file("ffp-trail-run.fit"), ImportOptions.defaults(), journal).summary().added());
        Path export = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(trailRow(""))))
                .folder(dir.resolve("strava"));
        ImportPlan second = Importer.plan(export, ImportOptions.defaults(), journal);
        assertEquals(0, second.summary().added());
        assertEquals(1, second.summary().duplicates());
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Exports garminFiles(byte[] run) throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("runner_12345678901.fit", run);
        files.put("runner_12345678902.fit", corpus("ffp-monitoring.fit"));
        files.put("runner_12345678903.fit", corpus("ffp-triathlon.fit"));
        byte[] uploads = zip(files);
        return Exports.create()
                .with("DI_CONNECT/DI-Connect-Fitness/runner@example.org_0_summarizedActivities.json", "[{\"summarizedActivitiesExport\":[]}]")
                .with("DI_CONNECT/DI-Connect-User/user_profile.json", "{}")
                .withBytes("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", uploads);
    }

    private Path garminExport(byte[] run) throws IOException {
        return garminFiles(run).zip(dir.resolve("garmin-export.zip"));
    }

    @Test
    void anUnpackedGarminAccountExportImportsLikeTheZip() throws IOException {
        Path folder = garminFiles(corpus("ffp-trail-run.fit")).folder(dir.resolve("garmin"));
        assertEquals(ImportFormat.GARMIN_FOLDER, Importer.detect(folder));
        List<ActivityKind> fromFolder = plan(folder).toAdd().stream().map(ImportedActivity::kind).collect(Collectors.toList());
        List<ActivityKind> fromZip = plan(garminExport(corpus("ffp-trail-run.fit"))).toAdd().stream().map(ImportedActivity::kind)
                .collect(Collectors.toList());
        assertEquals(fromZip, fromFolder);
        assertEquals(ImportFormat.GARMIN_FOLDER, Importer.detect(folder.resolve("DI_CONNECT")));
    }

    @Test
    void aGarminAccountExportIsDetected() throws IOException {
        assertEquals(ImportFormat.GARMIN_ZIP, Importer.detect(garminExport(corpus("ffp-trail-run.fit"))));
    }

    @Test
    void aGarminAccountExportImportsItsFitOriginals() throws IOException {
        ImportPlan plan = plan(garminExport(corpus("ffp-trail-run.fit")));
        assertEquals(List.of(ActivityKind.RUN, ActivityKind.SWIM, ActivityKind.BIKE, ActivityKind.RUN),
                plan.toAdd().stream().map(ImportedActivity::kind).collect(Collectors.toList()));
        assertEquals(Map.of("FIT monitoring b file", 1), plan.summary().skippedByType());
        assertTrue(plan.toAdd().get(0).origin().startsWith("garmin-export.zip!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!"),
                plan.toAdd().get(0).origin());
    }

    @Test
    void aCorruptFitInAGarminExportStopsTheWholeImport() throws IOException {
        byte[] bad = corpus("ffp-trail-run.fit");
        bad[100] ^= 0x10;
        Path export = garminExport(bad);
        ImportException e = assertThrows(ImportException.class, () -> plan(export));
        assertTrue(e.getMessage().contains("runner_12345678901.fit byte "), e.getMessage());
    }
}
