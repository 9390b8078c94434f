package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void everyAppendIsFsyncedBeforeItReturns() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            assertEquals(1, journal.syncCount());
            journal.append(ShoeEntry.add("B", Samples.DAY, Samples.CLOCK));
            assertEquals(2, journal.syncCount());
            // Visible to an independent reader while the journal is still open.
            assertEquals(2, Files.readAllLines(journal.file()).size());
        }
    }

    @Test
    void aTransactionIsOneWriteAndOneFsync() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.appendAll(Samples.everyType());
            assertEquals(1, journal.syncCount());
            assertEquals(Samples.everyType().size() + 2, Files.readAllLines(journal.file()).size());
        }
    }

    @Test
    void undoIsFsyncedToo() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            journal.undo();
            assertEquals(2, journal.syncCount());
        }
    }

    @Test
    void appendsNeverRewriteWhatIsAlreadyThere() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            byte[] before = Files.readAllBytes(journal.file());
            Object key = Files.readAttributes(journal.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            journal.append(ShoeEntry.add("B", Samples.DAY, Samples.CLOCK));
            byte[] after = Files.readAllBytes(journal.file());
            assertArrayEquals(before, Arrays.copyOf(after, before.length));
            assertEquals(key, Files.readAttributes(journal.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
    }

    @Test
    void aClosedJournalRefusesWrites() {
        Journal journal = Journal.open(dir);
        journal.close();
        journal.close();
        assertThrows(IllegalStateException.class, () -> journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK)));
    }

    @Test
    void entriesIsAnUnmodifiableSnapshot() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            List<JournalEntry> snapshot = journal.entries();
            journal.append(ShoeEntry.add("B", Samples.DAY, Samples.CLOCK));
            assertEquals(1, snapshot.size());
            assertThrows(UnsupportedOperationException.class, () -> snapshot.add(ShoeEntry.add("C", Samples.DAY, Samples.CLOCK)));
            assertTrue(journal.entries().size() == 2);
        }
    }

    @Test
    void openCreatesTheDataDirectory() {
        Path nested = dir.resolve("a/b/.recovery");
        try (Journal journal = Journal.open(nested)) {
            assertTrue(Files.isRegularFile(nested.resolve(Journal.FILE_NAME)));
            assertTrue(journal.entries().isEmpty());
        }
    }

    @Test
    void aNewDataDirectoryIsPrivateToItsOwner() throws Exception {
        Path fresh = dir.resolve("fresh");
        Journal.open(fresh).close();
        if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        }
    }

    @Test
    void aDataDirectoryThatIsAFileGivesAClearError() throws Exception {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        JournalException e = assertThrows(JournalException.class, () -> Journal.open(notADir));
        assertEquals("cannot create the data directory " + notADir.toAbsolutePath().normalize() + ": a file is in the way ("
                + notADir.toAbsolutePath().normalize() + ")", e.getMessage());
    }
}
