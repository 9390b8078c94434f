package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The episode records of schema version 2 (clearances, entry questions, pain during the run), kept
 * as a fixture (src/test/resources/journal/journal-v2-episodes.jsonl) so journals written now keep
 * loading; and a clearance written now reads back the same.
 */
class EpisodeRecordsFixtureTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/journal/journal-v2-episodes.jsonl")) {
            Files.copy(in, dir.resolve(Journal.FILE_NAME));
        }
    }

    @Test
    void theFixtureLoadsCleanly() {
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.startupReport().isClean(), journal.startupReport().describe());
            assertEquals(5, journal.entries().size());
        }
    }

    @Test
    void aClearanceLoadsWithItsRegionSideDayAndNote() {
        try (Journal journal = Journal.open(dir)) {
            Clearance c = journal.entries(ClearanceEntry.class).get(0).clearance();
            assertEquals(Clearance.of(BodyRegion.SHIN, Side.LEFT, LocalDate.of(2026, 12, 3), "PT: no bone tenderness"), c);
        }
    }

    @Test
    void entryAnswersLoadWithTheirPains() {
        try (Journal journal = Journal.open(dir)) {
            EntryCheckEntry e = journal.entries(EntryCheckEntry.class).get(0);
            assertEquals(PainScore.of(1), e.check().squats());
            assertTrue(e.check().passes());
        }
    }

    @Test
    void painDuringTheRunLoadsAndItsAbsenceReadsAsNotReported() {
        try (Journal journal = Journal.open(dir)) {
            assertEquals(Optional.empty(), journal.entries(CheckInEntry.class).get(0).checkIn().painDuringRun());
            assertEquals(Optional.of(PainScore.of(1)), journal.entries(CheckInEntry.class).get(2).checkIn().painDuringRun());
        }
    }

    @Test
    void aClearanceWrittenNowReadsBackTheSame() {
        Clearance cleared = Clearance.of(BodyRegion.CALF, Side.RIGHT, LocalDate.of(2026, 12, 5), "");
        try (Journal journal = Journal.open(dir)) {
            journal.append(ClearanceEntry.of(cleared, Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC)));
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(cleared, journal.entries(ClearanceEntry.class).get(1).clearance());
        }
    }
}
