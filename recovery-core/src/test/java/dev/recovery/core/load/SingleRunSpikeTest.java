package dev.recovery.core.load;

import static dev.recovery.core.load.VolumeTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import java.time.Duration;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.source.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SingleRunSpikeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aRunMoreThanTenPercentLongerThanTheLongestOfThirtyDaysIsASpike() {
        // Longest of the previous 30 days: 20 km; 22.1 km is 10.5% longer.
        Run spike = run(DAY, 22.1);
        TrainingLog log = TrainingLog.of(run(DAY.minusDays(30), 20), run(DAY.minusDays(3), 10), spike);
        Reason r = SingleRunSpike.check(log, spike).get();
        assertEquals("load-single-run-spike", r.ruleId());
        assertEquals("bjsm-2025-single-run-spike", r.source().id());
        assertTrue(r.message().contains("1.64"), r.message());
    }

    @Test
    void exactlyTenPercentLongerIsNotASpike() {
        Run run = run(DAY, 22);
        assertTrue(SingleRunSpike.check(TrainingLog.of(run(DAY.minusDays(7), 20), run), run).isEmpty());
    }

    @Test
    void runsOlderThanThirtyDaysDoNotCount() {
        // The 30 km run was 31 days ago; the longest within 30 days is 10 km, so 12 km is a spike.
        Run run = run(DAY, 12);
        TrainingLog log = TrainingLog.of(run(DAY.minusDays(31), 30), run(DAY.minusDays(10), 10), run);
        assertTrue(SingleRunSpike.check(log, run).isPresent());
    }

    @Test
    void sameDayRunsAreNotThePreviousDays() {
        Run morning = run(DAY, 5);
        Run evening = run(DAY, 15);
        TrainingLog log = TrainingLog.of(run(DAY.minusDays(2), 14), morning, evening);
        assertTrue(SingleRunSpike.check(log, evening).isEmpty());
    }

    @Test
    void noRunInThePreviousThirtyDaysIsNotFlagged() {
        Run run = run(DAY, 12);
        assertTrue(SingleRunSpike.check(TrainingLog.of(run), run).isEmpty());
    }

    @Test
    void recentLooksAtTheSevenDaysEndingOnTheDate() {
        TrainingLog log = TrainingLog.of(run(DAY.minusDays(20), 10), run(DAY.minusDays(6), 15), run(DAY.minusDays(1), 5));
        assertEquals(1, SingleRunSpike.recent(log, DAY).size());
        assertEquals(0, SingleRunSpike.recent(log, DAY.plusDays(1)).size());
    }

    @Test
    void theRaceItselfIsNeverASpike() {
        Run race = Run.of(DAY, Distance.ofKm(42.195), Duration.ofMinutes(230), RunType.RACE);
        TrainingLog log = TrainingLog.of(run(DAY.minusDays(21), 32), race);
        assertTrue(SingleRunSpike.check(log, race).isEmpty());
    }

    @Test
    void aLongRunLongerThanARecentRaceIsStillComparedWithIt() {
        Run race = Run.of(DAY.minusDays(14), Distance.ofKm(21.1), Duration.ofMinutes(100), RunType.RACE);
        Run run = run(DAY, 24);
        assertTrue(SingleRunSpike.check(TrainingLog.of(run(DAY.minusDays(20), 16), race, run), run).isPresent());
    }

    @Test
    void aTrainingRunOnRaceDistanceIsStillASpike() {
        Run longRun = Run.of(DAY, Distance.ofKm(42.195), Duration.ofMinutes(230), RunType.LONG);
        assertTrue(SingleRunSpike.check(TrainingLog.of(run(DAY.minusDays(21), 32), longRun), longRun).isPresent());
    }

    private static Run runOf(LocalDate day, long millimetres) {
        return Run.of(day, new Distance(millimetres), Duration.ofSeconds(millimetres / 3000), RunType.EASY);
    }

    @Test
    void oneMetreMoreThanTenPercentLongerIsASpike() {
        Run run = runOf(DAY, 22_001_000);
        assertTrue(SingleRunSpike.check(TrainingLog.of(runOf(DAY.minusDays(7), 20_000_000), run), run).isPresent());
    }

    @Test
    void exactlyTenPercentLongerIsNotASpikeWhereFloatingPointWouldRoundTheLimitDown() {
        // 20,000.17 m x 1.1 is 22,000.186999999998 in double arithmetic, below the true 22,000.187 m.
        Run atLimit = runOf(DAY, 22_000_187);
        assertTrue(SingleRunSpike.check(TrainingLog.of(runOf(DAY.minusDays(7), 20_000_170), atLimit), atLimit).isEmpty());
        Run above = runOf(DAY, 22_000_188);
        assertTrue(SingleRunSpike.check(TrainingLog.of(runOf(DAY.minusDays(7), 20_000_170), above), above).isPresent());
    }

    @Test
    void theLongestEarlierRunIsTheBaseNotTheLatest() {
        Run run = run(DAY, 22);
        TrainingLog log = TrainingLog.of(run(DAY.minusDays(10), 20), run(DAY.minusDays(2), 8), run);
        assertTrue(SingleRunSpike.check(log, run).isEmpty());
    }

    @Test
    void theWarningNamesTheRunTheIncreaseAndTheLongest() {
        Run run = run(DAY, 25);
        Reason r = SingleRunSpike.check(TrainingLog.of(run(DAY.minusDays(7), 20), run), run).get();
        assertTrue(r.message().contains("The 25.0 km run on 2026-11-20 was 25% longer than your longest run of the 30 days before (20.0 km)"),
                r.message());
    }
}
