package dev.recovery.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.fixture.Tracks;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ImportLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the entry point tells formats apart, by name and by content, and the options it takes. */
class ImporterDetectTest {

    private static final Instant START = Instant.parse("2024-03-05T07:30:00Z");
    private static final byte[] FIT_HEADER = {14, 16, 0, 0, 0, 0, 0, 0, '.', 'F', 'I', 'T'};

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private String refusal(Path path) {
        return assertThrows(ImportException.class, () -> Importer.detect(path)).getMessage();
    }

    @Test
    void aZipIsRecognisedByItsContentWhateverItsName() throws IOException {
        String csv = StravaCsv.csv(StravaCsv.DETAILED, List.of(new StravaCsv.Activity()));
        Path zip = Exports.create().with("activities.csv", csv).zip(dir.resolve("export.zip"));
        Path renamed = Files.move(zip, dir.resolve("export.download"));
        assertEquals(ImportFormat.STRAVA_ZIP, Importer.detect(renamed));
    }

    @Test
    void aZipHoldingDiConnectIsAGarminExport() throws IOException {
        Path zip = Exports.create().with("DI_CONNECT/DI-Connect-User/user.json", "{}").zip(dir.resolve("garmin.zip"));
        assertEquals(ImportFormat.GARMIN_ZIP, Importer.detect(zip));
    }

    @Test
    void aFileNamedZipThatIsNoZipIsRefused() throws IOException {
        String message = refusal(file("export.ZIP", "not a zip at all"));
        assertTrue(message.contains("not a readable zip archive"), message);
    }

    @Test
    void aFitFileIsRecognisedByItsHeaderWithoutAnExtension() throws IOException {
        assertEquals(ImportFormat.FIT, Importer.detect(Files.write(dir.resolve("activity"), FIT_HEADER)));
    }

    @Test
    void elevenBytesAreTooFewForAFitHeader() throws IOException {
        byte[] shorter = java.util.Arrays.copyOf(FIT_HEADER, 11);
        assertThrows(ImportException.class, () -> Importer.detect(Files.write(dir.resolve("activity"), shorter)));
    }

    @Test
    void onlyTheWholeFitSignatureCounts() throws IOException {
        for (int i = 8; i < 12; i++) {
            byte[] almost = FIT_HEADER.clone();
            almost[i] = 'x';
            Path p = Files.write(dir.resolve("activity" + i), almost);
            assertThrows(ImportException.class, () -> Importer.detect(p), "byte " + i);
        }
    }

