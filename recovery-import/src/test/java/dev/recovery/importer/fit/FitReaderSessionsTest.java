package dev.recovery.importer.fit;

import static dev.recovery.importer.fit.FitBytes.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What a runner's sessions are made of: start, times, heart rate, laps, and where each comes from when a field is missing. */
class FitReaderSessionsTest {

    static final Instant START = Instant.parse("2025-03-02T07:30:00Z");
    static final long T0 = FitBytes.fit(START);
    static final int ENUM = 0x00;
    static final int UINT8 = 0x02;
    static final int UINT16 = 0x84;
    static final int UINT32 = 0x86;
    static final int SINT32 = 0x85;

    static FitContents contents(byte[] bytes) {
        return FitReader.read(new ByteArrayInputStream(bytes), "run.fit");
    }

    static FitSession only(FitBytes b) {
        List<FitSession> s = contents(b.toBytes()).sessions();
        assertEquals(1, s.size());
        return s.get(0);
    }

    /** An activity file_id on local 0, records (time, heart rate, distance) defined on local 1. */
    static FitBytes activity() {
        return FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(1, false, 20, new int[][] {{253, 4, UINT32}, {3, 1, UINT8}, {5, 4, UINT32}});
    }

    static FitBytes record(FitBytes b, long t, int hr, long centimetres) {
        return b.data(1, le(4, t, 1, hr, 4, centimetres));
    }

    /** A session on local 2 with: timestamp, start, sport, elapsed ms, timer ms, distance cm, num laps. */
    static FitBytes defineSession(FitBytes b) {
        return b.define(2, false, 18, new int[][] {{253, 4, UINT32}, {2, 4, UINT32}, {5, 1, ENUM}, {7, 4, UINT32}, {8, 4, UINT32},
            {9, 4, UINT32}, {26, 2, UINT16}});
    }

    static FitBytes session(FitBytes b, long timestamp, long start, int sport, long elapsed, long timer, long cm, int laps) {
        return b.data(2, le(4, timestamp, 4, start, 1, sport, 4, elapsed, 4, timer, 4, cm, 2, laps));
    }

    @Test
    void aSessionWithoutStartTimeStartsAtItsFirstRecord() {
        FitBytes b = record(record(activity(), T0 + 5, 140, 0), T0 + 65, 150, 10_000);
        defineSession(b);
        session(b, T0 + 100, 0xFFFF_FFFFL, 1, 60_000, 60_000, 10_000, 0xFFFF);
        assertEquals(START.plusSeconds(5), only(b).start());
    }

    @Test
    void aSessionWithoutStartOrRecordsStartsAtItsTimestamp() {
        FitBytes b = defineSession(activity());
        session(b, T0 + 100, 0xFFFF_FFFFL, 1, 60_000, 60_000, 10_000, 0xFFFF);
        assertEquals(START.plusSeconds(100), only(b).start());
    }

    @Test
    void aSessionWithoutAnyTimeIsRefusedAtItsOffset() {
        FitBytes b = defineSession(activity());
        session(b, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 1, 60_000, 60_000, 10_000, 0xFFFF);
        ImportException e = assertThrows(ImportException.class, () -> contents(b.toBytes()));
        assertTrue(e.getMessage().startsWith("run.fit byte 67: a session without a start time or any timed record"), e.getMessage());
    }

    @Test
    void aSessionWithoutTimerTimeTakesItsElapsedTime() {
        FitBytes b = defineSession(activity());
        session(b, T0, T0, 1, 61_000, 0, 10_000, 1);
        assertEquals(Duration.ofSeconds(61), only(b).timer());
    }

    @Test
    void aTimerTimeOfOneMillisecondIsKept() {
        FitBytes b = defineSession(activity());
        session(b, T0, T0, 1, 61_000, 1, 10_000, 1);
        assertEquals(Duration.ofMillis(1), only(b).timer());
    }

    @Test
    void theSessionsLapCountWinsOverTheLapsSeen() {
        FitBytes b = defineSession(activity());
        session(b, T0, T0, 1, 61_000, 61_000, 10_000, 7);
        assertEquals(7, only(b).lapCount());
    }

    @Test
    void theRecordsAverageRoundsHalfUp() {
        FitBytes b = record(record(activity(), T0, 150, 0), T0 + 1, 151, 0);
        defineSession(b);
        session(b, T0 + 2, T0, 1, 2000, 2000, 0, 0);
        FitSession s = only(b);
        assertEquals(OptionalInt.of(151), s.avgHeartRate(), "150.5 rounds to 151");
        assertEquals(OptionalInt.of(151), s.maxHeartRate());
        assertEquals(0, s.metres());
    }

