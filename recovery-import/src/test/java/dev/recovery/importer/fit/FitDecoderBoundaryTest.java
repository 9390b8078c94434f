package dev.recovery.importer.fit;

import static dev.recovery.importer.fit.FitBytes.be;
import static dev.recovery.importer.fit.FitBytes.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decoder at each boundary of the protocol: header sizes and CRCs, protocol versions, the
 * declared data size, byte orders, base types and their invalid values, compressed timestamps,
 * and the byte offset every refusal names.
 */
class FitDecoderBoundaryTest {

    static final int UINT8 = 0x02;
    static final int UINT16 = 0x84;

    static List<FitMessage> messages(byte[] bytes) {
        List<FitMessage> out = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(bytes), "run.fit", out::add);
        return out;
    }

    static String refusal(byte[] bytes) {
        return assertThrows(ImportException.class, () -> messages(bytes)).getMessage();
    }

    /** One record message with a heart rate: a 9-byte definition at byte 14, a 2-byte data message at 23. */
    static FitBytes oneRecord() {
        return FitBytes.create().define(0, false, 20, new int[][] {{3, 1, UINT8}}).data(0, le(1, 140));
    }

    /** A message with one field of {@code size} bytes and base type {@code type}, holding {@code bytes}. */
    static FitMessage field(int type, int size, byte[] bytes) {
        return messages(FitBytes.create().define(0, false, 20, new int[][] {{7, size, type}}).data(0, bytes).toBytes()).get(0);
    }

    static FitMessage bigEndianField(int type, int size, byte[] bytes) {
        return messages(FitBytes.create().define(0, true, 20, new int[][] {{7, size, type}}).data(0, bytes).toBytes()).get(0);
    }

    // Header.

    @Test
    void aHeaderCrcOfZeroMeansNotComputedAndIsAccepted() {
        assertEquals(1, messages(oneRecord().headerCrc(0).toBytes()).size());
    }

    @Test
    void aWrongHeaderCrcIsRefusedAtByte12WithBothValues() {
        byte[] bytes = oneRecord().headerCrc(0x1234).toBytes();
        String computed = String.format("0x%04X", FitCrc.of(bytes, 0, 12));
        assertEquals("run.fit byte 12: the header's CRC is 0x1234 but its bytes give " + computed + ": the file is corrupt",
                refusal(bytes));
    }

    @Test
    void aTwelveByteHeaderHasNoCrcToCheck() {
        List<FitMessage> m = messages(oneRecord().headerSize(12).toBytes());
        assertEquals(140, m.get(0).value(3).orElseThrow());
        assertEquals(21, m.get(0).offset(), "the data message follows the 12-byte header and the 9-byte definition");
    }

    @Test
    void aHeaderSizeOtherThan12Or14IsRefusedAtByte0() {
        assertEquals("run.fit byte 0: header size 13; a FIT file starts with a header of 12 or 14 bytes (not a FIT file, or corrupt)",
                refusal(oneRecord().headerSize(13).toBytes()));
    }

    @Test
    void theHighestSupportedProtocolIsRead() {
        assertEquals(1, messages(oneRecord().protocol(0x2F).toBytes()).size());
        assertEquals(1, messages(oneRecord().protocol(0x10).toBytes()).size());
    }

    @Test
    void protocolThreeIsRefusedAtByte1() {
        assertEquals("run.fit byte 1: FIT protocol version 3.0 is not supported (up to 2.x)",
                refusal(oneRecord().protocol(0x30).toBytes()));
    }

    @Test
    void theMinorProtocolVersionIsNamed() {
        assertTrue(refusal(oneRecord().protocol(0x4A).toBytes()).contains("version 4.10 is not"));
    }

    @Test
    void aMissingSignatureIsRefusedAtByte8() {
        byte[] bytes = oneRecord().toBytes();
        bytes[10] = 'X';
        assertEquals("run.fit byte 8: no \".FIT\" signature in the header: not a FIT file", refusal(bytes));
    }

    // The declared data.

    @Test
    void aMessageEndingExactlyAtTheDeclaredEndIsAccepted() {
        assertEquals(1, messages(oneRecord().declaredSize(11).toBytes()).size());
    }

    @Test
    void aMessageEndingOneBytePastTheDeclaredEndIsRefusedAtItsStart() {
        assertEquals("run.fit byte 23: a message runs past the end of the data the header declares (10 bytes): the file is corrupt",
                refusal(oneRecord().declaredSize(10).toBytes()));
    }

    @Test
    void aFileCutInsideTheHeaderNamesWhereItEnds() {
        byte[] bytes = Arrays.copyOf(oneRecord().toBytes(), 5);
        assertEquals("run.fit byte 5: the file ends inside the message at byte 0 (truncated)", refusal(bytes));
    }

    @Test
    void aFileCutInsideADefinitionNamesTheDefinitionAndTheDeclaredSize() {
        byte[] bytes = Arrays.copyOf(oneRecord().toBytes(), 18);
        assertEquals("run.fit byte 18: the file ends inside the message at byte 14; its header declares 11 bytes of data (truncated)",
                refusal(bytes));
    }

    @Test
    void aFileCutInsideADataMessageNamesTheMessage() {
        byte[] bytes = Arrays.copyOf(oneRecord().toBytes(), 24);
        assertEquals("run.fit byte 24: the file ends inside the message at byte 23; its header declares 11 bytes of data (truncated)",
                refusal(bytes));
    }

    @Test
    void aFileCutInsideItsCrcNamesTheCrc() {
        byte[] bytes = Arrays.copyOf(oneRecord().toBytes(), 26);
        assertEquals("run.fit byte 26: the file ends inside the message at byte 25 (truncated)", refusal(bytes));
    }

    @Test
    void aFileCutBeforeItsCrcNamesTheCrcsOffset() {
        byte[] bytes = Arrays.copyOf(oneRecord().toBytes(), 25);
        assertEquals("run.fit byte 25: the file ends inside the message at byte 25 (truncated)", refusal(bytes));
    }

    @Test
    void aByteOrderOtherThan0Or1IsRefusedWhereItStands() {
        byte[] bytes = FitBytes.create().raw(0x40, 0, 2, 20, 0, 0).toBytes();
        assertEquals("run.fit byte 16: byte order 2 in a definition message; expected 0 (little-endian) or 1 (big-endian)",
                refusal(bytes));
    }

    @Test
    void aStreamThatCannotBeReadIsRefusedNamingTheOffset() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };
        ImportException e = assertThrows(ImportException.class, () -> FitDecoder.decode(broken, "run.fit", m -> { }));
        assertEquals("run.fit byte 0: cannot be read: disk gone", e.getMessage());
    }

    @Test
    void aStreamDeliveringNothingIsEmpty() {
        InputStream nothing = new InputStream() {
            @Override
            public int read() {
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return 0;
            }
        };
        ImportException e = assertThrows(ImportException.class, () -> FitDecoder.decode(nothing, "run.fit", m -> { }));
        assertEquals("run.fit byte 0: the file is empty; expected a FIT file", e.getMessage());
    }

    // Chained files.

    @Test
    void theNumberOfChainedFilesIsReturnedAndEachStartIsAnnounced() {
        byte[] one = oneRecord().toBytes();
        byte[] both = FitBytes.concat(one, oneRecord().toBytes());
        List<Long> starts = new ArrayList<>();
        int files = FitDecoder.decode(new ByteArrayInputStream(both), "run.fit", new FitDecoder.Handler() {
            @Override
            public void message(FitMessage message) {
            }

            @Override
            public void fileStart(int index, long offset) {
                assertEquals(starts.size(), index);
                starts.add(offset);
            }
        });
        assertEquals(2, files);
        assertEquals(List.of(0L, (long) one.length), starts);
        assertEquals(1, FitDecoder.decode(new ByteArrayInputStream(one), "run.fit", m -> { }));
    }

    @Test
    void aSecondFileWithABadHeaderSizeIsRefusedAtItsStart() {
        byte[] one = oneRecord().toBytes();
        byte[] bytes = FitBytes.concat(one, new byte[] {13});
        assertEquals("run.fit byte " + one.length + ": after the FIT data ends: header size 13; a FIT file starts with a header"
                + " of 12 or 14 bytes (not a FIT file, or corrupt)", refusal(bytes));
    }

    @Test
    void aSecondFileWithoutSignatureIsRefusedAtItsOwnByte8() {
        byte[] one = oneRecord().toBytes();
        byte[] two = oneRecord().toBytes();
        two[9] = 'f';
        assertTrue(refusal(FitBytes.concat(one, two)).startsWith("run.fit byte " + (one.length + 8) + ": no \".FIT\""));
    }

    @Test
    void theLastTimestampDoesNotCarryIntoAChainedFile() {
        long t0 = 1_000_000_000L;
        byte[] one = FitBytes.create().define(0, false, 20, new int[][] {{253, 4, 0x86}}).data(0, le(4, t0)).toBytes();
        byte[] two = FitBytes.create().define(0, false, 20, new int[][] {{3, 1, UINT8}}).compressed(0, 3, le(1, 120)).toBytes();
        assertTrue(refusal(FitBytes.concat(one, two)).contains("a compressed timestamp before any full timestamp"));
    }

    // Compressed timestamps.

    @Test
    void aCompressedOffsetEqualToTheLastIsTheSameSecond() {
        long t0 = 1_000_000_000L;
        int low = (int) (t0 & 0x1F);
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{253, 4, 0x86}}).data(0, le(4, t0))
                .define(3, false, 20, new int[][] {{3, 1, UINT8}}).compressed(3, low, le(1, 120))
                .toBytes();
        FitMessage m = messages(bytes).get(1);
        assertEquals(t0, m.value(253).orElseThrow());
        assertEquals(120, m.value(3).orElseThrow(), "the local type sits in bits 5 and 6");
    }

    @Test
    void aCompressedOffsetOneBelowTheLastRollsOverToTheNext32Seconds() {
        long t0 = 1_000_000_001L;
        int low = (int) (t0 & 0x1F);
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{253, 4, 0x86}}).data(0, le(4, t0))
                .define(2, false, 20, new int[][] {{3, 1, UINT8}}).compressed(2, low - 1, le(1, 120))
                .toBytes();
        assertEquals(t0 - 1 + 32, messages(bytes).get(1).value(253).orElseThrow());
    }

    @Test
    void aFullTimestampOfZeroIsABaseForCompressedOnes() {
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{253, 4, 0x86}}).data(0, le(4, 0))
                .define(1, false, 20, new int[][] {{3, 1, UINT8}}).compressed(1, 3, le(1, 120))
                .toBytes();
        assertEquals(3, messages(bytes).get(1).value(253).orElseThrow());
    }

    @Test
    void aCompressedTimestampOfZeroIsStillATimestamp() {
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{253, 4, 0x86}}).data(0, le(4, 0))
                .define(1, false, 20, new int[][] {{3, 1, UINT8}}).compressed(1, 0, le(1, 120))
                .toBytes();
        assertEquals(0, messages(bytes).get(1).value(253).orElseThrow());
    }

    @Test
    void aMessageWithoutATimestampKeepsTheLastOne() {
        long t0 = 1_000_000_000L;
        int low = (int) (t0 & 0x1F);
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{253, 4, 0x86}}).data(0, le(4, t0))
                .define(1, false, 20, new int[][] {{3, 1, UINT8}}).data(1, le(1, 99))
                .compressed(1, low + 2, le(1, 120))
                .toBytes();
        assertEquals(t0 + 2, messages(bytes).get(2).value(253).orElseThrow());
    }

    @Test
    void aCompressedMessageOfAnUndefinedLocalTypeIsRefused() {
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{253, 4, 0x86}}).data(0, le(4, 5))
                .compressed(2, 6, le(1, 120)).toBytes();
        assertTrue(refusal(bytes).contains("local type 2, which no definition message defined"));
    }

    // Fields and base types.

    @Test
    void aFieldOfSizeZeroIsSkipped() {
        FitMessage m = messages(FitBytes.create().define(0, false, 20, new int[][] {{1, 0, UINT8}, {3, 1, UINT8}}).data(0, le(1, 99))
                .toBytes()).get(0);
        assertFalse(m.value(1).isPresent());
        assertEquals(99, m.value(3).orElseThrow());
    }

    @Test
    void aFieldSizeThatIsNoWholeNumberOfElementsIsSkipped() {
        FitMessage m = messages(FitBytes.create().define(0, false, 20, new int[][] {{1, 3, UINT16}, {3, 1, UINT8}})
                .data(0, le(3, 0x010203, 1, 99)).toBytes()).get(0);
        assertFalse(m.value(1).isPresent());
        assertEquals(99, m.value(3).orElseThrow());
    }

    @Test
    void ofAnArrayFieldTheFirstElementIsKept() {
        assertEquals(0x0102, field(UINT16, 4, le(2, 0x0102, 2, 0x0304)).value(7).orElseThrow());
    }

    @Test
    void aByteFieldIsNotAValue() {
        assertFalse(field(0x0D, 2, le(1, 1, 1, 2)).value(7).isPresent());
    }

    @Test
    void anEmptyStringIsAbsent() {
        assertFalse(field(0x07, 4, new byte[4]).text(7).isPresent());
    }

    @Test
    void aStringFillingItsFieldWithoutTerminatorIsWhole() {
        assertEquals("Easy", field(0x07, 4, new byte[] {'E', 'a', 's', 'y'}).text(7).orElseThrow());
    }

    @Test
    void aStringWithoutTerminatorEndsAtItsFieldNotInTheNext() {
        FitMessage m = messages(FitBytes.create().define(0, false, 20, new int[][] {{7, 4, 0x07}, {8, 1, UINT8}})
                .data(0, new byte[] {'E', 'a', 's', 'y', 'Z'}).toBytes()).get(0);
        assertEquals("Easy", m.text(7).orElseThrow());
    }

    @Test
    void aStringIsNoNumberAndANumberNoString() {
        FitMessage m = messages(FitBytes.create().define(0, false, 20, new int[][] {{7, 2, 0x07}, {8, 1, UINT8}})
                .data(0, new byte[] {'A', 0, 5}).toBytes()).get(0);
        assertFalse(m.value(7).isPresent());
        assertFalse(m.text(8).isPresent());
        assertEquals("A", m.text(7).orElseThrow());
        assertEquals(5, m.value(8).orElseThrow());
        assertTrue(m.toString().contains("[7, 8]"), m.toString());
    }

    @Test
    void aSignedByteIsSignExtended() {
        assertEquals(-128, field(0x01, 1, le(1, 0x80)).value(7).orElseThrow());
    }

    @Test
    void aSignedIntIsSignExtendedInBothByteOrders() {
        assertEquals(-2, field(0x85, 4, le(4, 0xFFFF_FFFEL)).value(7).orElseThrow());
        assertEquals(-2, bigEndianField(0x85, 4, be(4, 0xFFFF_FFFEL)).value(7).orElseThrow());
    }

    @Test
    void anUnsignedIntIsZeroExtended() {
        assertEquals(0xFFFF_FFFEL, field(0x86, 4, le(4, 0xFFFF_FFFEL)).value(7).orElseThrow());
        assertEquals(0xFFFEL, field(UINT16, 2, le(2, 0xFFFE)).value(7).orElseThrow());
    }

    @Test
    void eightByteIntegersAreReadWhole() {
        assertEquals(-3, field(0x8E, 8, le(8, -3)).value(7).orElseThrow());
        assertEquals(0x0102_0304_0506_0708L, bigEndianField(0x8F, 8, be(8, 0x0102_0304_0506_0708L)).value(7).orElseThrow());
    }

    @Test
    void eachTypesInvalidValueIsAbsentAndTheValueBelowItPresent() {
        assertFalse(field(0x01, 1, le(1, 0x7F)).value(7).isPresent());
        assertEquals(0x7E, field(0x01, 1, le(1, 0x7E)).value(7).orElseThrow());
        assertFalse(field(0x85, 4, le(4, 0x7FFF_FFFFL)).value(7).isPresent());
        assertFalse(field(0x8E, 8, le(8, Long.MAX_VALUE)).value(7).isPresent());
        assertFalse(field(0x8F, 8, le(8, -1)).value(7).isPresent());
        assertFalse(field(0x88, 4, le(4, 0xFFFF_FFFFL)).value(7).isPresent());
        assertFalse(field(0x0A, 1, le(1, 0)).value(7).isPresent());
        assertEquals(1, field(0x0A, 1, le(1, 1)).value(7).orElseThrow());
        assertEquals(0xFF, field(0x0A, 1, le(1, 0xFF)).value(7).orElseThrow(), "uint8z's invalid value is 0 alone");
        assertFalse(field(0x90, 8, le(8, 0)).value(7).isPresent());
    }

    @Test
    void theEndianFlagOfTheBaseTypeByteIsIgnored() {
        assertEquals(0x0102, field(0x04, 2, le(2, 0x0102)).value(7).orElseThrow());
    }

    @Test
    void aBigEndianGlobalNumberIsReadInItsOrder() {
        byte[] bytes = FitBytes.create().define(0, true, 0x0112, new int[][] {{3, 1, UINT8}}).data(0, le(1, 1)).toBytes();
        assertEquals(0x0112, messages(bytes).get(0).global());
    }
}