    @Test
    void extensionsAreReadWhateverTheirCase() throws IOException {
        String gpx = Tracks.gpx10(START, 3, 3);
        assertEquals(ImportFormat.GPX, Importer.detect(file("RUN.GPX", "not even xml")));
        assertEquals(ImportFormat.TCX, Importer.detect(file("Ride.Tcx", "not even xml")));
        assertEquals(ImportFormat.FIT, Importer.detect(file("a.FIT", "x")));
        assertEquals(ImportFormat.GPX, Importer.detect(Files.write(dir.resolve("a.gpx.gz"), Exports.gzip(gpx.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(ImportFormat.FIT, Importer.detect(Files.write(dir.resolve("a.fit.gz"), Exports.gzip(FIT_HEADER))));
    }

    @Test
    void aGzipWhoseNameSaysNothingIsRefused() throws IOException {
        Path gz = Files.write(dir.resolve("track.gz"), Exports.gzip("<gpx/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(gz + ": a gzip file whose name does not say what it holds; expected .gpx.gz, .tcx.gz or .fit.gz", refusal(gz));
    }

    @Test
    void aFileStartingLikeGzipByOneByteOnlyIsNotGzip() throws IOException {
        Path p = Files.write(dir.resolve("data"), new byte[] {0x1F, 'a', ',', 'b', '\n'});
        assertTrue(refusal(p).contains("not a recognised file"), refusal(p));
    }

    @Test
    void xmlIsRecognisedByItsRootWithoutAnExtension() throws IOException {
        assertEquals(ImportFormat.GPX, Importer.detect(file("download", "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"/>")));
        assertEquals(ImportFormat.TCX, Importer.detect(file("download2", "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase/>")));
    }

    @Test
    void otherXmlIsRefusedAsSuch() throws IOException {
        Path kml = file("places", "  \n<kml/>");
        assertEquals(kml + ": XML that is neither GPX nor TCX", refusal(kml));
        Path bom = file("places2", "\uFEFF<kml/>");
        assertEquals(bom + ": XML that is neither GPX nor TCX", refusal(bom));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = file("empty", "");
        assertEquals(empty + ": the file is empty", refusal(empty));
    }

    @Test
    void garminsActivityListIsRecognisedByItsColumns() throws IOException {
        Path list = file("Activities.csv", "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR\n"
                + "Running,2025-02-06 17:06:03,false,\"Harbour Running\",\"5.48\",\"447\",\"00:31:24\",\"153\",\"176\"\n");
        assertEquals(ImportFormat.GARMIN_CSV, Importer.detect(list));
    }

    @Test
    void anyOtherCsvOfTenColumnsIsTakenForStravas() throws IOException {
        assertEquals(ImportFormat.STRAVA_CSV, Importer.detect(file("acts.csv", "a,b,c,d,e,f,g,h,i,j\n1,2,3,4,5,6,7,8,9,10\n")));
    }

    @Test
    void aCsvOfNineUnknownColumnsIsRefusedNamingItsFirstLine() throws IOException {
        Path nine = file("nine.csv", "a,b,c,d,e,f,g,h,i\n1,2,3,4,5,6,7,8,9\n");
        String message = refusal(nine);
        assertTrue(message.startsWith(nine + " line 1: not a recognised file: expected a Strava export (folder or .zip)"), message);
    }

    @Test
    void aFolderWithActivitiesCsvIsAStravaExport() throws IOException {
        Path folder = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(new StravaCsv.Activity())))
                .folder(dir.resolve("strava"));
        assertEquals(ImportFormat.STRAVA_FOLDER, Importer.detect(folder));
    }

    @Test
    void aFolderHoldingDiConnectIsAGarminExport() throws IOException {
        Path folder = Exports.create().with("DI_CONNECT/DI-Connect-User/user.json", "{}").folder(dir.resolve("garmin"));
        assertEquals(ImportFormat.GARMIN_FOLDER, Importer.detect(folder));
    }

    @Test
    void anyOtherFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("photos"));
        Files.createDirectory(folder.resolve("activities.csv.d"));
        assertEquals(folder + ": a folder without activities.csv or DI_CONNECT: not an unpacked Strava or Garmin Connect export", refusal(folder));
    }

    @Test
    void aFolderNamedActivitiesCsvIsNoActivitiesCsv() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("export"));
        Files.createDirectory(folder.resolve("activities.csv"));
        assertTrue(refusal(folder).contains("a folder without activities.csv"), refusal(folder));
    }

    @Test
    void anImportEndsWithProgressAtItsEnd() throws IOException {
        Path gpx = file("run.gpx", Tracks.gpx11(START, 601, 3.0, 140, "running"));
        List<String> seen = new ArrayList<>();
        Importer.read(gpx, ImportOptions.defaults(), new ImportListener() {
            @Override
            public void activity(ImportedActivity activity) {
                seen.add("activity");
            }

            @Override
            public void progress(long done, long total) {
                seen.add(done + "/" + total);
            }
        });
        assertEquals(List.of("activity", "1/1"), seen);
    }

    @Test
    void aPlanWithoutAProgressListenerStillPlans() throws IOException {
        Path gpx = file("run.gpx", Tracks.gpx11(START, 601, 3.0, 140, "running"));
        ImportPlan plan = Importer.plan(gpx, ImportOptions.defaults(), JournalKeys.empty(), null);
        assertEquals(1, plan.toAdd().size());
    }

    @Test
    void theRunnersZoneGivesAPlainCsvItsDates() throws IOException {
        Path csv = file("log.csv", "date,distance,duration,type,rpe\n2026-11-01,10km,55:00,easy,4\n");
        ImportPlan plan = Importer.plan(csv, ImportOptions.defaults().withZone(ZoneId.of("Pacific/Auckland")), JournalKeys.empty());
        assertEquals(Instant.parse("2026-10-31T11:00:00Z"), plan.toAdd().get(0).start());
    }

    @Test
    void aGarminActivityListImportsThroughTheEntryPoint() throws IOException {
        Path list = file("Activities.csv", "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR\n"
                + "Running,2025-02-06 17:06:03,false,\"Harbour Running\",\"5.48\",\"447\",\"00:31:24\",\"153\",\"176\"\n");
        ImportPlan plan = Importer.plan(list, ImportOptions.defaults().withZone(ZoneOffset.UTC), JournalKeys.empty());
        assertEquals(1, plan.toAdd().size());
        assertEquals(ActivityKind.RUN, plan.toAdd().get(0).kind());
        assertEquals(5_480, plan.toAdd().get(0).distance().orElseThrow().metres(), 1e-6);
    }

    @Test
    void aStravaCsvOnItsOwnImports() throws IOException {
        Path csv = file("activities-only.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(new StravaCsv.Activity())));
        assertEquals(1, Importer.plan(csv, ImportOptions.defaults().withThreads(1), JournalKeys.empty()).toAdd().size());
        assertEquals(1, Importer.plan(csv, ImportOptions.defaults().withThreads(3), JournalKeys.empty()).toAdd().size());
    }

    @Test
    void asTakesEveryActivityOfATrackFileAsTheKindGiven() throws IOException {
        Path tcx = file("ride.tcx", Tracks.tcx("Running", START, 600, 3.0, 130, true));
        ImportPlan plan = Importer.plan(tcx, ImportOptions.defaults().withAs(ActivityKind.BIKE), JournalKeys.empty());
        assertEquals(ActivityKind.BIKE, plan.toAdd().get(0).kind());
    }

    @Test
    void optionsKeepEveryOtherFieldWhenOneIsChanged() {
        ImportOptions base = new ImportOptions(ZoneId.of("Europe/Oslo"), DistanceUnit.MI, ImportLimits.defaults(), 3, Optional.of(ActivityKind.WALK));
        assertEquals(new ImportOptions(ZoneOffset.UTC, DistanceUnit.MI, ImportLimits.defaults(), 3, Optional.of(ActivityKind.WALK)),
                base.withZone(ZoneOffset.UTC));
        assertEquals(new ImportOptions(ZoneId.of("Europe/Oslo"), DistanceUnit.KM, ImportLimits.defaults(), 3, Optional.of(ActivityKind.WALK)),
                base.withDistanceUnit(DistanceUnit.KM));
        assertEquals(new ImportOptions(ZoneId.of("Europe/Oslo"), DistanceUnit.MI, ImportLimits.defaults(), 16, Optional.of(ActivityKind.WALK)),
                base.withThreads(16));
        assertEquals(new ImportOptions(ZoneId.of("Europe/Oslo"), DistanceUnit.MI, ImportLimits.defaults(), 3, Optional.of(ActivityKind.RUN)),
                base.withAs(ActivityKind.RUN));
        assertEquals(base, base.withLimits(ImportLimits.defaults()));
        assertEquals(Optional.empty(), new ImportOptions(ZoneOffset.UTC, DistanceUnit.KM, ImportLimits.defaults(), 1).as());
    }

    @Test
    void theDefaultsAreUtcKilometresAndOneToFourThreads() {
        ImportOptions d = ImportOptions.defaults();
        assertEquals(ZoneOffset.UTC, d.zone());
        assertEquals(DistanceUnit.KM, d.distanceUnit());
        assertEquals(Math.max(1, Math.min(ImportOptions.DEFAULT_MAX_THREADS, Runtime.getRuntime().availableProcessors())), d.threads());
        assertTrue(d.as().isEmpty());
    }

    @Test
    void threadsOutsideOneToSixteenAreRefusedNamingTheOption() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> ImportOptions.defaults().withThreads(0));
        assertTrue(zero.getMessage().startsWith("threads:"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImportOptions.defaults().withThreads(ImportOptions.MAX_THREADS + 1));
        assertEquals(1, ImportOptions.defaults().withThreads(1).threads());
    }

    @Test
    void aMissingZoneIsRefusedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImportOptions.defaults().withZone(null));
        assertTrue(e.getMessage().startsWith("zone:"), e.getMessage());
    }
}
