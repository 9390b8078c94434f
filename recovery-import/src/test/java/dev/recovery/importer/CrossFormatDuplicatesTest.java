package dev.recovery.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.StravaCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same run recorded by the watch (FIT), exported as GPX and listed in Strava's activities.csv
 * counts once, whichever file comes first: the importer matches by start and distance across formats.
 */
class CrossFormatDuplicatesTest {

    /** The corpus run: 2024-05-12 06:15 UTC, 5,025 m, 1,620 s elapsed. */
    private static final Instant START = FitImportTest.TRAIL_START;
    private static final double METRES = 5025;
    private static final long ELAPSED_SECONDS = 1620;
    /** Metres per degree of latitude on a sphere of the mean Earth radius (6,371,008.8 m). */
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    @TempDir
    Path dir;

    @Test
    void theSameRunFromAFitAGpxAndTheCsvCountsOnce() throws IOException {
        JournalKeys journal = JournalKeys.empty();
        List<ImportPlan> plans = List.of(fit(journal), gpx(journal), csv(journal));
        assertEquals(List.of(1, 0, 0), plans.stream().map(p -> p.summary().added()).toList());
        assertEquals(List.of(0, 1, 1), plans.stream().map(p -> p.summary().duplicates()).toList());
    }

    @Test
    void theSameRunCountsOnceWhenTheCsvComesFirst() throws IOException {
        JournalKeys journal = JournalKeys.empty();
        List<ImportPlan> plans = List.of(csv(journal), gpx(journal), fit(journal));
        assertEquals(List.of(1, 0, 0), plans.stream().map(p -> p.summary().added()).toList());
    }

    private ImportPlan fit(JournalKeys journal) throws IOException {
        Path file = Files.write(dir.resolve("run.fit"), FitImportTest.corpus("ffp-trail-run.fit"));
        return Importer.plan(file, ImportOptions.defaults(), journal);
    }

    /** A GPX of the run: a point every 10 s, due north, adding up to its distance. */
    private ImportPlan gpx(JournalKeys journal) throws IOException {
        StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                + "<trk><name>Trail run</name><type>running</type><trkseg>");
        long steps = ELAPSED_SECONDS / 10;
        for (long i = 0; i <= steps; i++) {
            double lat = 47 + METRES / METRES_PER_DEGREE * i / steps;
            gpx.append(String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"8.5\"><time>%s</time></trkpt>",
                    lat, START.plusSeconds(i * 10)));
        }
        gpx.append("</trkseg></trk></gpx>\n");
        Path file = Files.writeString(dir.resolve("run.gpx"), gpx, StandardCharsets.UTF_8);
        return Importer.plan(file, ImportOptions.defaults(), journal);
    }

    private ImportPlan csv(JournalKeys journal) throws IOException {
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.id = "4242";
        a.date = StravaCsv.date(START.getEpochSecond());
        a.distance = "5.03";
        a.metres = "5025.0";
        a.movingSeconds = "1500";
        a.avgHeartRate = "";
        a.maxHeartRate = "";
        a.filename = "";
        Path export = Exports.create().with("activities.csv", StravaCsv.csv(StravaCsv.DETAILED, List.of(a)))
                .folder(dir.resolve("strava-" + System.nanoTime()));
        return Importer.plan(export, ImportOptions.defaults(), journal);
    }
}
