package dev.recovery.importer.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Each limit's lowest allowed value, the names an export may hold, and how refusals read. */
class LimitsAndNamesTest {

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void everyLimitAcceptsOne() {
        ImportLimits l = new ImportLimits(1, 1, 1, 1, 1);
        assertEquals(new ImportLimits(1, 1L, 1L, 1.0, 1), l);
        assertEquals(1, l.maxEntries());
        assertEquals(1, l.maxCsvRecordChars());
    }

    @Test
    void aZeroEntryByteLimitIsRefusedByName() {
        assertEquals("max-entry-bytes: 0 is not allowed; expected a number of bytes of at least 1",
                refusal(() -> ImportLimits.defaults().withMaxEntryBytes(0)));
    }

    @Test
    void aZeroTotalByteLimitIsRefusedByName() {
        assertEquals("max-total-bytes: 0 is not allowed; expected a number of bytes of at least 1",
                refusal(() -> ImportLimits.defaults().withMaxTotalBytes(0)));
    }

    @Test
    void aRatioBelowOneIsRefusedByName() {
        assertTrue(refusal(() -> ImportLimits.defaults().withMaxCompressionRatio(0.999)).startsWith("max-compression-ratio: 0.999"));
    }

    @Test
    void aRatioOfNaNIsRefused() {
        assertTrue(refusal(() -> ImportLimits.defaults().withMaxCompressionRatio(Double.NaN)).startsWith("max-compression-ratio"));
    }

    @Test
    void aZeroRecordLengthIsRefusedByName() {
        assertEquals("max-csv-record-chars: 0 is not allowed; expected a whole number of at least 1",
                refusal(() -> ImportLimits.defaults().withMaxCsvRecordChars(0)));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ImportLimits d = ImportLimits.defaults();
        assertEquals(100_000, d.maxEntries());
        assertEquals(512L * 1024 * 1024, d.maxEntryBytes());
        assertEquals(16L * 1024 * 1024 * 1024, d.maxTotalBytes());
        assertEquals(200, d.maxCompressionRatio());
        assertEquals(1 << 20, d.maxCsvRecordChars());
    }

    @Test
    void eachCopyChangesOnlyItsOwnLimit() {
        ImportLimits d = ImportLimits.defaults();
        assertEquals(new ImportLimits(7, d.maxEntryBytes(), d.maxTotalBytes(), d.maxCompressionRatio(), d.maxCsvRecordChars()),
                d.withMaxEntries(7));
        assertEquals(new ImportLimits(d.maxEntries(), 7, d.maxTotalBytes(), d.maxCompressionRatio(), d.maxCsvRecordChars()),
                d.withMaxEntryBytes(7));
        assertEquals(new ImportLimits(d.maxEntries(), d.maxEntryBytes(), 7, d.maxCompressionRatio(), d.maxCsvRecordChars()),
                d.withMaxTotalBytes(7));
        assertEquals(new ImportLimits(d.maxEntries(), d.maxEntryBytes(), d.maxTotalBytes(), 7, d.maxCsvRecordChars()),
                d.withMaxCompressionRatio(7));
        assertEquals(new ImportLimits(d.maxEntries(), d.maxEntryBytes(), d.maxTotalBytes(), d.maxCompressionRatio(), 7),
                d.withMaxCsvRecordChars(7));
    }

    @Test
    void aBudgetStartsEmptyAndKeepsItsLimits() {
        ImportLimits l = ImportLimits.defaults().withMaxTotalBytes(5);
        ReadBudget b = new ReadBudget(l);
        assertEquals(0, b.total());
        assertEquals(l, b.limits());
    }

    @Test
    void aSafeRelativeNameIsReturnedAsItIs() {
        assertEquals("activities/1.gpx", EntryNames.requireSafe("e.zip", "", "activities/1.gpx"));
    }

    @Test
    void dotsInsideANameAreNoParentStep() {
        assertEquals("activities/..1.gpx", EntryNames.requireSafe("e.zip", "", "activities/..1.gpx"));
        assertEquals("a/.../b", EntryNames.requireSafe("e.zip", "", "a/.../b"));
    }

    @Test
    void anEmptyNameIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> EntryNames.requireSafe("e.zip", "", ""));
        assertEquals("e.zip: refused an empty file name; an export only holds relative paths inside it", e.getMessage());
    }

    @Test
    void aNulInANameIsRefusedNamingWhere() {
        ImportException e = assertThrows(ImportException.class, () -> EntryNames.requireSafe("e.zip", "line 4", "a\u0000b"));
        assertEquals("e.zip line 4: refused a file name containing a NUL character; an export only holds relative paths inside it",
                e.getMessage());
    }

    @Test
    void aBackslashRootedNameIsAbsolute() {
        ImportException e = assertThrows(ImportException.class, () -> EntryNames.requireSafe("e.zip", "", "\\evil"));
        assertTrue(e.getMessage().contains("the absolute path '\\evil'"), e.getMessage());
    }

    @Test
    void aLowerCaseDriveIsAbsolute() {
        assertThrows(ImportException.class, () -> EntryNames.requireSafe("e.zip", "", "d:x"));
    }

    @Test
    void aColonLaterInTheNameIsNoDrive() {
        assertEquals("ab:c.gpx", EntryNames.requireSafe("e.zip", "", "ab:c.gpx"));
    }

    @Test
    void aParentStepInTheMiddleWithBackslashesIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> EntryNames.requireSafe("e.zip", "", "a\\..\\b"));
        assertTrue(e.getMessage().contains("climbs out of the export with ../"), e.getMessage());
    }

    @Test
    void aTrailingParentStepIsRefused() {
        assertThrows(ImportException.class, () -> EntryNames.requireSafe("e.zip", "", "a/.."));
    }

    @Test
    void aMessageWithoutALocationHasNoGap() {
        assertEquals("f.csv: bad", new ImportException("f.csv", null, "bad").getMessage());
        assertEquals("f.csv: bad", new ImportException("f.csv", "", "bad").getMessage());
        assertEquals("f.csv line 3: bad", new ImportException("f.csv", "line 3", "bad").getMessage());
    }

    @Test
    void theCauseIsKeptForDevelopers() {
        IOException cause = new IOException("x");
        ImportException e = new ImportException("f.csv", "", "bad", cause);
        assertEquals(cause, e.getCause());
        assertEquals("f.csv", e.file());
    }

    @Test
    void aCountingStreamCountsEveryWayOfReading() throws IOException {
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[20]));
        assertEquals(0, in.read());
        assertEquals(1, in.count());
        assertEquals(5, in.read(new byte[5], 0, 5));
        assertEquals(6, in.count());
        assertEquals(4, in.skip(4));
        assertEquals(10, in.count());
        assertEquals(10, in.read(new byte[30], 0, 30));
        assertEquals(20, in.count());
    }

    @Test
    void aCountingStreamCountsNothingAtTheEnd() throws IOException {
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[0]));
        assertEquals(-1, in.read());
        assertEquals(-1, in.read(new byte[5], 0, 5));
        assertEquals(0, in.skip(3));
        assertEquals(0, in.count());
    }
}
