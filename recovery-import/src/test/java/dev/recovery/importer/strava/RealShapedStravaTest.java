package dev.recovery.importer.strava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Tracks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports whose headers are copied from real ones (origins in src/test/resources/real-shaped/README.md). */
class RealShapedStravaTest {

    @TempDir
    Path dir;

    private Path export(String era) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(era).resolve("activities")).getParent();
        try (InputStream in = getClass().getResourceAsStream("/real-shaped/strava/" + era + "/activities.csv")) {
            Files.copy(in, folder.resolve("activities.csv"));
        }
        return folder;
    }

    @Test
    void theLegacyExportIsReadInMetresWhateverTheRunnersUnit() throws IOException {
        Path export = export("legacy-2018");
        ImportPlan plan = Importer.plan(export, ImportOptions.defaults().withDistanceUnit(DistanceUnit.MI), JournalKeys.empty());
        assertEquals(3, plan.summary().added());
        assertEquals(8012.4, plan.toAdd().get(0).distance().orElseThrow().metres(), 1e-6);
        assertEquals(5869.0, plan.toAdd().get(1).distance().orElseThrow().metres(), 1e-6);
        assertEquals(24_051.0, plan.toAdd().get(2).distance().orElseThrow().metres(), 1e-6);
        assertEquals(Instant.parse("2018-03-27T19:11:32Z"), plan.toAdd().get(0).start());
        assertEquals(0, plan.summary().errors(), plan.problems().toString());
        assertEquals(2, plan.summary().notices(), "the missing GPX and FIT track files: " + plan.notices());
        assertEquals(0, plan.summary().skipped(), "FIT files are read, never skipped: " + plan.summary().skippedByType());
    }

    @Test
    void theShortExportOpensItsTrackFileAfterTheGear() throws IOException {
        Path export = export("short-2020");
        Files.writeString(export.resolve("activities/4821170001.gpx"),
                Tracks.gpx11(Instant.parse("2020-12-24T08:13:59Z"), 3600, 2.8, 148, "running"));
        ImportPlan plan = Importer.plan(export, ImportOptions.defaults(), JournalKeys.empty());
        ImportedActivity run = plan.toAdd().get(0);
        assertTrue(run.avgHeartRate().isPresent(), "heart rate from the GPX");
        assertTrue(run.duration().getSeconds() <= 3600, "moving time from the GPX, not the elapsed 4000 s");
        assertEquals(10_080, run.distance().orElseThrow().metres(), 1e-6, "the CSV's 10.08 km");
        assertEquals(2, plan.summary().added());
        assertEquals(0, plan.summary().errors());
        assertEquals(1, plan.summary().notices(), "only the ride's FIT file is missing: " + plan.notices());
    }
}
