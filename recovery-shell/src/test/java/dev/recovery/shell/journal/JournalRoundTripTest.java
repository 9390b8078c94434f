package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRoundTripTest {

    @TempDir
    Path dir;

    private static JournalEntry throughCodec(JournalEntry entry) {
        byte[] line = EntryCodec.encode(entry, null);
        return EntryCodec.decode(JsonRecord.parse(line, 0, line.length - 1)).entry();
    }

    @Test
    void everyEntryTypeSurvivesCloseAndReopen() {
        List<JournalEntry> written = Samples.everyType();
        try (Journal journal = Journal.open(dir)) {
            written.forEach(journal::append);
            assertEquals(written, journal.entries());
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(written, journal.entries());
            assertTrue(journal.startupReport().isClean(), journal.startupReport().describe());
        }
    }

    @Test
    void everyEntryTypeRoundTripsThroughTheCodec() {
        for (JournalEntry entry : Samples.everyType()) {
            assertEquals(entry, throughCodec(entry), entry.getClass().getSimpleName());
        }
    }

    @Test
    void undoEntryRoundTripsThroughTheCodec() {
        UndoEntry undo = UndoEntry.of(java.util.UUID.randomUUID(), Samples.CLOCK);
        assertEquals(undo, throughCodec(undo));
    }

    @Test
    void everyLineCarriesTheSchemaVersionAndMetricIsoFields() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(SessionEntry.of(Run.of(Samples.DAY, Distance.ofMiles(1), Duration.ofMinutes(8), RunType.EASY), Samples.CLOCK));
        }
        String line = Files.readString(dir.resolve(Journal.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(line.startsWith("{\"v\":2,\"type\":\"run\""), line);
        assertTrue(line.contains("\"date\":\"2026-11-20\""), line);
        assertTrue(line.contains("\"distanceMetres\":1609.344"), line);
        assertTrue(line.contains("\"durationSeconds\":480,"), line);
        assertTrue(line.endsWith("}\n"), line);
    }

    @Test
    void entriesOfOneKindKeepTheirOrder() {
        try (Journal journal = Journal.open(dir)) {
            Samples.everyType().forEach(journal::append);
            List<SessionEntry> runs = journal.entries(SessionEntry.class).stream().filter(e -> e.session() instanceof Run).toList();
            assertEquals(2, runs.size());
            assertEquals(8, journal.entries(SessionEntry.class).size());
            assertEquals(Samples.DAY.minusDays(1), runs.get(1).date());
        }
    }

    @Test
    void currentProfileIsTheLatestProfileEntry() {
        try (Journal journal = Journal.open(dir)) {
            assertEquals(Profile.defaults(), journal.profile());
            journal.append(ProfileEntry.of(Samples.fullProfile(), Samples.CLOCK));
            journal.append(ProfileEntry.of(Samples.fullProfile().withName("Bea"), Samples.CLOCK));
            assertEquals("Bea", journal.profile().name());
        }
    }

    @Test
    void anImportedRunKeepsItsStartAndDistanceStamp() {
        SessionEntry entry = SessionEntry.imported(Run.of(Samples.DAY, Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY),
                "strava:123", new ImportStamp(java.time.Instant.parse("2026-11-20T06:30:00Z"), 10_012.5), Samples.CLOCK);
        assertEquals(entry, throughCodec(entry));
    }

    @Test
    void anyValidRunRoundTripsExactly() {
        // Up to 1 s of nanoseconds on top of the whole seconds adds up to 5 s/km on a 0.2 km run, so
        // the pace is drawn from 3:00 to 19:50/km to keep every generated run inside Run's 20:00/km limit.
        qt().forAll(doubles().between(0.2, 100.0), integers().between(0, 1_000_000_000), integers().between(3 * 60, 20 * 60 - 10))
                .check((km, nanos, secondsPerKm) -> {
                    Duration duration = Duration.ofSeconds((long) (km * secondsPerKm), nanos);
                    SessionEntry entry = SessionEntry.of(Run.of(Samples.DAY, Distance.ofKm(km), duration, RunType.LONG), Samples.CLOCK);
                    return entry.equals(throughCodec(entry));
                });
    }
}
