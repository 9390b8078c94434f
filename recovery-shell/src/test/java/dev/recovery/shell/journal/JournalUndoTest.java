package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalUndoTest {

    @TempDir
    Path dir;

    @Test
    void undoRemovesTheLastLiveEntryAndReturnsIt() {
        try (Journal journal = Journal.open(dir)) {
            JournalEntry first = journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            JournalEntry second = journal.append(ShoeEntry.add("B", Samples.DAY, Samples.CLOCK));
            assertEquals(Optional.of(second), journal.undo());
            assertEquals(List.of(first), journal.entries());
        }
    }

    @Test
    void undoOfNothingWritesNothing() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            assertEquals(Optional.empty(), journal.undo());
            assertEquals(0, Files.size(journal.file()));
        }
    }

    @Test
    void repeatedUndosWalkBackUntilNothingIsLeft() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            journal.append(ShoeEntry.add("B", Samples.DAY, Samples.CLOCK));
            assertTrue(journal.undo().isPresent());
            assertTrue(journal.undo().isPresent());
            assertEquals(Optional.empty(), journal.undo());
            assertEquals(List.of(), journal.entries());
        }
    }

    @Test
    void undoIsRecordedSoTheUndoneEntryStaysOnDisk() {
        JournalEntry undone;
        try (Journal journal = Journal.open(dir)) {
            undone = journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            journal.undo();
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(List.of(), journal.entries());
            List<JournalEntry> records = journal.records();
            assertEquals(2, records.size());
            assertEquals(undone, records.get(0));
            assertEquals(undone.id(), assertInstanceOf(UndoEntry.class, records.get(1)).undoneId());
        }
    }

    @Test
    void undoingAProfileChangeRestoresThePreviousProfile() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(ProfileEntry.of(Samples.fullProfile(), Samples.CLOCK));
            journal.append(ProfileEntry.of(Samples.fullProfile().withName("Bea"), Samples.CLOCK));
            journal.undo();
            assertEquals("Ann", journal.profile().name());
        }
    }

    @Test
    void undoEntriesCannotBeAppendedDirectly() {
        try (Journal journal = Journal.open(dir)) {
            JournalEntry a = journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            assertThrows(IllegalArgumentException.class, () -> journal.append(UndoEntry.of(a.id(), Samples.CLOCK)));
        }
    }

    @Test
    void anIdCannotBeRecordedTwice() {
        try (Journal journal = Journal.open(dir)) {
            JournalEntry a = journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> journal.append(a));
            assertTrue(e.getMessage().startsWith("id: "), e.getMessage());
        }
    }
}
