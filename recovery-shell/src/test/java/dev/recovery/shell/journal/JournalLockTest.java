package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only one console at a time may use a data directory; the others get a clear message. */
class JournalLockTest {

    @TempDir
    Path dir;

    private String lockedMessage() {
        return "another recovery console is using " + dir.toAbsolutePath().normalize() + "; close it or set RECOVERY_HOME";
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHasTheJournalOpen() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            try (ChildProcess child = ChildProcess.start("try-open", dir.toString())) {
                assertEquals("LOCKED " + lockedMessage(), child.readLine());
                assertEquals(0, child.waitForExit());
            }
        }
    }

    @Test
    void thisProcessIsRefusedWhileAnotherProcessHoldsTheJournal() throws Exception {
        try (ChildProcess child = ChildProcess.start("hold", dir.toString())) {
            assertEquals("OPENED", child.readLine());
            JournalLockedException e = assertThrows(JournalLockedException.class, () -> Journal.open(dir));
            assertEquals(lockedMessage(), e.getMessage());
            child.process.getOutputStream().close();
            assertEquals(0, child.waitForExit());
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(0, journal.entries().size());
        }
    }

    @Test
    void theLockDiesWithAKilledProcess() throws Exception {
        try (ChildProcess child = ChildProcess.start("hold", dir.toString())) {
            assertEquals("OPENED", child.readLine());
            child.kill();
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(0, journal.entries().size());
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        Journal first = Journal.open(dir);
        try {
            JournalLockedException e = assertThrows(JournalLockedException.class, () -> Journal.open(dir));
            assertEquals(lockedMessage(), e.getMessage());
        } finally {
            first.close();
        }
    }

    @Test
    void closingReleasesTheLock() throws Exception {
        Journal.open(dir).close();
        try (ChildProcess child = ChildProcess.start("try-open", dir.toString())) {
            assertEquals("OPENED", child.readLine());
        }
    }
}