    @Test
    void aHeartRateOfZeroIsNoReading() {
        FitBytes b = record(record(activity(), T0, 0, 0), T0 + 1, 140, 0);
        defineSession(b);
        session(b, T0 + 2, T0, 1, 2000, 2000, 0, 0);
        assertEquals(OptionalInt.of(140), only(b).avgHeartRate());
    }

    @Test
    void aSessionWithNoHeartRateAnywhereHasNone() {
        FitBytes b = defineSession(activity());
        session(b, T0, T0, 1, 61_000, 61_000, 10_000, 1);
        FitSession s = only(b);
        assertEquals(OptionalInt.empty(), s.avgHeartRate());
        assertEquals(OptionalInt.empty(), s.maxHeartRate());
        assertEquals(0, s.records());
    }

    @Test
    void theMaximumIsTheHighestRecordNotTheLast() {
        FitBytes b = record(record(record(activity(), T0, 150, 0), T0 + 1, 170, 0), T0 + 2, 160, 0);
        defineSession(b);
        session(b, T0 + 3, T0, 1, 3000, 3000, 0, 0);
        assertEquals(OptionalInt.of(170), only(b).maxHeartRate());
    }

    @Test
    void eachLegOfAMultisportFileHasOnlyItsOwnRecordsAndLaps() {
        FitBytes b = record(record(activity(), T0, 120, 0), T0 + 1, 130, 0);
        b.define(3, false, 19, new int[][] {{9, 4, UINT32}}).data(3, le(4, 100_000)).data(3, le(4, 100_000));
        defineSession(b);
        session(b, T0 + 2, T0, 2, 2000, 2000, 200_000, 0xFFFF);
        record(b, T0 + 10, 160, 0);
        b.data(3, le(4, 50_000));
        session(b, T0 + 12, T0 + 10, 1, 2000, 2000, 50_000, 0xFFFF);
        List<FitSession> s = contents(b.toBytes()).sessions();
        assertEquals(2, s.get(0).lapCount());
        assertEquals(2, s.get(0).records());
        assertEquals(OptionalInt.of(125), s.get(0).avgHeartRate());
        assertEquals(1, s.get(1).lapCount());
        assertEquals(1, s.get(1).laps().size());
        assertEquals(1, s.get(1).records());
        assertEquals(OptionalInt.of(160), s.get(1).avgHeartRate());
        assertEquals(START.plusSeconds(10), s.get(1).start());
    }

    @Test
    void aTransitionsRecordsDoNotCountForTheNextLeg() {
        FitBytes b = record(activity(), T0, 180, 0);
        defineSession(b);
        session(b, T0 + 2, T0, 3, 2000, 2000, 0, 0);
        record(b, T0 + 10, 140, 0);
        session(b, T0 + 12, T0 + 10, 1, 2000, 2000, 50_000, 0);
        FitSession run = only(b);
        assertEquals(OptionalInt.of(140), run.avgHeartRate());
        assertEquals(1, run.records());
    }

    @Test
    void aRecordsOnlyActivityRunsFromItsFirstToItsLastRecord() {
        FitBytes b = record(record(record(activity(), T0 + 10, 140, 0), T0 + 20, 150, 5_000), T0 + 70, 160, 25_050);
        FitSession s = only(b);
        assertEquals(START.plusSeconds(10), s.start());
        assertEquals(Duration.ofSeconds(60), s.elapsed());
        assertEquals(Duration.ofSeconds(60), s.timer());
        assertEquals(250.5, s.metres(), 1e-9);
        assertEquals(3, s.records());
        assertEquals(OptionalInt.of(150), s.avgHeartRate());
        assertEquals(OptionalInt.of(160), s.maxHeartRate());
        assertEquals(new FitSport(0, 0), s.sport());
    }

    @Test
    void recordsGoingBackInTimeGiveNoNegativeElapsedTime() {
        FitBytes b = record(record(activity(), T0 + 10, 140, 0), T0, 150, 0);
        assertEquals(Duration.ZERO, only(b).elapsed());
    }

    @Test
    void aRecordsOnlyActivityAtTheEpochStillCounts() {
        FitBytes b = record(record(activity(), 0, 140, 0), 60, 150, 0);
        FitSession s = only(b);
        assertEquals(FitProfile.EPOCH, s.start());
        assertEquals(Duration.ofSeconds(60), s.elapsed());
    }

