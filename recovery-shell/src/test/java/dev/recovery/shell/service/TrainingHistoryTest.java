package dev.recovery.shell.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.shell.cli.RecoveryHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingHistoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JournalSession journal;
    private TrainingHistory history;

    @BeforeEach
    void open() {
        journal = new JournalSession(new RecoveryHome(dir), CLOCK, new PrintWriter(new StringWriter()));
        history = new TrainingHistory(journal, CLOCK);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void todayComesFromTheClock() {
        assertEquals(LocalDate.of(2026, 11, 22), history.today());
    }

    @Test
    void newEntriesAreStampedByTheClock() {
        assertEquals(CLOCK.instant(), history.recordCheckIn(checkIn(BodyRegion.CALF, 2), DAY).recordedAt());
    }

    @Test
    void aRunCountsForItsShoeOnlyWhileTheShoeIsTracked() {
        history.recordSession(run(DAY.minusDays(2), "Ghost"));
        history.addShoe("Ghost", DAY.minusDays(1));
        history.recordSession(run(DAY, " ghost "));
        Shoe shoe = history.shoe("GHOST").orElseThrow();
        assertEquals(1, shoe.runs());
        assertEquals(10_000, shoe.distance().metres(), 1e-9);
    }

    @Test
    void aRetiredShoeIsNoLongerInUse() {
        history.addShoe("Ghost", DAY.minusDays(1));
        history.retireShoe("Ghost", DAY);
        assertEquals(Optional.of(DAY), history.shoe("Ghost").orElseThrow().retired());
    }

    @Test
    void theLatestCheckInIsTheLatestDayOnOrBeforeTheDay() {
        history.recordCheckIn(checkIn(BodyRegion.CALF, 2), DAY.minusDays(1));
        history.recordCheckIn(checkIn(BodyRegion.SHIN, 5), DAY.plusDays(1));
        history.recordCheckIn(checkIn(BodyRegion.KNEE, 3), DAY.minusDays(3));
        assertEquals(BodyRegion.CALF, history.latestCheckIn(DAY).orElseThrow().checkIn().region());
    }

    @Test
    void noCheckInBeforeTheDayMeansNone() {
        history.recordCheckIn(checkIn(BodyRegion.CALF, 2), DAY.plusDays(1));
        assertTrue(history.latestCheckIn(DAY).isEmpty());
    }

    @Test
    void aDaysCheckInsAreTheLatestPerRegion() {
        history.recordCheckIn(checkIn(BodyRegion.CALF, 2), DAY);
        history.recordCheckIn(checkIn(BodyRegion.SHIN, 5), DAY);
        history.recordCheckIn(checkIn(BodyRegion.CALF, 4), DAY);
        history.recordCheckIn(checkIn(BodyRegion.KNEE, 3), DAY.minusDays(1));
        assertEquals(List.of(4, 5), history.latestCheckInsByRegion(DAY).stream().map(c -> c.pain().value()).toList());
    }

    @Test
    void historyBetweenTwoDaysLeavesOutProfileChanges() {
        history.recordSession(run(DAY, "Ghost"));
        history.saveProfile(history.profile().withName("Ann"));
        history.recordSession(run(DAY.plusDays(5), "Ghost"));
        assertEquals(1, history.between(DAY, DAY.plusDays(1)).size());
    }

    private static Run run(LocalDate day, String shoe) {
        return new Run(day, Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY, Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.of(shoe), Optional.empty());
    }

    private static CheckIn checkIn(BodyRegion region, int pain) {
        return CheckIn.ordinaryDoms(region, pain, 24).toBuilder().build();
    }
}
