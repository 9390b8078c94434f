package dev.recovery.importer.garmin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.importer.ImportFormat;
import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Garmin Connect's activity list, English and German, recognised by its columns. */
class ActivityListTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream("/real-shaped/garmin/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private ImportPlan plan(Path file) {
        return Importer.plan(file, ImportOptions.defaults().withZone(BERLIN), JournalKeys.empty());
    }

    @Test
    void theEnglishListIsDetectedByItsColumns() throws IOException {
        assertEquals(ImportFormat.GARMIN_CSV, Importer.detect(fixture("activities-en-2025.csv")));
    }

    @Test
    void theGermanListIsDetectedByItsColumns() throws IOException {
        assertEquals(ImportFormat.GARMIN_CSV, Importer.detect(fixture("activities-de-2017.csv")));
    }

    @Test
    void aRunTakesItsLocalStartDistanceMovingTimeAndHeartRate() throws IOException {
        ImportedActivity run = plan(fixture("activities-en-2025.csv")).toAdd().get(0);
        assertEquals(ActivityKind.RUN, run.kind());
        assertEquals(Instant.parse("2025-02-06T16:06:03Z"), run.start(), "17:06:03 in Berlin");
        assertEquals(5480, run.distance().orElseThrow().metres(), 1e-6);
        assertEquals(Duration.ofSeconds(31 * 60 + 8), run.duration(), "the moving time, not the timer's 00:31:24");
        assertEquals(153, run.avgHeartRate().orElseThrow());
        assertEquals(176, run.maxHeartRate().orElseThrow());
    }

    @Test
    void strengthKeepsItsHeartRate() throws IOException {
        ImportedActivity strength = plan(fixture("activities-en-2025.csv")).toAdd().get(1);
        assertEquals(ActivityKind.STRENGTH, strength.kind());
        assertEquals(110, strength.avgHeartRate().orElseThrow());
        assertEquals(140, strength.maxHeartRate().orElseThrow());
    }

    @Test
    void aPoolSwimIsInMetresWithAThousandsSeparator() throws IOException {
        ImportedActivity swim = plan(fixture("activities-en-2025.csv")).toAdd().get(2);
        assertEquals(ActivityKind.SWIM, swim.kind());
        assertEquals(1500, swim.distance().orElseThrow().metres(), 1e-6);
    }

    @Test
    void otherSportsAreSkippedAndABadRowIsAProblemNamingTheField() throws IOException {
        ImportPlan plan = plan(fixture("activities-en-2025.csv"));
        assertEquals(4, plan.summary().added());
        assertEquals(Map.of("Kayaking", 1), plan.summary().skippedByType());
        assertEquals(1, plan.summary().errors());
        assertTrue(plan.problems().get(0).toString().contains("line 7: date: 'not a date' is not allowed"), plan.problems().toString());
    }

    @Test
    void aFractionalTimerTimeIsRead() throws IOException {
        ImportedActivity treadmill = plan(fixture("activities-en-2025.csv")).toAdd().get(3);
        assertEquals(ActivityKind.RUN, treadmill.kind());
        assertEquals(Duration.ofSeconds(28 * 60 + 10), treadmill.duration());
    }

    @Test
    void theGermanListReadsTypesAndBothDecimalMarks() throws IOException {
        List<ImportedActivity> added = plan(fixture("activities-de-2017.csv")).toAdd();
        assertEquals(3, added.size());
        assertEquals(CrossActivity.BIKE, ((CrossTraining) added.get(0).session()).activity());
        assertEquals(42_020, added.get(0).distance().orElseThrow().metres(), 1e-6);
        assertEquals(Duration.ofSeconds(3 * 3600 + 51 * 60 + 46), added.get(0).duration());
        assertEquals(ActivityKind.RUN, added.get(1).kind());
        assertEquals(10_210, added.get(1).distance().orElseThrow().metres(), 1e-6, "10,21 with a decimal comma");
        assertEquals(ActivityKind.STRENGTH, added.get(2).kind());
    }

    @Test
    void distancesAreInTheRunnersUnit() throws IOException {
        ImportPlan plan = Importer.plan(fixture("activities-en-2025.csv"),
                ImportOptions.defaults().withZone(BERLIN).withDistanceUnit(DistanceUnit.MI), JournalKeys.empty());
        // 5.48 mi is 8819.20512 m; a Distance is exact to the millimetre.
        assertEquals(8819.205, plan.toAdd().get(0).distance().orElseThrow().metres(), 1e-9);
    }

    @Test
    void importingTheListTwiceAddsNothing() throws IOException {
        Path file = fixture("activities-en-2025.csv");
        ImportPlan first = plan(file);
        JournalKeys known = JournalKeys.empty();
        first.toAdd().forEach(known::add);
        assertEquals(0, Importer.plan(file, ImportOptions.defaults().withZone(BERLIN), known).summary().added());
    }

    @Test
    void aHeaderWithoutTheShapedFirstRowIsNotTheList() {
        List<String> header = List.of("Activity Type", "Date", "Favorite", "Title", "Distance", "Calories", "Time", "Avg HR", "Max HR");
        assertNull(ActivityListLayout.detect(header, List.of("Running", "Feb 6, 2025", "false", "t", "5", "1", "00:30:00", "1", "1")));
        assertNull(ActivityListLayout.detect(header, List.of("Running", "2025-02-06 17:06:03", "maybe", "t", "5", "1", "00:30:00", "1", "1")));
        assertNull(ActivityListLayout.detect(header, null));
    }

    @Test
    void aTruncatedRowStopsTheImportNamingTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("Activities.csv"),
                "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR\n"
                        + "Running,2025-02-06 17:06:03,false,Run,5.48,447,00:31:24,153,176\n"
                        + "Running,2025-02-07 17:06:03,false\n");
        ImportException e = assertThrows(ImportException.class, () -> plan(file));
        assertTrue(e.getMessage().contains("line 3: 3 fields where the header has 9"), e.getMessage());
    }
}
