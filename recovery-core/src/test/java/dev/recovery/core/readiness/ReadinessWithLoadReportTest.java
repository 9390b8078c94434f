package dev.recovery.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.SorenessHistory;
import dev.recovery.core.load.Convention;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Readiness over real load reports computed from a training log. */
class ReadinessWithLoadReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    /** Six steady weeks of 10 km every other day; optionally a 14 km run yesterday (40% longer: a spike). */
    private static TrainingLog log(boolean spikeYesterday) {
        List<Session> sessions = new ArrayList<>();
        for (int d = 42; d >= 3; d -= 2) {
            sessions.add(Run.of(DAY.minusDays(d), Distance.ofKm(10), Duration.ofMinutes(55), RunType.EASY).withRpe(Rpe.of(3)));
        }
        if (spikeYesterday) {
            sessions.add(Run.of(DAY.minusDays(1), Distance.ofKm(14), Duration.ofMinutes(77), RunType.LONG).withRpe(Rpe.of(3)));
        }
        return TrainingLog.of(sessions);
    }

    @Test
    void aSpikeYesterdayRaisesAFreshGreenToAmber() {
        LoadReport report = LoadReport.of(log(true), DAY.minusDays(1), Convention.TRAININGPEAKS);
        assertTrue(report.hasFlag("load-single-run-spike"));
        Readiness r = Readiness.of(DAY, ReadinessTest.triage(TriageLevel.GREEN, DAY), report);
        assertEquals(TriageLevel.AMBER, r.level());
        assertTrue(r.ruleIds().contains("load-single-run-spike"));
    }

    @Test
    void steadyTrainingLeavesGreenGreen() {
        LoadReport report = LoadReport.of(log(false), DAY.minusDays(1), Convention.TRAININGPEAKS);
        assertTrue(report.readinessFlags().isEmpty(), report.flags().toString());
        assertEquals(TriageLevel.GREEN, Readiness.of(DAY, ReadinessTest.triage(TriageLevel.GREEN, DAY), report).level());
    }

    @Test
    void aReportForTheDayItselfIsAccepted() {
        LoadReport report = LoadReport.of(log(true), DAY, Convention.RUNALYZE);
        assertFalse(Readiness.of(DAY, Optional.empty(), report).reasons().isEmpty());
    }

    @Test
    void aReportTwoDaysOldIsRefused() {
        LoadReport report = LoadReport.of(log(false), DAY.minusDays(2), Convention.TRAININGPEAKS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DAY, Optional.empty(), report));
        assertEquals("load report date: 2026-11-20 is not allowed; expected the readiness date 2026-11-22 or the day before",
                e.getMessage());
    }

    @Test
    void aReportFromTheFutureIsRefused() {
        LoadReport report = LoadReport.of(log(false), DAY.plusDays(1), Convention.TRAININGPEAKS);
        assertThrows(IllegalArgumentException.class, () -> Readiness.of(DAY, Optional.empty(), report));
    }

    @Test
    void theRaisingRulesAreTheLoadReportsOwn() {
        assertEquals(LoadReport.READINESS_RULE_IDS, Readiness.RAISING_LOAD_RULE_IDS);
        assertEquals(4, Readiness.RAISING_LOAD_RULE_IDS.size());
    }

    private static SorenessHistory greenCalfOn(LocalDate date) {
        return SorenessHistory.of(List.of(DatedCheckIn.of(date, CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 30))));
    }

    @Test
    void fromTheHistoryASpikeYesterdayRaisesAGreenDayToAmber() {
        LoadReport report = LoadReport.of(log(true), DAY.minusDays(1), Convention.TRAININGPEAKS);
        Readiness r = Readiness.of(DAY, greenCalfOn(DAY), report);
        assertEquals(TriageLevel.AMBER, r.level());
        assertTrue(r.raisedByLoad());
        assertTrue(r.ruleIds().contains("load-single-run-spike"), r.ruleIds().toString());
    }

    @Test
    void fromTheHistoryAReportForTheDayItselfIsAccepted() {
        LoadReport report = LoadReport.of(log(false), DAY, Convention.TRAININGPEAKS);
        assertEquals(TriageLevel.GREEN, Readiness.of(DAY, greenCalfOn(DAY), report).level());
    }

    @Test
    void fromTheHistoryAReportTwoDaysOldIsRefusedNamingItsDate() {
        LoadReport report = LoadReport.of(log(false), DAY.minusDays(2), Convention.TRAININGPEAKS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DAY, greenCalfOn(DAY), report));
        assertEquals("load report date: 2026-11-20 is not allowed; expected the readiness date 2026-11-22 or the day before",
                e.getMessage());
    }

    @Test
    void fromTheHistoryAReportFromTheNextDayIsRefused() {
        LoadReport report = LoadReport.of(log(false), DAY.plusDays(1), Convention.TRAININGPEAKS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DAY, greenCalfOn(DAY), report));
        assertTrue(e.getMessage().startsWith("load report date: 2026-11-23 is not allowed"), e.getMessage());
    }

    @Test
    void aReportFromTheNextDayIsRefusedNamingItsDate() {
        LoadReport report = LoadReport.of(log(false), DAY.plusDays(1), Convention.TRAININGPEAKS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DAY, Optional.empty(), report));
        assertTrue(e.getMessage().startsWith("load report date: 2026-11-23 is not allowed"), e.getMessage());
    }
}
