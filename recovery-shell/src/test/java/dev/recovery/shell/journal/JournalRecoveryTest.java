package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Journal#open(Path)} does with a journal damaged by a crash or by hand. */
class JournalRecoveryTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Journal.FILE_NAME);
    }

    private List<JournalEntry> writeThree() {
        List<JournalEntry> entries = List.of(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK), ShoeEntry.add("B", Samples.DAY, Samples.CLOCK),
                ShoeEntry.add("C", Samples.DAY, Samples.CLOCK));
        try (Journal journal = Journal.open(dir)) {
            entries.forEach(journal::append);
        }
        return entries;
    }

    private void appendRaw(String text) throws IOException {
        Files.writeString(file(), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private String quarantined(Journal journal) throws IOException {
        return Files.readString(journal.startupReport().quarantineFile().orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void tornTailIsQuarantinedAndCompleteRecordsKept() throws IOException {
        List<JournalEntry> entries = writeThree();
        String torn = "{\"v\":2,\"type\":\"shoe\",\"id\":\"" + UUID.randomUUID() + "\",\"at\":\"2026-11-";
        appendRaw(torn);
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            StartupReport report = journal.startupReport();
            assertEquals(1, report.quarantined().size());
            assertEquals(4, report.quarantined().get(0).lineNumber());
            assertTrue(report.quarantined().get(0).reason().startsWith("incomplete last line"), report.describe());
            assertEquals(torn + "\n", quarantined(journal));
            assertTrue(journal.file().getFileName().toString().equals(Journal.FILE_NAME));
        }
    }

    @Test
    void appendsAfterARepairStartOnAFreshLine() throws IOException {
        List<JournalEntry> entries = writeThree();
        appendRaw("{\"v\":2,\"ty");
        JournalEntry later;
        try (Journal journal = Journal.open(dir)) {
            later = journal.append(ShoeEntry.add("D", Samples.DAY, Samples.CLOCK));
        }
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.startupReport().isClean(), journal.startupReport().describe());
            assertEquals(4, journal.entries().size());
            assertEquals(later, journal.entries().get(3));
            assertEquals(entries.get(0), journal.entries().get(0));
        }
    }

    @Test
    void garbageLineInTheMiddleIsQuarantinedAndTheRestKept() throws IOException {
        List<JournalEntry> entries = writeThree();
        List<String> lines = Files.readAllLines(file());
        Files.write(file(), List.of(lines.get(0), "this is not json {", lines.get(1), lines.get(2)));
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            assertEquals(List.of(new QuarantinedLine(2, "not valid JSON")), journal.startupReport().quarantined());
            assertEquals("this is not json {\n", quarantined(journal));
        }
        assertEquals(3, Files.readAllLines(file()).size());
    }

    @Test
    void lastCompleteLineWithoutItsNewlineIsKept() throws IOException {
        List<JournalEntry> entries = writeThree();
        String content = Files.readString(file());
        Files.writeString(file(), content.substring(0, content.length() - 1));
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            assertTrue(journal.startupReport().quarantined().isEmpty());
        }
        assertEquals(content, Files.readString(file()));
    }

    @Test
    void aLineFromANewerVersionIsQuarantinedWithAClearReason() throws IOException {
        List<JournalEntry> entries = writeThree();
        appendRaw("{\"v\":3,\"type\":\"run\",\"id\":\"" + UUID.randomUUID() + "\"}\n");
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            String reason = journal.startupReport().quarantined().get(0).reason();
            assertTrue(reason.contains("newer version") && reason.contains("schema version 3"), reason);
        }
    }

    @Test
    void anUnknownRecordTypeIsQuarantined() throws IOException {
        writeThree();
        appendRaw("{\"v\":2,\"type\":\"telepathy\",\"id\":\"" + UUID.randomUUID() + "\",\"at\":\"2026-11-22T04:00:00Z\"}\n");
        try (Journal journal = Journal.open(dir)) {
            assertEquals(3, journal.entries().size());
            assertEquals("unknown record type 'telepathy'", journal.startupReport().quarantined().get(0).reason());
        }
    }

    @Test
    void aRecordWithAnInvalidValueIsQuarantinedNamingTheField() throws IOException {
        writeThree();
        appendRaw("{\"v\":2,\"type\":\"strength\",\"id\":\"" + UUID.randomUUID()
                + "\",\"at\":\"2026-11-22T04:00:00Z\",\"date\":\"2026-11-20\",\"durationSeconds\":600,\"rpe\":11}\n");
        try (Journal journal = Journal.open(dir)) {
            assertEquals(3, journal.entries().size());
            String reason = journal.startupReport().quarantined().get(0).reason();
            assertTrue(reason.startsWith("invalid record: rpe: 11 is not allowed"), reason);
        }
    }

    @Test
    void unknownFieldsAreToleratedAndKeptOnDisk() throws IOException {
        writeThree();
        UUID id = UUID.randomUUID();
        String line = "{\"v\":2,\"type\":\"shoe\",\"id\":\"" + id + "\",\"at\":\"2026-11-22T04:00:00Z\",\"action\":\"add\","
                + "\"shoe\":\"D\",\"date\":\"2026-11-20\",\"colour\":\"red\",\"extra\":{\"nested\":[1,2]},\"tags\":[\"x\"]}";
        appendRaw(line + "\n");
        appendRaw("not json\n");
        try (Journal journal = Journal.open(dir)) {
            assertEquals(4, journal.entries().size());
            assertEquals(id, journal.entries().get(3).id());
        }
        assertTrue(Files.readString(file()).contains(line + "\n"), "a repair rewrites kept lines verbatim");
    }

    @Test
    void uncommittedTransactionIsRolledBackAtLoad() throws IOException {
        List<JournalEntry> entries = writeThree();
        UUID tx = UUID.randomUUID();
        StringBuilder partial = new StringBuilder(new String(EntryCodec.begin(tx, 3), StandardCharsets.UTF_8));
        partial.append(new String(EntryCodec.encode(ShoeEntry.add("X", Samples.DAY, Samples.CLOCK), tx), StandardCharsets.UTF_8));
        partial.append(new String(EntryCodec.encode(ShoeEntry.add("Y", Samples.DAY, Samples.CLOCK), tx), StandardCharsets.UTF_8));
        appendRaw(partial.toString());
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            StartupReport report = journal.startupReport();
            assertEquals(1, report.rolledBack());
            assertEquals(3, report.quarantined().size());
            assertEquals(partial.toString(), quarantined(journal));
        }
    }

    @Test
    void transactionWithTooFewEntriesIsRolledBackEvenIfCommitted() throws IOException {
        List<JournalEntry> entries = writeThree();
        UUID tx = UUID.randomUUID();
        appendRaw(new String(EntryCodec.begin(tx, 2), StandardCharsets.UTF_8)
                + new String(EntryCodec.encode(ShoeEntry.add("X", Samples.DAY, Samples.CLOCK), tx), StandardCharsets.UTF_8)
                + new String(EntryCodec.commit(tx, 2), StandardCharsets.UTF_8));
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            assertEquals(1, journal.startupReport().rolledBack());
        }
    }

    @Test
    void aDamagedLineInsideATransactionRollsBackTheWholeTransaction() throws IOException {
        List<JournalEntry> entries = writeThree();
        UUID tx = UUID.randomUUID();
        appendRaw(new String(EntryCodec.begin(tx, 2), StandardCharsets.UTF_8)
                + new String(EntryCodec.encode(ShoeEntry.add("X", Samples.DAY, Samples.CLOCK), tx), StandardCharsets.UTF_8)
                + "{\"v\":2,garbage\n"
                + new String(EntryCodec.commit(tx, 2), StandardCharsets.UTF_8));
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            assertEquals(4, journal.startupReport().quarantined().size());
        }
    }

    @Test
    void committedTransactionIsVisibleAfterReopen() {
        List<JournalEntry> batch = Samples.everyType();
        try (Journal journal = Journal.open(dir)) {
            journal.append(ShoeEntry.add("A", Samples.DAY, Samples.CLOCK));
            journal.appendAll(batch);
            journal.append(ShoeEntry.add("B", Samples.DAY, Samples.CLOCK));
        }
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.startupReport().isClean(), journal.startupReport().describe());
            assertEquals(batch, journal.entries().subList(1, 1 + batch.size()));
            assertEquals(batch.size() + 2, journal.entries().size());
            assertTrue(journal.sourceIds().contains("strava:123456"));
        }
    }

    @Test
    void aTransactionWithARepeatedIdIsRefusedWholeAndNothingIsWritten() throws IOException {
        try (Journal journal = Journal.open(dir)) {
            JournalEntry a = ShoeEntry.add("A", Samples.DAY, Samples.CLOCK);
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> journal.appendAll(List.of(ShoeEntry.add("B", Samples.DAY, Samples.CLOCK), a, a)));
            assertEquals(0, Files.size(journal.file()));
            assertEquals(List.of(), journal.entries());
        }
    }

    @Test
    void aDuplicatedLineIsQuarantinedOnce() throws IOException {
        List<JournalEntry> entries = writeThree();
        appendRaw(Files.readAllLines(file()).get(1) + "\n");
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            assertTrue(journal.startupReport().quarantined().get(0).reason().startsWith("repeats the id"));
        }
    }

    @Test
    void aCleanJournalIsNeitherRewrittenNorQuarantined() throws IOException {
        writeThree();
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(file());
        Object key = Files.readAttributes(file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.startupReport().isClean());
            assertEquals("", journal.startupReport().describe());
        }
        assertEquals(before, Files.getLastModifiedTime(file()));
        assertEquals(key, Files.readAttributes(file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(Journal.QUARANTINE_PREFIX)));
        }
    }

    @Test
    void aLongJournalDecodedInParallelKeepsOrderAndQuarantinesPrecisely() throws IOException {
        List<JournalEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < JournalLoader.PARALLEL_THRESHOLD + 500; i++) {
            entries.add(ShoeEntry.add("shoe " + i, Samples.DAY, Samples.CLOCK));
        }
        try (Journal journal = Journal.open(dir)) {
            journal.appendAll(entries);
        }
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file()));
        int damaged = lines.size() - 100;
        lines.set(damaged, "garbage");
        Files.write(file(), lines);
        try (Journal journal = Journal.open(dir)) {
            assertEquals(List.of(), journal.entries(), "the damaged transaction is rolled back whole");
            assertEquals(lines.size(), journal.startupReport().quarantined().size());
            assertEquals(new QuarantinedLine(damaged + 1, "not valid JSON"), journal.startupReport().quarantined().get(damaged));
        }
    }

    @Test
    void aLongJournalDecodedInParallelLoadsInOrder() {
        List<JournalEntry> entries = new java.util.ArrayList<>();
        try (Journal journal = Journal.open(dir)) {
            for (int i = 0; i < JournalLoader.PARALLEL_THRESHOLD + 500; i++) {
                entries.add(ShoeEntry.add("shoe " + i, Samples.DAY, Samples.CLOCK));
            }
            journal.appendAll(entries.subList(0, 1000));
            entries.subList(1000, 1010).forEach(journal::append);
            journal.appendAll(entries.subList(1010, entries.size()));
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            assertTrue(journal.startupReport().isClean());
        }
    }

    @Test
    void theReportListsTheFirstReasonsAndCountsTheRest() throws IOException {
        writeThree();
        appendRaw("junk\n".repeat(StartupReport.MAX_REASONS_SHOWN + 2));
        try (Journal journal = Journal.open(dir)) {
            String text = journal.startupReport().describe();
            assertEquals(StartupReport.MAX_REASONS_SHOWN, text.split("not valid JSON", -1).length - 1, text);
            assertTrue(text.endsWith("... and 2 more"), text);
        }
    }

    @Test
    void anUndoOfAnUnknownEntryIsKeptAndNoted() throws IOException {
        List<JournalEntry> entries = writeThree();
        appendRaw(new String(EntryCodec.encode(UndoEntry.of(UUID.randomUUID(), Samples.CLOCK), null), StandardCharsets.UTF_8));
        try (Journal journal = Journal.open(dir)) {
            assertEquals(entries, journal.entries());
            assertTrue(journal.startupReport().quarantined().isEmpty());
            assertEquals(1, journal.startupReport().notes().size());
            assertEquals(4, journal.records().size());
        }
    }

    @Test
    void theReportTellsTheRunnerWhereTheLinesWent() throws IOException {
        writeThree();
        appendRaw("junk\n");
        try (Journal journal = Journal.open(dir)) {
            String text = journal.startupReport().describe();
            assertTrue(text.contains("1 unusable line") && text.contains(Journal.QUARANTINE_PREFIX) && text.contains("line 4"), text);
        }
    }
}