    @Test
    void recordsWithoutTimesGiveNoSession() {
        FitBytes b = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(1, false, 20, new int[][] {{3, 1, UINT8}}).data(1, le(1, 140));
        assertTrue(contents(b.toBytes()).sessions().isEmpty());
    }

    @Test
    void recordsOfAnotherKindOfFileGiveNoSession() {
        FitBytes b = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 6))
                .define(1, false, 20, new int[][] {{253, 4, UINT32}, {3, 1, UINT8}, {5, 4, UINT32}});
        record(b, T0, 140, 0);
        FitContents c = contents(b.toBytes());
        assertTrue(c.sessions().isEmpty());
        assertEquals(List.of(FitFileType.COURSE), c.fileTypes());
    }

    @Test
    void aFileOfSessionsGetsNoExtraSessionFromItsTrailingRecords() {
        FitBytes b = defineSession(activity());
        session(b, T0, T0, 1, 61_000, 61_000, 10_000, 1);
        record(b, T0 + 100, 140, 0);
        assertEquals(1, contents(b.toBytes()).sessions().size());
    }

    @Test
    void aSecondFileIdInTheSameFileIsIgnored() {
        FitBytes b = activity();
        b.data(0, le(1, 32));
        record(b, T0, 140, 0);
        FitContents c = contents(b.toBytes());
        assertEquals(List.of(FitFileType.ACTIVITY), c.fileTypes());
        assertEquals(1, c.sessions().size());
    }

    @Test
    void eachChainedFileHasItsOwnType() {
        byte[] one = record(activity(), T0, 140, 0).toBytes();
        byte[] two = FitBytes.create().define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 32)).toBytes();
        FitContents c = contents(FitBytes.concat(one, two));
        assertEquals(List.of(FitFileType.ACTIVITY, FitFileType.MONITORING_B), c.fileTypes());
        assertEquals(List.of(FitFileType.MONITORING_B), c.nonActivityTypes());
        assertEquals(1, c.sessions().size());
    }

    @Test
    void aChainedFilesRecordsOnlySessionKeepsItsOwnSport() {
        byte[] one = record(FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}}).data(0, le(1, 4))
                .define(2, false, 12, new int[][] {{0, 1, ENUM}, {1, 1, ENUM}}).data(2, le(1, 2, 1, 0))
                .define(1, false, 20, new int[][] {{253, 4, UINT32}, {3, 1, UINT8}, {5, 4, UINT32}}), T0, 140, 0).toBytes();
        byte[] two = record(activity(), T0 + 100, 150, 0).toBytes();
        List<FitSession> s = contents(FitBytes.concat(one, two)).sessions();
        assertEquals(new FitSport(2, 0), s.get(0).sport());
        assertEquals(new FitSport(0, 0), s.get(1).sport());
        assertEquals(1, s.get(1).records());
    }

    @Test
    void aFileWithoutFileIdHasNoType() {
        FitBytes b = FitBytes.create().define(1, false, 20, new int[][] {{253, 4, UINT32}, {3, 1, UINT8}, {5, 4, UINT32}});
        record(b, T0, 140, 0);
        FitContents c = contents(b.toBytes());
        assertTrue(c.fileTypes().isEmpty());
        assertTrue(c.sessions().isEmpty());
    }

    @Test
    void aFileIdWithoutTypeIsAnotherKindOfFile() {
        byte[] bytes = FitBytes.create().define(0, false, 0, new int[][] {{4, 4, UINT32}}).data(0, le(4, T0)).toBytes();
        assertEquals(List.of(FitFileType.OTHER), contents(bytes).fileTypes());
    }

    @Test
    void aThousandSessionsAreAccepted() {
        FitBytes b = defineSession(activity());
        for (int i = 0; i < FitReader.MAX_SESSIONS; i++) {
            session(b, T0 + i, T0 + i, 1, 1000, 1000, 100, 1);
        }
        assertEquals(FitReader.MAX_SESSIONS, contents(b.toBytes()).sessions().size());
    }

    @Test
    void theThousandAndFirstSessionIsRefusedAtItsOffset() {
        FitBytes b = defineSession(activity());
        for (int i = 0; i <= FitReader.MAX_SESSIONS; i++) {
            session(b, T0 + i, T0 + i, 1, 1000, 1000, 100, 1);
        }
        ImportException e = assertThrows(ImportException.class, () -> contents(b.toBytes()));
        long offset = 67 + 24L * FitReader.MAX_SESSIONS; // header, three definitions and a file_id, then 24 bytes a session
        assertEquals("run.fit byte " + offset + ": more than 1000 sessions; no recorded activity has so many (a damaged or crafted file)",
                e.getMessage());
    }

    @Test
    void aThousandAndFirstSessionFromRecordsIsRefusedWithoutOffset() {
        FitBytes b = defineSession(activity());
        for (int i = 0; i < FitReader.MAX_SESSIONS; i++) {
            session(b, T0 + i, T0 + i, 1, 1000, 1000, 100, 1);
        }
        byte[] many = b.toBytes();
        byte[] more = record(activity(), T0, 140, 0).toBytes();
        ImportException e = assertThrows(ImportException.class, () -> contents(FitBytes.concat(many, more)));
        assertTrue(e.getMessage().startsWith("run.fit: more than 1000 sessions"), e.getMessage());
    }

    @Test
    void aNegativeLapTimeIsACorruptFileNotACrash() {
        FitBytes b = activity().define(3, false, 19, new int[][] {{8, 4, SINT32}}).data(3, le(4, -5));
        ImportException e = assertThrows(ImportException.class, () -> contents(b.toBytes()));
        assertTrue(e.getMessage().startsWith("run.fit: not a sound FIT file: a value out of range ("), e.getMessage());
    }

    @Test
    void aLapKeepsItsStartTimesDistanceAndHeartRate() {
        FitBytes b = activity().define(3, false, 19, new int[][] {{2, 4, UINT32}, {7, 4, UINT32}, {8, 4, UINT32}, {9, 4, UINT32},
            {15, 1, UINT8}}).data(3, le(4, T0, 4, 300_000, 4, 290_000, 4, 100_050, 1, 155));
        defineSession(b);
        session(b, T0 + 300, T0, 1, 300_000, 290_000, 100_050, 1);
        FitLap lap = only(b).laps().get(0);
        assertEquals(new FitLap(Optional.of(START), Duration.ofSeconds(300), Duration.ofSeconds(290), 1000.5, OptionalInt.of(155)), lap);
    }

    @Test
    void aLapWithoutFieldsIsAllZeroAndAbsent() {
        FitBytes b = activity().define(3, false, 19, new int[][] {{15, 1, UINT8}}).data(3, le(1, 0));
        defineSession(b);
        session(b, T0, T0, 1, 1000, 1000, 100, 1);
        assertEquals(new FitLap(Optional.empty(), Duration.ZERO, Duration.ZERO, 0, OptionalInt.empty()), only(b).laps().get(0));
    }

    @Test
    void aSessionsOwnHeartRateWinsOverItsRecords() {
        FitBytes b = record(activity(), T0, 100, 0);
        b.define(2, false, 18, new int[][] {{2, 4, UINT32}, {5, 1, ENUM}, {8, 4, UINT32}, {16, 1, UINT8}, {17, 1, UINT8}})
                .data(2, le(4, T0, 1, 1, 4, 1000, 1, 150, 1, 0));
        FitSession s = only(b);
        assertEquals(OptionalInt.of(150), s.avgHeartRate());
        assertEquals(OptionalInt.of(100), s.maxHeartRate(), "a session maximum of 0 is none: the records give it");
    }

    @Test
    void aWorkoutFileIsOnlyDecodedWhenWorkoutsAreRead() {
        byte[] w = FitWorkoutEncoder.encode(FitWorkoutEncoderTest.intervals());
        assertTrue(FitReader.read(new ByteArrayInputStream(w), "w.fit").workout().isPresent());
        assertTrue(FitReader.readActivities(new ByteArrayInputStream(w), "w.fit").workout().isEmpty());
    }

    @Test
    void aWorkoutInAChainedActivityFileIsNotTheContent() {
        byte[] one = FitWorkoutEncoder.encode(FitWorkoutEncoderTest.intervals());
        FitBytes b = record(activity(), T0, 140, 0);
        b.define(5, false, 26, new int[][] {{8, 5, 0x07}}).data(5, new byte[] {'A', 'b', 'c', 0, 0});
        byte[] two = b.toBytes();
        FitContents c = FitReader.read(new ByteArrayInputStream(FitBytes.concat(two, one)), "x.fit");
        assertEquals("6 x 800 m", c.workout().orElseThrow().name());
    }
}
