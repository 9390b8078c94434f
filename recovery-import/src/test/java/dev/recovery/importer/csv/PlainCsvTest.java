package dev.recovery.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.importer.ImportFormat;
import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.core.load.LoadMethod;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain CSV of docs/import.md. */
class PlainCsvTest {

    @TempDir
    Path dir;

    private ImportPlan plan(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("log.csv"), text);
        return Importer.plan(file, ImportOptions.defaults(), JournalKeys.empty());
    }

    @Test
    void theDocumentedExampleImports() throws IOException {
        ImportPlan plan = plan("date,distance,duration,type,rpe\n2026-11-01,10km,55:00,easy,4\n2026-11-02,,45:00,strength,6\n"
                + "2026-11-03T07:15,6.2mi,52:30,tempo,\n");
        assertEquals(3, plan.summary().added());
        Run easy = (Run) plan.toAdd().get(0).session();
        assertEquals(LocalDate.of(2026, 11, 1), easy.date());
        assertEquals(10_000, easy.distance().metres(), 1e-9);
        assertEquals(Duration.ofMinutes(55), easy.duration());
        assertEquals(4, easy.rpe().orElseThrow().value());
        assertTrue(plan.toAdd().get(1).session() instanceof StrengthSession);
        Run tempo = (Run) plan.toAdd().get(2).session();
        assertEquals(RunType.TEMPO, tempo.type());
        assertEquals(LoadMethod.ESTIMATED, plan.toAdd().get(2).load().method());
    }

    @Test
    void itIsDetectedByItsHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("anything.csv"), "type,date,duration\nrun,2026-01-01,30:00\n");
        assertEquals(ImportFormat.PLAIN_CSV, Importer.detect(file));
    }

    @Test
    void unknownTypesAreSkippedAndCounted() throws IOException {
        ImportPlan plan = plan("date,distance,duration,type,rpe\n2026-11-01,,60:00,climbing,5\n");
        assertEquals(Map.of("climbing", 1), plan.summary().skippedByType());
    }

    @Test
    void aBadCellFailsTheImportNamingTheLineAndField() {
        ImportException e = assertThrows(ImportException.class,
                () -> plan("date,distance,duration,type,rpe\n2026-11-01,10km,55:00,easy,4\n2026-11-02,ten,55:00,easy,4\n"));
        assertTrue(e.getMessage().endsWith("log.csv line 3: distance: 'ten' is not allowed; expected a number with a unit, e.g. 10km, 6.2mi or 800m"),
                e.getMessage());
    }

    @Test
    void anImpossiblePaceFailsTheImport() {
        ImportException e = assertThrows(ImportException.class,
                () -> plan("date,distance,duration,type,rpe\n2026-11-01,10km,5:00,run,\n"));
        assertTrue(e.getMessage().contains("line 2: duration:"), e.getMessage());
    }

    @Test
    void aRunWithoutDistanceFailsTheImport() {
        ImportException e = assertThrows(ImportException.class,
                () -> plan("date,distance,duration,type,rpe\n2026-11-01,,50:00,run,\n"));
        assertTrue(e.getMessage().contains("line 2: distance: nothing is not allowed"), e.getMessage());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsNotPlainCsv() {
        assertThrows(ImportException.class, () -> plan("when,how far\n2026-11-01,10km\n"));
    }

    @Test
    void plainCsvSourceIdsAreStableHashes() throws IOException {
        String text = "date,distance,duration,type,rpe\n2026-11-01,10km,55:00,easy,4\n";
        ImportedActivity first = plan(text).toAdd().get(0);
        ImportedActivity second = plan(text).toAdd().get(0);
        assertEquals(first.sourceId(), second.sourceId());
        assertTrue(first.sourceId().startsWith("hash:"));
    }
}
