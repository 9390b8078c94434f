package dev.recovery.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.CheckIns;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final Reason ACWR_DANGER = Reason.of("load-acwr-danger", "Ratio 1.62.", Sources.GABBETT_2016);
    static final Reason MONOTONY_CRITICAL = Reason.of("load-monotony-critical", "Monotony 2.3.", Sources.FOSTER_1998);
    static final Reason FORM_HIGH_RISK = Reason.of("load-form-high-risk", "Form -34.", Sources.TRAININGPEAKS);
    static final Reason SPIKE = Reason.of("load-single-run-spike", "A 24 km run.", Sources.BJSM_2025_SPIKE);
    static final Reason ACWR_CAUTION = Reason.of("load-acwr-caution", "Ratio 1.4.", Sources.GABBETT_2016);
    static final Reason SHOE = Reason.of("load-shoe-replace", "Replace your shoes.", Sources.KUNZ);

    static Optional<DatedTriage> triage(TriageLevel level, LocalDate checkInDate) {
        return Optional.of(DatedTriage.of(checkInDate, CheckIns.triage(level)));
    }

    @Test
    void aFreshGreenWithoutLoadWarningsIsGreen() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of());
        assertEquals(TriageLevel.GREEN, r.level());
        assertFalse(r.raisedByLoad());
        assertEquals(List.of("green-ordinary-soreness"), r.ruleIds());
    }

    @Test
    void acwrDangerRaisesGreenToAmber() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(ACWR_DANGER));
        assertEquals(TriageLevel.AMBER, r.level());
        assertTrue(r.raisedByLoad());
    }

    @Test
    void criticalMonotonyRaisesGreenToAmber() {
        assertEquals(TriageLevel.AMBER, Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(MONOTONY_CRITICAL)).level());
    }

    @Test
    void formBelowMinusThirtyRaisesGreenToAmber() {
        assertEquals(TriageLevel.AMBER, Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(FORM_HIGH_RISK)).level());
    }

    @Test
    void aSingleRunSpikeRaisesGreenToAmber() {
        assertEquals(TriageLevel.AMBER, Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(SPIKE)).level());
    }

    @Test
    void acwrCautionAloneDoesNotRaiseGreen() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(ACWR_CAUTION, SHOE));
        assertEquals(TriageLevel.GREEN, r.level());
        assertEquals(List.of("green-ordinary-soreness", "load-acwr-caution", "load-shoe-replace"), r.ruleIds());
    }

    @Test
    void theRaiseIsExplainedNamingEveryRaisingWarningAndItsSource() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(SPIKE, ACWR_DANGER));
        Reason raised = r.reasons().stream().filter(x -> x.ruleId().equals(Readiness.LOAD_RAISED_RULE_ID)).findFirst().orElseThrow();
        assertTrue(raised.message().contains("load-single-run-spike, load-acwr-danger"), raised.message());
        assertEquals(Sources.BJSM_2025_SPIKE, raised.source());
        assertEquals(List.of("green-ordinary-soreness", "readiness-load-raised", "load-single-run-spike", "load-acwr-danger"), r.ruleIds());
    }

    @Test
    void loadNeverLowersARed() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.RED, DAY), List.of(ACWR_DANGER, SPIKE));
        assertEquals(TriageLevel.RED, r.level());
        assertFalse(r.raisedByLoad());
        assertTrue(r.action().startsWith(TriageLevel.RED.action()), r.action());
    }

    @Test
    void aRedDaySaysHowSoonToBeSeen() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.RED, DAY), List.of());
        assertEquals(java.util.Optional.of(dev.recovery.core.triage.Urgency.SOON), r.urgency());
        assertTrue(r.action().endsWith(dev.recovery.core.triage.Urgency.SOON.action()), r.action());
    }

    @Test
    void loadWarningsLeaveAmberAmberAndAreStillListed() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.AMBER, DAY), List.of(FORM_HIGH_RISK));
        assertEquals(TriageLevel.AMBER, r.level());
        assertFalse(r.raisedByLoad());
        assertTrue(r.ruleIds().contains("load-form-high-risk"));
    }

    @Test
    void withoutACheckInReadinessComesFromLoadAlone() {
        Readiness green = Readiness.of(DAY, Optional.empty(), List.of());
        assertEquals(TriageLevel.GREEN, green.level());
        assertEquals(List.of(Readiness.NO_CHECK_IN_RULE_ID), green.ruleIds());
        assertEquals(TriageLevel.AMBER, Readiness.of(DAY, Optional.empty(), List.of(MONOTONY_CRITICAL)).level());
    }

    @Test
    void aCheckInTwoDaysOldIsNotStale() {
        assertFalse(Readiness.of(DAY, triage(TriageLevel.GREEN, DAY.minusDays(2)), List.of()).checkInStale());
    }

    @Test
    void aCheckInThreeDaysOldIsStaleButItsLevelStands() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.GREEN, DAY.minusDays(3)), List.of());
        assertTrue(r.checkInStale());
        assertEquals(TriageLevel.GREEN, r.level());
        Reason stale = r.reasons().get(1);
        assertEquals(Readiness.STALE_RULE_ID, stale.ruleId());
        assertEquals(Sources.OLSEN_2023, stale.source());
        assertTrue(stale.message().startsWith("Your latest check-in is 3 days old (2026-11-19)"), stale.message());
    }

    @Test
    void aStaleRedStaysRed() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.RED, DAY.minusDays(10)), List.of());
        assertEquals(TriageLevel.RED, r.level());
        assertTrue(r.checkInStale());
    }

    @Test
    void anAmberFromYesterdayHasItsRecheckDue() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.AMBER, DAY.minusDays(1)), List.of());
        assertEquals(List.of("amber-pain-above-3", Readiness.RECHECK_RULE_ID), r.ruleIds());
    }

    @Test
    void anAmberFromTodayHasNoRecheckDue() {
        assertEquals(List.of("amber-pain-above-3"), Readiness.of(DAY, triage(TriageLevel.AMBER, DAY), List.of()).ruleIds());
    }

    @Test
    void aCheckInAfterTheDateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DAY, triage(TriageLevel.GREEN, DAY.plusDays(1)), List.of()));
        assertEquals("check-in date: 2026-11-23 is not allowed; expected a date on or before the readiness date 2026-11-22",
                e.getMessage());
    }

    @Test
    void aDateInTheYear3000IsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(LocalDate.of(3000, 1, 1), Optional.empty(), List.of()));
        assertTrue(e.getMessage().startsWith("date: 3000-01-01 is not allowed"), e.getMessage());
    }

    @Test
    void loadRaisedActionTalksAboutLoad() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(ACWR_DANGER));
        assertTrue(r.action().startsWith("Modify: keep today's run easy"), r.action());
    }

    @Test
    void triageLevelIsReportedBeforeLoad() {
        Readiness r = Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), List.of(ACWR_DANGER));
        assertEquals(Optional.of(TriageLevel.GREEN), r.triageLevel());
        assertTrue(r.hasCheckIn());
    }

    @Test
    void withoutACheckInThereIsNoTriageLevel() {
        Readiness r = Readiness.of(DAY, Optional.empty(), List.of());
        assertFalse(r.hasCheckIn());
        assertEquals(Optional.empty(), r.triageLevel());
    }

    @Test
    void aMissingLoadWarningFromTheLatestTriageIsRefusedNamingTheField() {
        List<Reason> flags = new java.util.ArrayList<>();
        flags.add(null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DAY, triage(TriageLevel.GREEN, DAY), flags));
        assertTrue(e.getMessage().startsWith("load flag: "), e.getMessage());
    }
}
