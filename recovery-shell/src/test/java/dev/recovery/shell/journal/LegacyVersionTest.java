package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.DistanceUnit;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal written in schema version 1 (src/test/resources/journal/journal-v1.jsonl) loads. */
class LegacyVersionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/journal/journal-v1.jsonl")) {
            Files.copy(in, dir.resolve(Journal.FILE_NAME));
        }
    }

    @Test
    void version1FixtureLoadsCompletelyAndCleanly() {
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.startupReport().isClean(), journal.startupReport().describe());
            assertEquals(10, journal.entries().size());
        }
    }

    @Test
    void version1DistancesInKmAndClockDurationsBecomeMetresAndDurations() {
        try (Journal journal = Journal.open(dir)) {
            SessionEntry entry = assertInstanceOf(SessionEntry.class, journal.entries().get(3));
            Run longRun = assertInstanceOf(Run.class, entry.session());
            assertEquals(24_140, longRun.distance().metres(), 1e-9);
            assertEquals(Duration.parse("PT2H21M30S"), longRun.duration());
            assertEquals(RunType.LONG, longRun.type());
            assertEquals(Optional.of("windy"), longRun.note());
        }
    }

    @Test
    void version1StrengthAndYogaCrossSessionsBecomeTheirOwnEntries() {
        try (Journal journal = Journal.open(dir)) {
            assertInstanceOf(CrossTraining.class, ((SessionEntry) journal.entries().get(4)).session());
            assertInstanceOf(StrengthSession.class, ((SessionEntry) journal.entries().get(5)).session());
            assertInstanceOf(YogaSession.class, ((SessionEntry) journal.entries().get(6)).session());
        }
    }

    @Test
    void version1CheckInsAndProfileLoad() {
        try (Journal journal = Journal.open(dir)) {
            CheckInEntry shin = assertInstanceOf(CheckInEntry.class, journal.entries().get(8));
            assertEquals(BodyRegion.SHIN, shin.checkIn().region());
            assertEquals(LocalDate.of(2024, 3, 7), shin.date());
            assertTrue(shin.checkIn().has(Symptom.PAIN_AT_REST) && shin.checkIn().has(Symptom.SWELLING));
            assertEquals(DistanceUnit.MI, journal.profile().units());
            assertEquals(Optional.of(Duration.parse("PT3H45M")), journal.profile().goalMarathonTime());
        }
    }

    @Test
    void version1IdsAreStableSoVersion1EntriesCanBeUndone() {
        JournalEntry last;
        try (Journal journal = Journal.open(dir)) {
            assertEquals(LegacyV1Codec.idFor(10), journal.entries().get(9).id());
            last = journal.undo().orElseThrow();
            journal.append(ShoeEntry.add("Ghost 16", LocalDate.of(2024, 6, 2), Samples.CLOCK));
        }
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.startupReport().isClean(), journal.startupReport().describe());
            List<JournalEntry> entries = journal.entries();
            assertEquals(10, entries.size());
            assertTrue(entries.stream().noneMatch(e -> e.id().equals(last.id())));
        }
    }
}
