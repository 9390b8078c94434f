package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Rpe;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written in schema version 2, the current line format (src/test/resources/journal/journal-v2.jsonl,
 * written before the session entries became one type), loads to the same sessions, check-ins, shoes
 * and profile: a runner's existing journal keeps working across the change.
 */
class CurrentVersionFixtureTest {

    private static final LocalDate NOV = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/journal/journal-v2.jsonl")) {
            Files.copy(in, dir.resolve(Journal.FILE_NAME));
        }
    }

    @Test
    void version2FixtureLoadsCleanlyWithTheUndoneRunLeftOut() {
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.startupReport().isClean(), journal.startupReport().describe());
            assertEquals(12, journal.entries().size());
            assertEquals(14, journal.records().size());
        }
    }

    @Test
    void version2FixtureLoadsToTheSameSessions() {
        List<Session> expected = List.of(
                new Run(NOV.plusDays(1), Distance.ofMetres(21_100), Duration.ofSeconds(6400, 500_000_000), RunType.MARATHON_PACE,
                        Optional.of(Rpe.of(7)), OptionalInt.of(152), OptionalInt.of(171), Optional.of("Pegasus 40"), Optional.of("felt good")),
                new Run(NOV.plusDays(2), Distance.ofMetres(9978), Duration.ofSeconds(3300), RunType.EASY, Optional.empty(),
                        OptionalInt.of(140), OptionalInt.empty(), Optional.empty(), Optional.empty()),
                StrengthSession.of(NOV.plusDays(2), Duration.ofMinutes(20)),
                new CrossTraining(NOV.plusDays(3), CrossActivity.BIKE, Duration.ofMinutes(45), Optional.of(Rpe.of(4)), OptionalInt.of(130)),
                CrossTraining.of(NOV.plusDays(4), CrossActivity.SWIM, Duration.ofMinutes(30)),
                StrengthSession.of(NOV.plusDays(5), Duration.ofMinutes(40)).withRpe(Rpe.of(6)),
                YogaSession.of(NOV.plusDays(6), Duration.ofMinutes(30)));
        try (Journal journal = Journal.open(dir)) {
            assertEquals(expected, journal.entries(SessionEntry.class).stream().map(SessionEntry::session).toList());
        }
    }

    @Test
    void version2ImportedSessionsKeepTheirSourceIdsAndStamps() {
        try (Journal journal = Journal.open(dir)) {
            assertEquals(List.of("strava:123456", "strava:77"), List.copyOf(journal.sourceIds()));
            assertEquals(List.of(new ImportStamp(Instant.parse("2026-11-03T07:00:00Z"), 9978),
                    new ImportStamp(Instant.parse("2026-11-03T18:00:00Z"), 0)), journal.importStamps());
        }
    }

    @Test
    void version2CheckInShoesProfileAndPlanLoad() {
        try (Journal journal = Journal.open(dir)) {
            CheckInEntry checkIn = journal.entries(CheckInEntry.class).get(0);
            assertEquals(BodyRegion.IT_BAND, checkIn.checkIn().region());
            assertTrue(checkIn.checkIn().has(Symptom.PAIN_AT_REST) && checkIn.checkIn().has(Symptom.SWELLING));
            assertEquals(List.of(ShoeAction.ADD, ShoeAction.RETIRE),
                    journal.entries(ShoeEntry.class).stream().map(ShoeEntry::action).toList());
            Profile profile = journal.profile();
            assertEquals(DistanceUnit.MI, profile.units());
            assertEquals(Optional.of("female"), profile.sex().map(s -> s.id()));
            assertEquals(OptionalInt.of(48), profile.restingHeartRate());
            assertEquals("{\"weeks\":[{\"index\":1,\"phase\":\"base\"}]}", journal.plan().orElseThrow().document());
        }
    }
}
