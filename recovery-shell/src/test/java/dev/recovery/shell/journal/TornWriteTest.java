package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash can cut the journal at any byte. Whatever the cut, loading keeps exactly the entries whose
 * lines were complete, and a transaction only if its commit marker was complete.
 */
class TornWriteTest {

    @TempDir
    Path dir;

    private byte[] full;
    /** For each entry written, in order: the byte offset at which it becomes visible (its line, or its commit line, complete). */
    private final List<long[]> visibleFrom = new ArrayList<>();
    private final List<JournalEntry> written = new ArrayList<>();

    @BeforeEach
    void writeJournal() throws IOException {
        Path source = dir.resolve("source");
        try (Journal journal = Journal.open(source)) {
            for (int i = 0; i < 4; i++) {
                written.add(journal.append(ShoeEntry.add("shoe " + i, Samples.DAY, Samples.CLOCK)));
                visibleFrom.add(new long[] {Files.size(journal.file()) - 1});
            }
            List<JournalEntry> batch = Samples.everyType().subList(0, 5);
            journal.appendAll(batch);
            long commitEnd = Files.size(journal.file()) - 1;
            for (JournalEntry e : batch) {
                written.add(e);
                visibleFrom.add(new long[] {commitEnd});
            }
            for (int i = 0; i < 3; i++) {
                written.add(journal.append(CheckInEntry.of(Samples.fullCheckIn(), Samples.DAY.plusDays(i), Samples.CLOCK)));
                visibleFrom.add(new long[] {Files.size(journal.file()) - 1});
            }
        }
        full = Files.readAllBytes(source.resolve(Journal.FILE_NAME));
    }

    private List<JournalEntry> expectedAt(int cut) {
        List<JournalEntry> expected = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            if (cut >= visibleFrom.get(i)[0]) {
                expected.add(written.get(i));
            }
        }
        return expected;
    }

    @Test
    void cuttingTheFileAnywhereKeepsExactlyTheCompleteRecords() {
        AtomicInteger run = new AtomicInteger();
        qt().withExamples(120).forAll(integers().between(0, full.length)).check(cut -> {
            Path copy = dir.resolve("cut-" + run.incrementAndGet() + "-" + UUID.randomUUID());
            try {
                Files.createDirectories(copy);
                Files.write(copy.resolve(Journal.FILE_NAME), Arrays.copyOf(full, cut));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Journal journal = Journal.open(copy)) {
                return journal.entries().equals(expectedAt(cut));
            }
        });
    }

    @Test
    void cuttingJustBeforeTheCommitMarkerRollsTheTransactionBack() throws IOException {
        int commitStart = new String(full, java.nio.charset.StandardCharsets.UTF_8).indexOf("{\"v\":2,\"type\":\"commit\"");
        Path copy = dir.resolve("cut");
        Files.createDirectories(copy);
        Files.write(copy.resolve(Journal.FILE_NAME), Arrays.copyOf(full, commitStart));
        try (Journal journal = Journal.open(copy)) {
            assertEquals(written.subList(0, 4), journal.entries());
            assertEquals(1, journal.startupReport().rolledBack());
        }
    }
}
