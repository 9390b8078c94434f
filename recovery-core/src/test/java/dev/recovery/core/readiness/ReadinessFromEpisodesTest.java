package dev.recovery.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.EntryCheck;
import dev.recovery.core.episode.SorenessHistory;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.MovementResponse;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.triage.Urgency;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Readiness from the soreness history: the worst open episode, re-checks, the return to run, then load. */
class ReadinessFromEpisodesTest {

    private static final LocalDate NOV30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate DEC1 = NOV30.plusDays(1);
    private static final Reason SPIKE = Reason.of("load-single-run-spike", "A 24 km run.", Sources.BJSM_2025_SPIKE);

    private static final CheckIn SHIN = CheckIn.builder().region(BodyRegion.SHIN).side(Side.LEFT).pain(5)
            .quality(PainQuality.SHARP).spread(Spread.LOCALIZED).onset(Onset.DURING).hoursSinceRun(20).trend(Trend.WORSE)
            .movement(MovementResponse.WORSE).symptom(Symptom.PAIN_AT_REST).build();
    private static final CheckIn CALF = CheckIn.builder().region(BodyRegion.CALF).side(Side.BOTH).pain(2)
            .quality(PainQuality.DULL_ACHY).spread(Spread.WIDESPREAD).onset(Onset.DELAYED).hoursSinceRun(30)
            .trend(Trend.IMPROVING).movement(MovementResponse.EASES).noSymptoms().build();

    private static SorenessHistory issueSession() {
        return SorenessHistory.of(List.of(DatedCheckIn.of(NOV30, SHIN), DatedCheckIn.of(DEC1, CALF)));
    }

    @Test
    void theIssuesSessionIsRedOnTheFirstOfDecemberNotGreen() {
        Readiness r = Readiness.of(DEC1, issueSession(), List.of());
        assertEquals(TriageLevel.RED, r.level());
        assertEquals(Optional.of(Urgency.SOON), r.urgency());
        assertEquals(DEC1, r.triage().orElseThrow().checkInDate());
        assertTrue(r.ruleIds().contains("episode-red-sticky"), () -> r.ruleIds().toString());
    }

