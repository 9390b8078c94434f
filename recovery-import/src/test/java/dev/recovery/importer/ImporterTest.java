package dev.recovery.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.fixture.Tracks;
import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection and single-file imports through the entry point. */
class ImporterTest {

    private static final Instant START = Instant.parse("2024-03-05T07:30:00Z");

    @TempDir
    Path dir;

    @Test
    void eachFormatIsDetected() throws IOException {
        String csv = StravaCsv.csv(StravaCsv.DETAILED, List.of(new StravaCsv.Activity()));
        assertEquals(ImportFormat.STRAVA_FOLDER, Importer.detect(Exports.create().with("activities.csv", csv).folder(dir.resolve("f"))));
        assertEquals(ImportFormat.STRAVA_ZIP, Importer.detect(Exports.create().with("activities.csv", csv).zip(dir.resolve("e.zip"))));
        assertEquals(ImportFormat.STRAVA_CSV, Importer.detect(Files.writeString(dir.resolve("acts.csv"), csv)));
        assertEquals(ImportFormat.GPX, Importer.detect(Files.writeString(dir.resolve("a.gpx"), Tracks.gpx10(START, 3, 3))));
        assertEquals(ImportFormat.GPX, Importer.detect(Files.writeString(dir.resolve("noext"), Tracks.gpx10(START, 3, 3))));
        assertEquals(ImportFormat.TCX, Importer.detect(Files.write(dir.resolve("a.tcx.gz"),
                Exports.gzip(Tracks.tcx("Running", START, 3, 3, 0, true).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertEquals(ImportFormat.FIT, Importer.detect(Files.write(dir.resolve("a.fit"), new byte[] {14, 16, 0, 0, 0, 0, 0, 0, '.', 'F', 'I', 'T'})));
    }

    @Test
    void aSingleGpxImportsAsARunWithItsHeartRate() throws IOException {
        Path gpx = Files.writeString(dir.resolve("morning.gpx"), Tracks.gpx11(START, 1801, 3.0, 145, null));
        ImportPlan plan = Importer.plan(gpx, ImportOptions.defaults(), JournalKeys.empty());
        ImportedActivity a = plan.toAdd().get(0);
        assertEquals(ActivityKind.RUN, a.kind());
        assertEquals(START, a.start());
        assertEquals(5400, a.distance().orElseThrow().metres(), 30);
        assertTrue(a.sourceId().startsWith("hash:"));
        assertTrue(a.avgHeartRate().isPresent());
    }

    @Test
    void aSingleTcxRideImportsAsCrossTraining() throws IOException {
        Path tcx = Files.writeString(dir.resolve("ride.tcx"), Tracks.tcx("Biking", START, 1200, 8.0, 130, true));
        ImportedActivity a = Importer.plan(tcx, ImportOptions.defaults(), JournalKeys.empty()).toAdd().get(0);
        assertTrue(a.session() instanceof CrossTraining);
        assertEquals(130, ((CrossTraining) a.session()).avgHeartRate().orElseThrow());
    }

    @Test
    void aFitFileThatIsNotFitIsRefusedWithItsName() throws IOException {
        Path fit = Files.write(dir.resolve("a.fit.gz"), Exports.gzip(new byte[] {1, 2, 3}));
        ImportException e = assertThrows(ImportException.class, () -> Importer.plan(fit, ImportOptions.defaults(), JournalKeys.empty()));
        assertTrue(e.getMessage().startsWith(fit + " byte 0:"), e.getMessage());
    }

    @Test
    void aGpxWithoutTimesCannotBeImported() throws IOException {
        Path gpx = Files.writeString(dir.resolve("route.gpx"), "<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\"/></trkseg></trk></gpx>");
        ImportException e = assertThrows(ImportException.class, () -> Importer.plan(gpx, ImportOptions.defaults(), JournalKeys.empty()));
        assertTrue(e.getMessage().contains("no timed track points"), e.getMessage());
    }

    @Test
    void anUnknownFileIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        ImportException e = assertThrows(ImportException.class, () -> Importer.detect(file));
        assertTrue(e.getMessage().contains("not a recognised file"), e.getMessage());
    }

    @Test
    void aMissingPathIsAClearError() {
        ImportException e = assertThrows(ImportException.class, () -> Importer.detect(dir.resolve("nope.zip")));
        assertTrue(e.getMessage().endsWith("nope.zip: no such file"), e.getMessage());
    }

    @Test
    void progressIsReportedUpToTheEnd() throws IOException {
        List<long[]> seen = new ArrayList<>();
        Path zip = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(new StravaCsv.Activity())))
                .zip(dir.resolve("e.zip"));
        Importer.plan(zip, ImportOptions.defaults(), JournalKeys.empty(), new ImportListener() {
            @Override
            public void activity(ImportedActivity activity) {
            }

            @Override
            public void progress(long done, long total) {
                seen.add(new long[] {done, total});
            }
        });
        long[] last = seen.get(seen.size() - 1);
        assertEquals(last[1], last[0]);
    }

    @Test
    void aFailedImportReturnsNoPlan() throws IOException {
        StravaCsv.Activity bad = new StravaCsv.Activity();
        bad.filename = "activities/1.gpx";
        Path folder = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(new StravaCsv.Activity(), bad)))
                .with("activities/1.gpx", "<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\">").folder(dir.resolve("export"));
        ImportPlan[] result = new ImportPlan[1];
        assertThrows(ImportException.class, () -> result[0] = Importer.plan(folder, ImportOptions.defaults(), JournalKeys.empty()));
        assertEquals(null, result[0]);
    }

    @Test
    void parsingOnOneThreadGivesTheSamePlanAsOnSeveral() throws IOException {
        List<StravaCsv.Activity> rows = new ArrayList<>();
        Exports export = Exports.create();
        for (int i = 0; i < 40; i++) {
            StravaCsv.Activity a = new StravaCsv.Activity();
            a.id = String.valueOf(i);
            a.date = StravaCsv.date(START.getEpochSecond() + i * 86_400L);
            a.avgHeartRate = "";
            a.filename = "activities/" + i + ".gpx";
            export.with(a.filename, Tracks.gpx11(START.plusSeconds(i * 86_400L), 120 + i, 3.0, 140 + i, "running"));
            rows.add(a);
        }
        Path folder = export.with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, rows)).folder(dir.resolve("export"));
        ImportPlan one = Importer.plan(folder, ImportOptions.defaults().withThreads(1), JournalKeys.empty());
        ImportPlan four = Importer.plan(folder, ImportOptions.defaults().withThreads(4), JournalKeys.empty());
        assertEquals(one.toAdd(), four.toAdd());
    }
}
