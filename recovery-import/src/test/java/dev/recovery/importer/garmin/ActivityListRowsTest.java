package dev.recovery.importer.garmin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.fixture.RecordingListener;
import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The activity list's layout at each detection boundary, and each cell of a row as a runner's log reads it. */
class ActivityListRowsTest {

    static final String HEADER = "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR";
    static final String RUN = "Running,2025-02-06 17:06:03,false,Evening Run,5.48,400,00:31:24,150,171";

    static List<String> cells(String line) {
        return new ArrayList<>(Arrays.asList(line.split(",", -1)));
    }

    static RecordingListener read(String csv, long size) {
        RecordingListener r = new RecordingListener();
        ActivityListReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "Activities.csv", ZoneOffset.UTC,
                DistanceUnit.KM, 1 << 20, size, r);
        return r;
    }

    static RecordingListener read(String csv) {
        return read(csv, -1);
    }

    static ImportedActivity one(String header, String row) {
        RecordingListener r = read(header + "\n" + row + "\n");
        assertEquals(List.of(), r.problems);
        assertEquals(1, r.activities.size());
        return r.activities.get(0);
    }

    static String problem(String row) {
        RecordingListener r = read(HEADER + "\n" + RUN + "\n" + row + "\n");
        assertEquals(1, r.problems.size());
        assertEquals("Activities.csv line 3", r.problems.get(0).origin());
        return r.problems.get(0).message();
    }

    // Layout detection.

    @Test
    void nineColumnsAreEnough() {
        assertEquals(new ActivityListLayout(9, -1), ActivityListLayout.detect(cells(HEADER), cells(RUN)));
    }

    @Test
    void eightColumnsAreNotTheList() {
        assertNull(ActivityListLayout.detect(cells("a,b,c,d,e,f,g,h"), cells("Running,2025-02-06 17:06:03,false,x,1,2,00:31:24,1")));
    }

    @Test
    void aHeaderWithoutRowsIsNotTheList() {
        assertNull(ActivityListLayout.detect(cells(HEADER), null));
        assertFalse(ActivityListReader.isActivityList(cells(HEADER), null));
    }

    @Test
    void aFirstRowOfAnotherLengthIsNotTheList() {
        assertNull(ActivityListLayout.detect(cells(HEADER), cells(RUN + ",x")));
    }

    @Test
    void eachShapedCellOfTheFirstRowIsNeeded() {
        assertTrue(ActivityListReader.isActivityList(cells(HEADER), cells(RUN)));
        assertNull(ActivityListLayout.detect(cells(HEADER), cells(RUN.replace("2025-02-06 17:06:03", "06.02.2025 17:06"))));
        assertNull(ActivityListLayout.detect(cells(HEADER), cells(RUN.replace("false", "no"))));
        assertNull(ActivityListLayout.detect(cells(HEADER), cells(RUN.replace("00:31:24", "31 min"))));
    }

    @Test
    void theFavouriteFlagMayBeCapitalised() {
        assertTrue(ActivityListReader.isActivityList(cells(HEADER), cells(RUN.replace("false", " TRUE "))));
    }

    @Test
    void theMovingTimeIsFoundByItsHeaderAfterTheFixedColumns() {
        List<String> header = cells(HEADER + ",Steps,Moving Time,Moving Time");
        assertEquals(new ActivityListLayout(12, 10), ActivityListLayout.detect(header, cells(RUN + ",1,00:30:00,00:29:00")));
    }

    @Test
    void theGermanMovingTimeIsFoundToo() {
        List<String> header = cells(HEADER + ", Zeit in Bewegung ");
        assertEquals(9, ActivityListLayout.detect(header, cells(RUN + ",00:30:00")).movingTime());
    }

    @Test
    void aMovingTimeHeaderAmongTheFixedColumnsIsNotTheMovingTime() {
        List<String> header = cells("Activity Type,Date,Favorite,Moving Time,Distance,Calories,Time,Avg HR,Max HR");
        assertEquals(-1, ActivityListLayout.detect(header, cells(RUN)).movingTime());
    }

    // Rows.

    @Test
    void aRunTakesItsStartDistanceTimerTimeAndHeartRate() {
        ImportedActivity a = one(HEADER, RUN);
        assertEquals(Instant.parse("2025-02-06T17:06:03Z"), a.start());
        assertEquals(ActivityKind.RUN, a.kind());
        assertEquals(5480, a.distance().orElseThrow().metres(), 1e-9);
        assertEquals(Duration.ofSeconds(31 * 60 + 24), a.duration());
        assertEquals(OptionalInt.of(150), a.avgHeartRate());
        assertEquals(OptionalInt.of(171), a.maxHeartRate());
        assertEquals(Optional.of("Evening Run"), a.name());
        assertEquals("Activities.csv line 2", a.origin());
    }

    @Test
    void theMovingTimeWinsOverTheTimersTime() {
        ImportedActivity a = one(HEADER + ",Moving Time", RUN + ",00:30:00");
        assertEquals(Duration.ofMinutes(30), a.duration());
    }

    @Test
    void anAbsentMovingTimeFallsBackToTheTimersTime() {
        ImportedActivity a = one(HEADER + ",Moving Time", RUN + ",--");
        assertEquals(Duration.ofSeconds(31 * 60 + 24), a.duration());
    }

    @Test
    void noTimeAtAllIsAProblemNamingTheField() {
        RecordingListener r = read(HEADER + ",Moving Time\n" + RUN + ",--\n" + RUN.replace("00:31:24", "--") + ",--\n");
        assertEquals(1, r.activities.size());
        assertEquals("time: nothing is not allowed; expected the activity's time such as 00:31:24", r.problems.get(0).message());
        assertEquals("Activities.csv line 3", r.problems.get(0).origin());
    }

    @Test
    void aZeroDistanceIsNoDistance() {
        assertEquals(Optional.empty(), one(HEADER, RUN.replace("Running", "Strength Training").replace("5.48", "0")).distance());
    }

    @Test
    void aRunWithoutDistanceIsAProblem() {
        assertTrue(problem(RUN.replace("5.48", "--")).startsWith("distance: "));
    }

    @Test
    void aDistanceInMilesIsConverted() {
        RecordingListener r = new RecordingListener();
        ActivityListReader.read(new ByteArrayInputStream((HEADER + "\n" + RUN.replace("5.48", "1") + "\n").getBytes(StandardCharsets.UTF_8)),
                "Activities.csv", ZoneOffset.UTC, DistanceUnit.MI, 1 << 20, -1, r);
        assertEquals(1609.344, r.activities.get(0).distance().orElseThrow().metres(), 1e-9);
    }

    @Test
    void aPoolSwimIsInWholeMetres() {
        ImportedActivity a = one(HEADER, "Pool Swim,2025-02-06 07:00:00,false,Swim,\"1.500\",300,00:40:00,--,--");
        assertEquals(1500, a.distance().orElseThrow().metres(), 1e-9);
        assertEquals(OptionalInt.empty(), a.avgHeartRate());
    }

    @Test
    void aHeartRateIsRoundedAndZeroIsNone() {
        ImportedActivity a = one(HEADER, RUN.replace(",150,171", ",150.5,0"));
        assertEquals(OptionalInt.of(151), a.avgHeartRate());
        assertEquals(OptionalInt.empty(), a.maxHeartRate());
    }

    @Test
    void anUnreadableDateIsAProblemNamingIt() {
        assertEquals("date: '2025-13-06 17:06:03' is not allowed; expected a date and time such as 2025-02-06 17:06:03",
                problem(RUN.replace("2025-02-06", "2025-13-06")));
    }

    @Test
    void anUnreadableTimeIsAProblemNamingIt() {
        assertEquals("time: '00:31:2x' is not allowed; expected a time such as 00:31:24", problem(RUN.replace("00:31:24", "00:31:2x")));
    }

    @Test
    void anUnreadableMovingTimeIsAProblemNamingIt() {
        RecordingListener r = read(HEADER + ",Moving Time\n" + RUN + ",soon\n");
        assertEquals("moving-time: 'soon' is not allowed; expected a time such as 00:31:24", r.problems.get(0).message());
    }

    @Test
    void aNegativeDistanceIsAProblemNamingIt() {
        assertEquals("distance: '-1' is not allowed; expected a number such as 5.48 or --", problem(RUN.replace("5.48", "-1")));
    }

    @Test
    void anInfiniteHeartRateIsAProblemNamingIt() {
        assertEquals("avg-hr: 'Infinity' is not allowed; expected a number such as 5.48 or --",
                problem(RUN.replace(",150,", ",Infinity,")));
    }

    @Test
    void anUnknownTypeIsSkippedByItsNameAndABlankOneAsNoType() {
        RecordingListener r = read(HEADER + "\n" + RUN.replace("Running", "Kayaking") + "\n" + RUN.replace("Running", " ") + "\n");
        assertEquals("Kayaking", r.skipped.get(0).type());
        assertEquals("Activities.csv line 2", r.skipped.get(0).origin());
        assertEquals("(no type)", r.skipped.get(1).type());
        assertTrue(r.activities.isEmpty());
    }

    @Test
    void blankLinesAreSkipped() {
        RecordingListener r = read(HEADER + "\n" + RUN + "\n\n" + RUN.replace("17:06", "18:06") + "\n");
        assertEquals(2, r.activities.size());
        assertEquals("Activities.csv line 4", r.activities.get(1).origin());
    }

    @Test
    void aRowWithAnotherNumberOfFieldsStopsTheImportNamingTheLine() {
        ImportException e = assertThrows(ImportException.class, () -> read(HEADER + "\n" + RUN + "\n" + RUN + ",x\n"));
        assertEquals("Activities.csv line 3: 10 fields where the header has 9; the row is truncated or malformed", e.getMessage());
    }

    @Test
    void anEmptyFileIsNotTheList() {
        ImportException e = assertThrows(ImportException.class, () -> read(""));
        assertTrue(e.getMessage().startsWith("Activities.csv line 1: not Garmin Connect's activity list"), e.getMessage());
    }

    @Test
    void aHeaderAloneIsNotTheList() {
        assertThrows(ImportException.class, () -> read(HEADER + "\n"));
    }

    @Test
    void progressIsReportedEvery256RowsAndAtTheEnd() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 256; i++) {
            csv.append(RUN.replace("17:06:03", String.format("17:%02d:%02d", i / 60, i % 60))).append('\n');
        }
        RecordingListener r = read(csv.toString(), 100);
        assertEquals(2, r.progress.size());
        assertArrayEquals(new long[] {100, 100}, r.progress.get(0), "never more than the size");
        assertArrayEquals(new long[] {100, 100}, r.progress.get(1));
    }

    @Test
    void fewerThan256RowsReportOnlyTheEndAndAnUnknownSizeAsZero() {
        RecordingListener r = read(HEADER + "\n" + RUN + "\n");
        assertEquals(1, r.progress.size());
        assertArrayEquals(new long[] {0, -1}, r.progress.get(0));
    }

    // Cells.

    @Test
    void numbersTakeEitherDecimalMarkAndThousandsSeparators() {
        assertEquals(5.81, ActivityListReader.number("5,81", "distance"), 1e-12);
        assertEquals(1234.5, ActivityListReader.number("1,234.5", "distance"), 1e-12);
        assertEquals(0, ActivityListReader.number(" -- ", "distance"));
        assertEquals(0, ActivityListReader.number(" ", "distance"));
        assertEquals(0, ActivityListReader.number("0", "distance"));
    }

    @Test
    void notANumberIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivityListReader.number("NaN", "calories"));
        assertEquals("calories: 'NaN' is not allowed; expected a number such as 5.48 or --", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ActivityListReader.number("abc", "calories"));
    }

    @Test
    void wholeNumbersDropEitherSeparator() {
        assertEquals(1500, ActivityListReader.wholeNumber("1,500", "distance"));
        assertEquals(1500, ActivityListReader.wholeNumber("1.500", "distance"));
    }

    @Test
    void durationsOfTwoOrThreePartsWithFractions() {
        assertEquals(Duration.ofSeconds(31 * 60 + 24), ActivityListReader.duration("31:24", "time"));
        assertEquals(Duration.ofSeconds(3723), ActivityListReader.duration("1:02:03", "time"));
        assertEquals(Duration.ofMillis(28 * 60_000 + 10_500), ActivityListReader.duration("00:28:10.5", "time"));
        assertEquals(Duration.ofMillis(30 * 60_000 + 750), ActivityListReader.duration("30:00,75", "time"));
        assertEquals(Duration.ZERO, ActivityListReader.duration("--", "time"));
        assertEquals(Duration.ZERO, ActivityListReader.duration("", "time"));
    }

    @Test
    void garminTypesInEnglishAndGerman() {
        assertEquals(Optional.of(ActivityKind.SWIM), ActivityListTypes.kind("Pool Swim"));
        assertEquals(Optional.of(ActivityKind.RUN), ActivityListTypes.kind(" Laufen "));
        assertEquals(Optional.of(ActivityKind.ELLIPTICAL), ActivityListTypes.kind("Crosstrainer"));
        assertEquals(Optional.of(ActivityKind.RUN), ActivityListTypes.kind("Running"));
        assertEquals(Optional.empty(), ActivityListTypes.kind("Kayaking"));
    }
}
