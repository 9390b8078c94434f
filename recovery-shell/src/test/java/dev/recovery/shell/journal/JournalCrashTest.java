package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL part-way and proves that everything it acknowledged (every
 * id printed after {@code append} returned) is in the journal when it is opened again.
 */
class JournalCrashTest {

    private static final int ENTRIES = 500;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAppendSurvivesSigkill() throws Exception {
        List<UUID> acknowledged = new ArrayList<>();
        int[] killAfter = {40, 120, 250};
        for (int round = 0; round < killAfter.length; round++) {
            List<UUID> thisRound = new ArrayList<>();
            try (ChildProcess child = ChildProcess.start("append", dir.toString(), String.valueOf(ENTRIES))) {
                for (String line; thisRound.size() < killAfter[round] && (line = child.readLine()) != null; ) {
                    thisRound.add(UUID.fromString(line.strip()));
                }
                child.kill();
                // Ids printed before the kill landed were acknowledged too.
                child.readRest().forEach(line -> thisRound.add(UUID.fromString(line.strip())));
            }
            acknowledged.addAll(thisRound);
            try (Journal journal = Journal.open(dir)) {
                List<UUID> ids = journal.entries().stream().map(JournalEntry::id).collect(Collectors.toList());
                assertTrue(ids.containsAll(acknowledged), "round " + round + ": an acknowledged entry is missing");
                // At most one entry can be durable without having been acknowledged: the one in flight.
                assertTrue(ids.size() <= acknowledged.size() + round + 1, "round " + round + ": " + ids.size() + " entries");
                assertEquals(new HashSet<>(ids).size(), ids.size());
                assertTrue(thisRound.size() < ENTRIES, "the child was killed part-way");
            }
        }
    }

    @Test
    void aKilledImportLeavesOnlyWholeTransactions() throws Exception {
        int size = 25;
        Set<UUID> acknowledged = new HashSet<>();
        try (ChildProcess child = ChildProcess.start("import", dir.toString(), "200", String.valueOf(size))) {
            int transactions = 0;
            for (String line; transactions < 8 && (line = child.readLine()) != null; transactions++) {
                Arrays.stream(line.substring(3).strip().split(" ")).map(UUID::fromString).forEach(acknowledged::add);
            }
            child.kill();
            for (String line : child.readRest()) {
                Arrays.stream(line.substring(3).strip().split(" ")).map(UUID::fromString).forEach(acknowledged::add);
            }
        }
        try (Journal journal = Journal.open(dir)) {
            Set<UUID> ids = journal.entries().stream().map(JournalEntry::id).collect(Collectors.toSet());
            assertTrue(ids.containsAll(acknowledged), "an acknowledged transaction is missing");
            assertEquals(0, ids.size() % size, ids.size() + " entries: a transaction was partly applied");
            assertTrue(ids.size() <= acknowledged.size() + size, "at most the transaction in flight may be extra");
            assertTrue(ids.size() < 200 * size, "the child was killed part-way");
        }
    }
}
