package dev.recovery.importer.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The size, ratio and total limits at their exact boundaries, counted from the bytes actually read. */
class BoundedInputStreamTest {

    private static final int GRACE = (int) ImportLimits.RATIO_GRACE_BYTES;

    private static ReadBudget budget(ImportLimits limits) {
        return new ReadBudget(limits);
    }

    private static BoundedInputStream bounded(int bytes, ReadBudget budget, java.util.function.LongSupplier packed,
            boolean countTotal) {
        return new BoundedInputStream(new ByteArrayInputStream(new byte[bytes]), "a.gpx", budget, packed, countTotal);
    }

    private static int readOneByOne(InputStream in) throws IOException {
        int n = 0;
        while (in.read() >= 0) {
            n++;
        }
        return n;
    }

    private static long readInChunks(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long n = 0;
        for (int r = in.read(buffer, 0, buffer.length); r >= 0; r = in.read(buffer, 0, buffer.length)) {
            n += r;
        }
        return n;
    }

    @Test
    void aFileOfExactlyTheEntryLimitIsReadByteByByte() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults().withMaxEntryBytes(3));
        assertEquals(3, readOneByOne(bounded(3, b, null, true)));
    }

    @Test
    void oneByteOverTheEntryLimitIsRefusedNamingFileAndLimit() {
        ReadBudget b = budget(ImportLimits.defaults().withMaxEntryBytes(3));
        ImportException e = assertThrows(ImportException.class, () -> readOneByOne(bounded(4, b, null, true)));
        assertEquals("a.gpx: inflates to more than 3 bytes; refused as a likely zip bomb (limit max-entry-bytes)", e.getMessage());
        assertEquals("a.gpx", e.file());
    }

    @Test
    void zeroBytesCountTowardsTheEntryLimit() {
        // A zero byte is a byte read, not the end of the stream.
        ReadBudget b = budget(ImportLimits.defaults().withMaxEntryBytes(2));
        assertThrows(ImportException.class, () -> readOneByOne(bounded(3, b, null, true)));
    }

    @Test
    void theEndOfTheStreamIsNotCounted() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults());
        BoundedInputStream in = bounded(2, b, null, true);
        readOneByOne(in);
        assertEquals(-1, in.read());
        assertEquals(-1, in.read(new byte[4], 0, 4));
        assertEquals(2, b.total());
    }

    @Test
    void chunkedReadsAreCountedAgainstTheEntryLimit() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults().withMaxEntryBytes(10_000));
        assertEquals(10_000, readInChunks(bounded(10_000, b, null, true)));
        ReadBudget c = budget(ImportLimits.defaults().withMaxEntryBytes(10_000));
        assertThrows(ImportException.class, () -> readInChunks(bounded(10_001, c, null, true)));
    }

    @Test
    void skippedBytesAreCountedAgainstTheEntryLimit() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults().withMaxEntryBytes(10));
        BoundedInputStream in = bounded(20, b, null, true);
        assertEquals(10, in.skip(10));
        assertEquals(10, b.total());
        assertThrows(ImportException.class, () -> in.skip(1));
    }

    @Test
    void skippingAtTheEndCountsNothing() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults());
        BoundedInputStream in = bounded(0, b, null, true);
        assertEquals(0, in.skip(5));
        assertEquals(0, b.total());
    }

    @Test
    void theInnermostStreamCountsTowardsTheImportsTotal() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults());
        readInChunks(bounded(5_000, b, null, true));
        assertEquals(5_000, b.total());
    }

    @Test
    void anOuterLayerDoesNotCountTowardsTheTotal() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults());
        readInChunks(bounded(5_000, b, null, false));
        assertEquals(0, b.total());
    }

    @Test
    void theTotalAtItsLimitIsAcceptedAndOneByteMoreRefused() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults().withMaxTotalBytes(10));
        readInChunks(bounded(6, b, null, true));
        readInChunks(bounded(4, b, null, true));
        assertEquals(10, b.total());
        ImportException e = assertThrows(ImportException.class, () -> bounded(1, b, null, true).read());
        assertEquals("a.gpx: the export inflates to more than 10 bytes in all; refused as a likely zip bomb (limit max-total-bytes)",
                e.getMessage());
    }

    @Test
    void smallFilesAreNotRatioCheckedWhateverTheirRatio() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults().withMaxCompressionRatio(1));
        assertEquals(GRACE, readInChunks(bounded(GRACE, b, () -> 1, true)));
    }

    @Test
    void oneByteOverTheGraceIsRatioChecked() {
        ReadBudget b = budget(ImportLimits.defaults().withMaxCompressionRatio(1));
        ImportException e = assertThrows(ImportException.class, () -> readOneByOne(bounded(GRACE + 1, b, () -> 1, true)));
        assertEquals("a.gpx: compression ratio above 1 to 1 (" + (GRACE + 1) + " bytes from 1); refused as a likely zip bomb"
                + " (limit max-compression-ratio)", e.getMessage());
    }

    @Test
    void aRatioExactlyAtTheLimitIsAccepted() throws IOException {
        int packed = (GRACE + 1000) / 2;
        ReadBudget b = budget(ImportLimits.defaults().withMaxCompressionRatio(2));
        assertEquals(2L * packed, readInChunks(bounded(2 * packed, b, () -> packed, true)));
    }

    @Test
    void aRatioOneByteAboveTheLimitIsRefused() {
        int packed = (GRACE + 1000) / 2;
        ReadBudget b = budget(ImportLimits.defaults().withMaxCompressionRatio(2));
        ImportException e = assertThrows(ImportException.class, () -> readInChunks(bounded(2 * packed + 1, b, () -> packed, true)));
        assertTrue(e.getMessage().contains("compression ratio above 2 to 1"), e.getMessage());
        assertTrue(e.getMessage().contains("bytes from " + packed + ")"), e.getMessage());
    }

    @Test
    void noCompressedBytesYetCountsAsOne() {
        ReadBudget b = budget(ImportLimits.defaults().withMaxCompressionRatio(GRACE + 1));
        ImportException e = assertThrows(ImportException.class, () -> readInChunks(bounded(GRACE + 2, b, () -> 0, true)));
        assertTrue(e.getMessage().contains("bytes from 1)"), e.getMessage());
    }

    @Test
    void plainBytesAreNeverRatioChecked() throws IOException {
        ReadBudget b = budget(ImportLimits.defaults().withMaxCompressionRatio(1));
        assertEquals(GRACE + 10, readInChunks(bounded(GRACE + 10, b, null, true)));
    }
}
