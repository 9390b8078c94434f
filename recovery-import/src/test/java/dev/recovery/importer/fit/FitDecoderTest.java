package dev.recovery.importer.fit;

import static dev.recovery.importer.fit.FitBytes.be;
import static dev.recovery.importer.fit.FitBytes.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The decoder on hand-built files: every feature of the protocol it must handle. */
class FitDecoderTest {

    static final Instant START = Instant.parse("2025-03-02T07:30:00Z");
    static final int ENUM = 0x00;
    static final int UINT8 = 0x02;
    static final int UINT16 = 0x84;
    static final int UINT32 = 0x86;
    static final int SINT16 = 0x83;
    static final int STRING = 0x07;

    static List<FitMessage> messages(byte[] bytes) {
        List<FitMessage> out = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(bytes), "test.fit", out::add);
        return out;
    }

    static FitContents contents(byte[] bytes) {
        return FitReader.read(new ByteArrayInputStream(bytes), "test.fit");
    }

    /** file_id (activity) then a session of a run, little-endian. */
    static FitBytes activityWithSession(int sport, int subSport, long centimetres, long timerMillis) {
        return FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}, {4, 4, UINT32}})
                .data(0, le(1, 4, 4, FitBytes.fit(START)))
                .define(1, false, 18, new int[][] {{253, 4, UINT32}, {2, 4, UINT32}, {5, 1, ENUM}, {6, 1, ENUM},
                    {7, 4, UINT32}, {8, 4, UINT32}, {9, 4, UINT32}, {16, 1, UINT8}, {17, 1, UINT8}})
                .data(1, le(4, FitBytes.fit(START) + 3600, 4, FitBytes.fit(START), 1, sport, 1, subSport,
                        4, timerMillis + 60_000, 4, timerMillis, 4, centimetres, 1, 150, 1, 171));
    }

    @Test
    void aSessionGivesSportStartDistanceTimesAndHeartRate() {
        FitSession s = contents(activityWithSession(1, 3, 1_234_567, 3_540_000).toBytes()).sessions().get(0);
        assertEquals(new FitSport(1, 3), s.sport());
        assertEquals(START, s.start());
        assertEquals(12_345.67, s.metres(), 1e-9);
        assertEquals(Duration.ofSeconds(3540), s.timer());
        assertEquals(Duration.ofSeconds(3600), s.elapsed());
        assertEquals(OptionalInt.of(150), s.avgHeartRate());
        assertEquals(OptionalInt.of(171), s.maxHeartRate());
    }

    @Test
    void bigEndianDefinitionsAreReadInTheirByteOrder() {
        byte[] bytes = FitBytes.create()
                .define(0, true, 0, new int[][] {{0, 1, ENUM}})
                .data(0, be(1, 4))
                .define(1, true, 18, new int[][] {{2, 4, UINT32}, {5, 1, ENUM}, {9, 4, UINT32}, {8, 4, UINT32}})
                .data(1, be(4, FitBytes.fit(START), 1, 1, 4, 1_000_000, 4, 2_400_000))
                .toBytes();
        FitSession s = contents(bytes).sessions().get(0);
        assertEquals(START, s.start());
        assertEquals(10_000, s.metres(), 1e-9);
        assertEquals(Duration.ofMinutes(40), s.timer());
    }

    @Test
    void aSignedBigEndianFieldIsSignExtended() {
        byte[] bytes = FitBytes.create().define(0, true, 20, new int[][] {{9, 2, SINT16}}).data(0, be(2, 0xFF38)).toBytes();
        assertEquals(-200, messages(bytes).get(0).value(9).orElseThrow());
    }

    @Test
    void invalidValuesReadAsAbsent() {
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{3, 1, UINT8}, {5, 4, UINT32}, {7, 2, UINT16}, {9, 2, SINT16}})
                .data(0, le(1, 0xFF, 4, 0xFFFF_FFFFL, 2, 0xFFFF, 2, 0x7FFF)).toBytes();
        FitMessage m = messages(bytes).get(0);
        assertFalse(m.value(3).isPresent());
        assertFalse(m.value(5).isPresent());
        assertFalse(m.value(7).isPresent());
        assertFalse(m.value(9).isPresent());
    }

    @Test
    void developerFieldsAreSkippedByTheSizesTheirDefinitionGives() {
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{3, 1, UINT8}}, new int[] {0, 7, 0}, new int[] {1, 2, 0})
                .data(0, FitBytes.concat(le(1, 141), new byte[] {9, 9, 9, 9, 9, 9, 9, 8, 8}))
                .data(0, FitBytes.concat(le(1, 142), new byte[] {9, 9, 9, 9, 9, 9, 9, 8, 8}))
                .toBytes();
        List<FitMessage> m = messages(bytes);
        assertEquals(2, m.size());
        assertEquals(142, m.get(1).value(3).orElseThrow());
    }

    @Test
    void compressedTimestampsCountOnFromTheLastFullTimestamp() {
        long t0 = FitBytes.fit(START);
        int low = (int) (t0 & 0x1F);
        byte[] bytes = FitBytes.create()
                .define(0, false, 20, new int[][] {{253, 4, UINT32}, {3, 1, UINT8}})
                .data(0, le(4, t0, 1, 120))
                .define(1, false, 20, new int[][] {{3, 1, UINT8}})
                .compressed(1, (low + 5) & 0x1F, le(1, 121))
                .compressed(1, (low + 3) & 0x1F, le(1, 122))
                .toBytes();
        List<FitMessage> m = messages(bytes);
        assertEquals(t0 + 5, m.get(1).value(253).orElseThrow());
        assertEquals(t0 + 32 + 3, m.get(2).value(253).orElseThrow(), "an offset below the last one rolls over 32 s");
    }

    @Test
    void aFieldOfAnUnknownBaseTypeIsSkipped() {
        byte[] bytes = FitBytes.create().define(0, false, 20, new int[][] {{1, 3, 0x1E}, {3, 1, UINT8}}).data(0, le(3, 7, 1, 99)).toBytes();
        FitMessage m = messages(bytes).get(0);
        assertFalse(m.value(1).isPresent());
        assertEquals(99, m.value(3).orElseThrow());
    }

    @Test
    void aTwelveByteHeaderWithoutItsCrcIsRead() {
        byte[] bytes = activityWithSession(1, 0, 500_000, 1_800_000).headerSize(12).toBytes();
        assertEquals(1, contents(bytes).sessions().size());
    }

    @Test
    void chainedFilesAreAllRead() {
        byte[] one = activityWithSession(1, 0, 500_000, 1_800_000).toBytes();
        byte[] two = activityWithSession(2, 7, 3_000_000, 3_600_000).toBytes();
        FitContents c = contents(FitBytes.concat(one, two));
        assertEquals(List.of(FitFileType.ACTIVITY, FitFileType.ACTIVITY), c.fileTypes());
        assertEquals(2, c.sessions().size());
        assertEquals(new FitSport(2, 7), c.sessions().get(1).sport());
    }

    @Test
    void transitionsOfAMultisportFileAreNotSessions() {
        FitBytes b = activityWithSession(5, 18, 150_000, 1_800_000);
        b.data(1, le(4, FitBytes.fit(START) + 4000, 4, FitBytes.fit(START) + 3700, 1, 3, 1, 0, 4, 120_000, 4, 120_000, 4, 10_000, 1, 150, 1, 160));
        b.data(1, le(4, FitBytes.fit(START) + 9000, 4, FitBytes.fit(START) + 4000, 1, 2, 1, 7, 4, 4_000_000, 4, 4_000_000, 4, 4_000_000, 1, 140, 1, 160));
        List<FitSession> s = contents(b.toBytes()).sessions();
        assertEquals(2, s.size());
        assertEquals(5, s.get(0).sport().sport());
        assertEquals(2, s.get(1).sport().sport());
    }

    @Test
    void withoutASessionHeartRateTheRecordsGiveIt() {
        long t0 = FitBytes.fit(START);
        byte[] bytes = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(1, false, 20, new int[][] {{253, 4, UINT32}, {3, 1, UINT8}})
                .data(1, le(4, t0, 1, 140)).data(1, le(4, t0 + 1, 1, 150)).data(1, le(4, t0 + 2, 1, 0xFF)).data(1, le(4, t0 + 3, 1, 161))
                .define(2, false, 18, new int[][] {{2, 4, UINT32}, {5, 1, ENUM}, {8, 4, UINT32}})
                .data(2, le(4, t0, 1, 1, 4, 3000))
                .toBytes();
        FitSession s = contents(bytes).sessions().get(0);
        assertEquals(OptionalInt.of(150), s.avgHeartRate(), "(140 + 150 + 161) / 3, the invalid 0xFF left out");
        assertEquals(OptionalInt.of(161), s.maxHeartRate());
        assertEquals(4, s.records());
    }

    @Test
    void lapsAreKeptWithTheirSession() {
        long t0 = FitBytes.fit(START);
        FitBytes b = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(1, false, 19, new int[][] {{2, 4, UINT32}, {7, 4, UINT32}, {8, 4, UINT32}, {9, 4, UINT32}});
        for (int i = 0; i < 3; i++) {
            b.data(1, le(4, t0 + 300 * i, 4, 300_000, 4, 290_000, 4, 100_000));
        }
        b.define(2, false, 18, new int[][] {{2, 4, UINT32}, {5, 1, ENUM}, {8, 4, UINT32}}).data(2, le(4, t0, 1, 1, 4, 870_000));
        FitSession s = contents(b.toBytes()).sessions().get(0);
        assertEquals(3, s.lapCount());
        assertEquals(1000, s.laps().get(2).metres(), 1e-9);
        assertEquals(Duration.ofSeconds(290), s.laps().get(0).timer());
    }

    @Test
    void anActivityFileWithRecordsButNoSessionGivesOneFromItsRecords() {
        long t0 = FitBytes.fit(START);
        byte[] bytes = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(1, false, 20, new int[][] {{253, 4, UINT32}, {5, 4, UINT32}})
                .data(1, le(4, t0, 4, 0)).data(1, le(4, t0 + 600, 4, 200_000))
                .toBytes();
        FitSession s = contents(bytes).sessions().get(0);
        assertEquals(START, s.start());
        assertEquals(2000, s.metres(), 1e-9);
        assertEquals(Duration.ofMinutes(10), s.elapsed());
    }

    @Test
    void otherFileTypesAreRecognised() {
        byte[] bytes = FitBytes.create().define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 9)).toBytes();
        FitContents c = contents(bytes);
        assertEquals(List.of(FitFileType.WEIGHT), c.nonActivityTypes());
        assertTrue(c.sessions().isEmpty());
    }

    @Test
    void stringsEndAtTheirTerminator() {
        byte[] bytes = FitBytes.create().define(0, false, 26, new int[][] {{8, 8, STRING}})
                .data(0, new byte[] {'T', 'e', 'm', 'p', 'o', 0, 'x', 'x'}).toBytes();
        assertEquals("Tempo", messages(bytes).get(0).text(8).orElseThrow());
    }

    @Test
    void aRecordsOnlyActivityTakesItsSportFromTheSportMessage() {
        long t0 = FitBytes.fit(START);
        byte[] bytes = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(2, false, 12, new int[][] {{0, 1, ENUM}, {1, 1, ENUM}}).data(2, le(1, 2, 1, 6))
                .define(1, false, 20, new int[][] {{253, 4, UINT32}}).data(1, le(4, t0)).data(1, le(4, t0 + 60))
                .toBytes();
        assertEquals(new FitSport(2, 6), contents(bytes).sessions().get(0).sport());
    }

    @Test
    void aWorkoutCarriedInAnActivityFileDoesNotStopItsImport() {
        FitBytes b = activityWithSession(1, 0, 500_000, 1_800_000);
        b.define(5, false, 27, new int[][] {{254, 2, UINT16}, {1, 1, ENUM}, {2, 4, UINT32}, {4, 4, UINT32}})
                .data(5, le(2, 0, 1, 6, 4, 7, 4, 3));
        FitContents c = FitReader.readActivities(new ByteArrayInputStream(b.toBytes()), "test.fit");
        assertEquals(1, c.sessions().size());
        assertTrue(c.workout().isEmpty());
    }

    @Test
    void lapsKeptAreBoundedWhateverTheFileHolds() {
        long t0 = FitBytes.fit(START);
        FitBytes b = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(1, false, 19, new int[][] {{9, 4, UINT32}});
        for (int i = 0; i < FitReader.MAX_LAPS_KEPT + 10; i++) {
            b.data(1, le(4, 100));
        }
        b.define(2, false, 18, new int[][] {{2, 4, UINT32}, {5, 1, ENUM}}).data(2, le(4, t0, 1, 1));
        FitSession s = contents(b.toBytes()).sessions().get(0);
        assertEquals(FitReader.MAX_LAPS_KEPT, s.laps().size());
        assertEquals(FitReader.MAX_LAPS_KEPT + 10, s.lapCount());
    }
}
