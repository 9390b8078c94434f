package dev.recovery.importer.fit;

import static dev.recovery.importer.fit.FitBytes.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.fixture.RecordingListener;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.RecordedActivity;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A FIT file's sessions as the runner's log receives them: one activity per leg, each named, skipped or refused. */
class FitImportRowsTest {

    static final long T0 = FitReaderSessionsTest.T0;

    static FitBytes sessions(int... sports) {
        FitBytes b = FitReaderSessionsTest.defineSession(FitReaderSessionsTest.activity());
        for (int i = 0; i < sports.length; i++) {
            FitReaderSessionsTest.session(b, T0 + 4000 * i + 3600, T0 + 4000 * i, sports[i], 3_600_000, 3_540_000, 1_000_000, 1);
        }
        return b;
    }

    static RecordingListener read(FitBytes b) {
        RecordingListener r = new RecordingListener();
        FitImport.read(new ByteArrayInputStream(b.toBytes()), "run.fit", ZoneOffset.UTC, r);
        return r;
    }

    @Test
    void aSingleSessionIsNamedByItsFile() {
        RecordingListener r = read(sessions(1));
        ImportedActivity a = r.activities.get(0);
        assertEquals("run.fit", a.origin());
        assertEquals(ActivityKind.RUN, a.kind());
        assertEquals(Duration.ofSeconds(3540), a.duration());
        assertEquals(10_000, a.distance().orElseThrow().metres(), 1e-9);
    }

    @Test
    void eachLegIsNamedBySessionNumber() {
        RecordingListener r = read(sessions(5, 2, 1));
        assertEquals(List.of("run.fit session 1", "run.fit session 2", "run.fit session 3"),
                r.activities.stream().map(ImportedActivity::origin).toList());
    }

    @Test
    void aSportTheLogDoesNotHoldIsSkippedByItsName() {
        RecordingListener r = read(sessions(1, 41));
        assertEquals(1, r.activities.size());
        assertEquals(List.of(new SkippedActivity("kayaking", "run.fit session 2")), r.skipped);
    }

    @Test
    void aSessionTheLogRefusesIsAProblemAndTheOthersImport() {
        FitBytes b = FitReaderSessionsTest.defineSession(FitReaderSessionsTest.activity());
        FitReaderSessionsTest.session(b, T0 + 3600, T0, 1, 3_600_000, 3_540_000, 0, 1);
        FitReaderSessionsTest.session(b, T0 + 9000, T0 + 5000, 1, 3_600_000, 3_540_000, 1_000_000, 1);
        RecordingListener r = read(b);
        assertEquals(1, r.activities.size());
        assertEquals("run.fit session 1", r.problems.get(0).origin());
    }

    @Test
    void aStrengthSessionWithoutDistanceHasNone() {
        FitBytes b = FitReaderSessionsTest.defineSession(FitReaderSessionsTest.activity());
        FitReaderSessionsTest.session(b, T0 + 3600, T0, 10, 3_600_000, 3_540_000, 0, 1);
        assertEquals(Optional.empty(), read(b).activities.get(0).distance());
    }

    @Test
    void anActivityFileWithNothingInItIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> read(FitReaderSessionsTest.activity()));
        assertEquals("run.fit: an activity file without any session or timed record; nothing to import", e.getMessage());
    }

    @Test
    void anotherKindOfFileIsSkippedWithANoticeOfItsKind() {
        FitBytes b = FitBytes.create().define(0, false, 0, new int[][] {{0, 1, 0}}).data(0, le(1, 2));
        RecordingListener r = read(b);
        assertEquals(List.of(new SkippedActivity("FIT settings file", "run.fit")), r.skipped);
        assertTrue(r.activities.isEmpty());
    }

    @Test
    void theTrackOfAFileIsItsFirstSession() {
        Optional<RecordedActivity> t = FitImport.track(new ByteArrayInputStream(sessions(1, 2).toBytes()), "run.fit");
        assertEquals(Optional.of("running"), t.orElseThrow().type());
        assertEquals(Optional.empty(), FitImport.track(new ByteArrayInputStream(FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, 0}}).data(0, le(1, 2)).toBytes()), "s.fit"));
    }
}
