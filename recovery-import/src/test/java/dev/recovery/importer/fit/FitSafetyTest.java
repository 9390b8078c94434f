package dev.recovery.importer.fit;

import static dev.recovery.importer.fit.FitBytes.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Damaged and hostile FIT input: refused with the file's name and the byte offset, never a crash. */
class FitSafetyTest {

    static byte[] good() throws IOException {
        try (InputStream in = FitSafetyTest.class.getResourceAsStream("/fit/ffp-treadmill-records-hr.fit")) {
            return in.readAllBytes();
        }
    }

    static ImportException refused(byte[] bytes) {
        return assertThrows(ImportException.class, () -> FitReader.read(new ByteArrayInputStream(bytes), "run.fit"));
    }

    @Test
    void aTruncatedFileIsRefusedWithTheOffsetWhereItEnds() throws IOException {
        byte[] all = good();
        ImportException e = refused(Arrays.copyOf(all, all.length - 300));
        assertTrue(e.getMessage().startsWith("run.fit byte "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void everyTruncationIsRefused() throws IOException {
        byte[] all = good();
        for (int n = 0; n < all.length; n += 97) {
            refused(Arrays.copyOf(all, n));
        }
        refused(Arrays.copyOf(all, all.length - 1));
    }

    @Test
    void aFlippedByteFailsTheFileCrc() throws IOException {
        byte[] all = good();
        all[all.length / 2] ^= 0x01;
        ImportException e = refused(all);
        assertTrue(e.getMessage().contains("CRC") || e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aWrongFileCrcIsRefusedAtItsOffset() {
        byte[] bytes = FitBytes.create().define(0, false, 0, new int[][] {{0, 1, 0}}).data(0, le(1, 4)).corruptCrc().toBytes();
        ImportException e = refused(bytes);
        assertEquals("run.fit byte " + (bytes.length - 2) + ": the file's CRC is", e.getMessage().substring(0, e.getMessage().indexOf(" is ") + 3));
    }

    @Test
    void aWrongHeaderCrcIsRefused() throws IOException {
        byte[] all = good();
        all[12] ^= 0x10;
        assertTrue(refused(all).getMessage().contains("header's CRC"));
    }

    @Test
    void aHugeDeclaredSizeIsRefusedQuicklyWithoutAllocatingIt() {
        byte[] bytes = FitBytes.create().define(0, false, 0, new int[][] {{0, 1, 0}}).data(0, le(1, 4))
                .declaredSize(0xFFFF_FFF0L).toBytes();
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(bytes));
        assertTrue(e.getMessage().contains("4294967280 bytes of data"), e.getMessage());
    }

    @Test
    void aFileClaimingMoreDataThanItHoldsIsRefused() {
        byte[] bytes = FitBytes.create().define(0, false, 0, new int[][] {{0, 1, 0}}).data(0, le(1, 4)).declaredSize(400).toBytes();
        assertTrue(refused(bytes).getMessage().contains("truncated"));
    }

    @Test
    void aMessageRunningPastTheDeclaredDataIsRefused() {
        byte[] bytes = FitBytes.create().define(0, false, 20, new int[][] {{3, 1, 2}, {5, 4, 0x86}}).data(0, le(1, 100, 4, 5))
                .declaredSize(12).toBytes();
        refused(bytes);
    }

    @Test
    void aDataMessageOfAnUndefinedLocalTypeIsRefused() {
        byte[] bytes = FitBytes.create().define(0, false, 0, new int[][] {{0, 1, 0}}).data(3, le(1, 4)).toBytes();
        ImportException e = refused(bytes);
        assertTrue(e.getMessage().contains("local type 3"), e.getMessage());
        assertTrue(e.getMessage().startsWith("run.fit byte 23:"), e.getMessage());
    }

    @Test
    void aCompressedTimestampBeforeAnyTimestampIsRefused() {
        byte[] bytes = FitBytes.create().define(0, false, 20, new int[][] {{3, 1, 2}}).compressed(0, 4, le(1, 120)).toBytes();
        assertTrue(refused(bytes).getMessage().contains("compressed timestamp"));
    }

    @Test
    void aZeroLengthFileIsRefused() {
        assertEquals("run.fit byte 0: the file is empty; expected a FIT file", refused(new byte[0]).getMessage());
    }

    @Test
    void aFileWithoutTheSignatureIsRefused() {
        byte[] bytes = "activity_id,date,distance\n1,2024-01-01,5\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(refused(bytes).getMessage().contains("header size"));
    }

    @Test
    void garbageAfterTheLastFileIsRefused() throws IOException {
        byte[] bytes = FitBytes.concat(good(), new byte[] {0, 0, 0, 0});
        assertTrue(refused(bytes).getMessage().contains("after the FIT data ends"));
    }

    @Test
    void randomBytesAreRefusedOrReadNeverCrash() {
        qt().withExamples(400).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 600))
                .check(list -> {
                    byte[] bytes = new byte[list.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (int) list.get(i);
                    }
                    return decodesOrRefuses(bytes);
                });
    }

    @Test
    void aValidHeaderOverRandomRecordsIsRefusedOrReadNeverCrash() {
        qt().withExamples(400).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 400))
                .check(list -> {
                    FitBytes b = FitBytes.create();
                    list.forEach(b::raw);
                    return decodesOrRefuses(b.toBytes());
                });
    }

    private static boolean decodesOrRefuses(byte[] bytes) {
        try {
            FitReader.read(new ByteArrayInputStream(bytes), "random.fit");
            return true;
        } catch (ImportException e) {
            return e.getMessage().startsWith("random.fit");
        }
    }

    @Test
    void aCorruptFileInAListOfGoodOnesGivesNoSessions() throws IOException {
        byte[] bad = good();
        bad[bad.length - 1] ^= 0x7F;
        List<byte[]> files = List.of(good(), bad);
        int read = 0;
        for (byte[] f : files) {
            try {
                read += FitReader.read(new ByteArrayInputStream(f), "x.fit").sessions().size();
            } catch (ImportException e) {
                // refused as a whole
            }
        }
        assertEquals(1, read);
    }
}
