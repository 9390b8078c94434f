package dev.recovery.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.fixture.RecordingListener;
import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain CSV row by row: columns, dates in the runner's zone, optional cells, skipped types, progress. */
class PlainCsvRowsTest {

    private static final String HEADER = "date,distance,duration,type,rpe\n";

    private static RecordingListener read(String text, ZoneId zone, long size) {
        RecordingListener seen = new RecordingListener();
        PlainCsvReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "log.csv", zone, 10_000, size, seen);
        return seen;
    }

    private static RecordingListener read(String text) {
        return read(text, ZoneOffset.UTC, text.length());
    }

    @Test
    void theHeaderIsRecognisedWhateverItsCaseSpacingOrOrder() {
        assertTrue(PlainCsvReader.isPlainHeader(List.of(" Type ", "DATE", "Duration")));
        assertTrue(PlainCsvReader.isPlainHeader(List.of("\uFEFFdate", "duration", "type", "notes")));
        assertFalse(PlainCsvReader.isPlainHeader(List.of("date", "duration")));
        assertFalse(PlainCsvReader.isPlainHeader(List.of("date", "time", "type")));
    }

    @Test
    void anEmptyFileIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> read(""));
        assertEquals("log.csv: the file is empty", e.getMessage());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefusedOnLineOne() {
        ImportException e = assertThrows(ImportException.class, () -> read("date,distance,type\n2026-11-01,10km,easy\n"));
        assertTrue(e.getMessage().startsWith("log.csv line 1: the header must name the columns date, duration and type"), e.getMessage());
    }

    @Test
    void aDateIsTheStartOfThatDayInTheRunnersZone() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        ImportedActivity a = read(HEADER + "2026-11-01,10km,55:00,easy,4\n", sydney, -1).activities.get(0);
        assertEquals(Instant.parse("2026-10-31T13:00:00Z"), a.start());
        assertEquals(java.time.LocalDate.of(2026, 11, 1), a.session().date());
    }

    @Test
    void aDateWithATimeIsThatLocalTime() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ImportedActivity a = read(HEADER + "2026-11-03T07:15,6.2mi,52:30,tempo,\n", paris, -1).activities.get(0);
        assertEquals(Instant.parse("2026-11-03T06:15:00Z"), a.start());
    }

    @Test
    void aBadDateNamesTheFieldAndWhatIsAllowed() {
        ImportException e = assertThrows(ImportException.class, () -> read(HEADER + "2026-11-01T7am,10km,55:00,easy,4\n"));
        assertEquals("log.csv line 2: date: '2026-11-01T7am' is not allowed; expected a date as YYYY-MM-DD, optionally with a start time,"
                + " e.g. 2026-11-01T07:15", e.getMessage());
    }

    @Test
    void aBadShortDateIsRefusedNamingTheField() {
        ImportException e = assertThrows(ImportException.class, () -> read(HEADER + "1/11/2026,10km,55:00,easy,4\n"));
        assertTrue(e.getMessage().startsWith("log.csv line 2: date:"), e.getMessage());
    }

    @Test
    void columnsMayComeInAnyOrderAndExtraOnesAreIgnored() {
        ImportedActivity a = read("notes,type,duration,date\nhilly,strength,45:00,2026-11-02\n").activities.get(0);
        assertEquals(ActivityKind.STRENGTH, a.kind());
        assertEquals(java.time.Duration.ofMinutes(45), a.duration());
        assertEquals(java.time.LocalDate.of(2026, 11, 2), a.session().date());
    }

    @Test
    void withoutDistanceAndRpeColumnsACrossTrainingSessionImports() {
        ImportedActivity a = read("date,duration,type\n2026-11-02,45:00,yoga\n").activities.get(0);
        assertEquals(ActivityKind.YOGA, a.kind());
        assertTrue(a.session().rpe().isEmpty());
    }

    @Test
    void aShortRowHasEmptyCellsForTheMissingColumns() {
        ImportedActivity a = read(HEADER.replace(",rpe", ",rpe,notes") + "2026-11-02,20km,45:00,bike\n").activities.get(0);
        assertEquals(ActivityKind.BIKE, a.kind());
        assertTrue(a.session().rpe().isEmpty());
        assertEquals(20_000, a.distance().orElseThrow().metres(), 1e-9);
    }

    @Test
    void theFirstOfTwoColumnsWithTheSameNameIsRead() {
        ImportedActivity a = read("date,duration,type,type\n2026-11-02,45:00,strength,run\n").activities.get(0);
        assertEquals(ActivityKind.STRENGTH, a.kind());
    }

    @Test
    void cellsAreStripped() {
        ImportedActivity a = read(HEADER + " 2026-11-01 , 10km , 55:00 , tempo , 6 \n").activities.get(0);
        assertEquals(RunType.TEMPO, ((Run) a.session()).type());
        assertEquals(6, a.session().rpe().orElseThrow().value());
    }

    @Test
    void aRunTypeIsKeptAndPlainRunIsEasy() {
        RecordingListener seen = read(HEADER + "2026-11-01,10km,55:00,run,\n2026-11-02,8km,40:00,intervals,\n2026-11-03,30km,2:40:00,long,\n");
        assertEquals(RunType.EASY, ((Run) seen.activities.get(0).session()).type());
        assertEquals(RunType.INTERVALS, ((Run) seen.activities.get(1).session()).type());
        assertEquals(RunType.LONG, ((Run) seen.activities.get(2).session()).type());
    }

    @Test
    void blankRowsAreSkippedSilently() {
        RecordingListener seen = read(HEADER + "\n , , ,\n2026-11-01,10km,55:00,easy,4\n\n");
        assertEquals(1, seen.activities.size());
        assertTrue(seen.skipped.isEmpty());
        assertEquals("log.csv line 4", seen.activities.get(0).origin());
    }

    @Test
    void anUnknownTypeIsSkippedUnderItsNameAndLine() {
        RecordingListener seen = read(HEADER + "2026-11-01,,60:00,Climbing,\n");
        assertEquals(List.of(new SkippedActivity("Climbing", "log.csv line 2")), seen.skipped);
    }

    @Test
    void aRowWithoutATypeIsSkippedAsNoType() {
        RecordingListener seen = read(HEADER + "2026-11-01,10km,55:00,,\n");
        assertEquals(List.of(new SkippedActivity("(no type)", "log.csv line 2")), seen.skipped);
        assertTrue(seen.activities.isEmpty());
    }

    @Test
    void aSkippedRowIsNotCheckedFurther() {
        RecordingListener seen = read(HEADER + "someday,lots,ages,kayak,11\n");
        assertEquals(1, seen.skipped.size());
    }

    @Test
    void aBadRpeNamesTheLine() {
        ImportException e = assertThrows(ImportException.class, () -> read(HEADER + "2026-11-01,10km,55:00,easy,11\n"));
        assertTrue(e.getMessage().startsWith("log.csv line 2: rpe"), e.getMessage());
    }

    @Test
    void progressEndsAtTheFilesSize() {
        RecordingListener seen = read(HEADER + "2026-11-01,10km,55:00,easy,4\n", ZoneOffset.UTC, 12_345);
        long[] last = seen.progress.get(seen.progress.size() - 1);
        assertEquals(12_345, last[0]);
        assertEquals(12_345, last[1]);
    }

    @Test
    void progressOfAnUnknownSizeEndsAtZeroOfUnknown() {
        RecordingListener seen = read(HEADER + "2026-11-01,10km,55:00,easy,4\n", ZoneOffset.UTC, -1);
        assertEquals(1, seen.progress.size());
        assertEquals(0, seen.progress.get(0)[0]);
        assertEquals(-1, seen.progress.get(0)[1]);
    }

    @Test
    void progressIsReportedEvery256RowsNeverBeyondTheSize() {
        String row = "2026-11-01,,30:00,yoga,\n";
        String csv = HEADER + row.repeat(257);
        RecordingListener seen = read(csv, ZoneOffset.UTC, csv.length());
        assertEquals(257, seen.activities.size());
        assertEquals(2, seen.progress.size(), "after row 256, and at the end");
        assertEquals(HEADER.length() + 256L * row.length(), seen.progress.get(0)[0]);
        assertEquals(csv.length(), seen.progress.get(0)[1]);
        assertEquals(csv.length(), seen.progress.get(1)[0]);
        RecordingListener small = read(csv, ZoneOffset.UTC, 100);
        assertEquals(100, small.progress.get(0)[0], "never beyond the stated size");
    }
}