    @Test
    void afterTheClearanceReadinessShowsTheFirstReturnToRunStep() {
        SorenessHistory h = issueSession().plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, DEC1.plusDays(6), "PT: cleared"))
                .plus(EntryCheck.of(DEC1.plusDays(7), BodyRegion.SHIN, Side.LEFT, 0, 0, 1));
        Readiness r = Readiness.of(DEC1.plusDays(7), h, List.of());
        assertEquals(TriageLevel.AMBER, r.level());
        assertEquals(1, r.returnToRun().orElseThrow().step());
        assertTrue(r.action().startsWith("Return to run (step 1 of 7)"), r.action());
        assertTrue(r.ruleIds().contains("readiness-return-to-run"));
    }

    @Test
    void loadWarningsNeverLowerARedEpisode() {
        Readiness r = Readiness.of(DEC1, issueSession(), List.of(SPIKE));
        assertEquals(TriageLevel.RED, r.level());
        assertFalse(r.raisedByLoad());
    }

    @Test
    void loadWarningsRaiseAGreenDayToAmber() {
        Readiness r = Readiness.of(DEC1, SorenessHistory.of(List.of(DatedCheckIn.of(DEC1, CALF))), List.of(SPIKE));
        assertEquals(TriageLevel.AMBER, r.level());
        assertTrue(r.raisedByLoad());
    }

    @Test
    void anAmberEpisodeNotReCheckedIsListedAsDue() {
        CheckIn knee = CALF.toBuilder().region(BodyRegion.KNEE).build();
        Readiness r = Readiness.of(DEC1.plusDays(1), SorenessHistory.of(List.of(DatedCheckIn.of(DEC1, knee))), List.of());
        assertEquals(TriageLevel.AMBER, r.level());
        assertEquals(2, r.recheckDue().size());
        assertTrue(r.ruleIds().contains("episode-recheck-due"));
    }

    @Test
    void withoutAnyCheckInReadinessSaysSo() {
        Readiness r = Readiness.of(DEC1, SorenessHistory.empty(), List.of());
        assertEquals(TriageLevel.GREEN, r.level());
        assertEquals(List.of("readiness-no-check-in"), r.ruleIds());
    }

    @Test
    void whenEverySpotHasSettledReadinessSaysSo() {
        CheckIn painFree = CALF.toBuilder().pain(0).build();
        Readiness r = Readiness.of(DEC1, SorenessHistory.of(List.of(DatedCheckIn.of(DEC1, painFree))), List.of());
        assertEquals(List.of("readiness-no-open-episode"), r.ruleIds());
    }

    @Test
    void aStaleCheckInIsReportedWhileAnEpisodeIsOpen() {
        Readiness r = Readiness.of(NOV30.plusDays(3), SorenessHistory.of(List.of(DatedCheckIn.of(NOV30, SHIN))), List.of());
        assertTrue(r.checkInStale());
        assertEquals(TriageLevel.RED, r.level());
    }

    @Test
    void sevenDaysWithoutRunningMakesAGreenDayAmberWithTheReturnToRun() {
        Readiness r = Readiness.of(DEC1, SorenessHistory.empty(), List.of(), Optional.of(DEC1.minusDays(7)));
        assertEquals(TriageLevel.AMBER, r.level());
        assertTrue(r.ruleIds().contains("rtr-after-break"));
    }

    @Test
    void sixDaysWithoutRunningChangeNothing() {
        Readiness r = Readiness.of(DEC1, SorenessHistory.empty(), List.of(), Optional.of(DEC1.minusDays(6)));
        assertEquals(TriageLevel.GREEN, r.level());
    }

    @Test
    void aBreakNeverLowersARed() {
        Readiness r = Readiness.of(DEC1, issueSession(), List.of(), Optional.of(DEC1.minusDays(20)));
        assertEquals(TriageLevel.RED, r.level());
    }

    @Test
    void aCheckInDatedAfterTheDayIsNotTheLatest() {
        SorenessHistory h = SorenessHistory.of(List.of(DatedCheckIn.of(DEC1, SHIN)));
        Readiness r = Readiness.of(NOV30, h, List.of());
        assertFalse(r.hasCheckIn());
        assertEquals(TriageLevel.GREEN, r.level());
        assertEquals(List.of("readiness-no-check-in"), r.ruleIds());
    }

    @Test
    void theLatestCheckInIsTheNewestOnOrBeforeTheDay() {
        SorenessHistory h = SorenessHistory.of(List.of(DatedCheckIn.of(NOV30, SHIN), DatedCheckIn.of(DEC1, CALF),
                DatedCheckIn.of(DEC1.plusDays(2), CALF)));
        Readiness r = Readiness.of(DEC1.plusDays(1), h, List.of());
        assertEquals(DEC1, r.triage().orElseThrow().checkInDate());
        assertTrue(r.hasCheckIn());
    }

    @Test
    void aMissingLoadWarningIsRefusedNamingTheField() {
        List<Reason> flags = new java.util.ArrayList<>();
        flags.add(null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DEC1, issueSession(), flags));
        assertTrue(e.getMessage().startsWith("load flag: "), e.getMessage());
    }

    @Test
    void aMissingListOfLoadWarningsIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Readiness.of(DEC1, issueSession(), (List<Reason>) null));
        assertTrue(e.getMessage().startsWith("load flags: "), e.getMessage());
    }

    @Test
    void aGreenDayFromTheHistoryAdvisesTrainingAsPlanned() {
        Readiness r = Readiness.of(DEC1, SorenessHistory.of(List.of(DatedCheckIn.of(DEC1, CALF))), List.of());
        assertEquals(TriageLevel.GREEN, r.level());
        assertEquals(TriageLevel.GREEN.action(), r.action());
    }

    @Test
    void anAmberDayOutsideTheReturnToRunAdvisesModifying() {
        CheckIn knee = CALF.toBuilder().region(BodyRegion.KNEE).build();
        Readiness r = Readiness.of(DEC1, SorenessHistory.of(List.of(DatedCheckIn.of(DEC1, knee))), List.of());
        assertEquals(TriageLevel.AMBER, r.level());
        assertEquals(TriageLevel.AMBER.action(), r.action());
    }
}
