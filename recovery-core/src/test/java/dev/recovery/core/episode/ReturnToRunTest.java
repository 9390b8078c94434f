package dev.recovery.core.episode;

import static dev.recovery.core.episode.Histories.MON;
import static dev.recovery.core.episode.Histories.day;
import static dev.recovery.core.episode.Histories.on;
import static dev.recovery.core.episode.Histories.redShin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The graded return to run: entry, steps on alternate days, progression, step back, RED again. */
class ReturnToRunTest {

    /** The shin RED on Monday, cleared on day 7, entry passed on day 8. */
    static SorenessHistory onTheSteps() {
        return SorenessHistory.of(List.of(on(MON, redShin())))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(7), "cleared"))
                .plus(EntryCheck.of(day(8), BodyRegion.SHIN, Side.LEFT, 0, 0, 0));
    }

    private static Episode shin(Episodes e) {
        return e.all().stream().filter(x -> x.region() == BodyRegion.SHIN && x.side() == Side.LEFT).findFirst().orElseThrow();
    }

    @Test
    void theStepsAreTheWalkRunProgressionThenContinuousRunning() {
        assertEquals(List.of("1/4x6", "2/3x6", "3/2x6", "4/1x6", "20/0x1", "30/0x1", "40/0x1"), ReturnToRun.STEPS.stream()
                .map(s -> s.runMinutes() + "/" + s.walkMinutes() + "x" + s.repeats()).toList());
        assertEquals(30, ReturnToRun.STEPS.get(0).totalMinutes());
    }

    @Test
    void thePlanRulesStartAtHalfThePreInjuryVolumeWithTwoWeeksOfEasyRunningBeforeIntensity() {
        assertEquals(0.5, ReturnToRun.PLAN_RULES.startingVolumeFraction());
        assertEquals(14, ReturnToRun.PLAN_RULES.continuousEasyDaysBeforeIntensity());
        assertTrue(ReturnToRun.PLAN_RULES.easyPaceOnly());
        assertEquals(1, ReturnToRun.PLAN_RULES.firstQualitySessionsPerWeek());
    }

    @Test
    void entryPainOfTwoIsPainFreeAndThreeIsNot() {
        assertTrue(EntryCheck.of(MON, BodyRegion.SHIN, Side.LEFT, 2, 2, 2).passes());
        assertFalse(EntryCheck.of(MON, BodyRegion.SHIN, Side.LEFT, 0, 0, 3).passes());
    }

    @Test
    void aFailedEntryKeepsTheEpisodeClearedAtStepZero() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin())))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(7), ""))
                .plus(EntryCheck.of(day(8), BodyRegion.SHIN, Side.LEFT, 0, 3, 0));
        Episode e = shin(h.on(day(8)));
        assertEquals(EpisodeStatus.CLEARED, e.status());
        assertEquals(0, e.returnToRun().orElseThrow().step());
        assertEquals("rtr-entry-not-passed", e.course().get(e.course().size() - 1).reason().ruleId());
    }

    @Test
    void aPainFreeStepLeadsToTheNextStepOnTheSecondDayAfter() {
        SorenessHistory h = onTheSteps().plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 2, false));
        ReturnToRunDay nextDay = h.on(day(9)).returnToRun().orElseThrow();
        assertEquals(2, nextDay.step());
        assertFalse(nextDay.runToday());
        assertEquals(Optional.of(day(10)), nextDay.nextRunOn());
        assertTrue(h.on(day(10)).returnToRun().orElseThrow().runToday());
    }

    @Test
    void painAboveTwoDuringAStepGoesBackOneStep() {
        SorenessHistory h = onTheSteps().plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 0, false))
                .plus(RunPain.of(day(10), BodyRegion.SHIN, Side.LEFT, 0, false))
                .plus(RunPain.of(day(12), BodyRegion.SHIN, Side.LEFT, 3, false));
        assertEquals(2, h.on(day(13)).returnToRun().orElseThrow().step());
        assertEquals("rtr-step-back", shin(h.on(day(13))).course().get(shin(h.on(day(13))).course().size() - 1).reason().ruleId());
    }

    @Test
    void painTheNextMorningGoesBackOneStepButNeverBelowTheFirst() {
        SorenessHistory h = onTheSteps().plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 1, true));
        assertEquals(1, h.on(day(9)).returnToRun().orElseThrow().step());
    }

    @Test
    void painAtRestDuringTheReturnMakesTheEpisodeRedAgain() {
        CheckIn atRest = CheckIn.ordinaryDoms(BodyRegion.SHIN, 2, 20).toBuilder().side(Side.LEFT)
                .symptom(Symptom.PAIN_AT_REST).build();
        SorenessHistory h = onTheSteps().plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 1, false)).plus(on(day(9), atRest));
        Episodes e = h.on(day(9));
        assertEquals(TriageLevel.RED, e.level());
        assertEquals("episode-red-again", shin(e).course().get(shin(e).course().size() - 1).reason().ruleId());
        assertTrue(e.returnToRun().isEmpty());
    }

    @Test
    void sevenPainFreeStepsCompleteTheReturnAndResolveTheEpisode() {
        SorenessHistory h = onTheSteps();
        for (int i = 0; i < 7; i++) {
            h = h.plus(RunPain.of(day(8 + 2 * i), BodyRegion.SHIN, Side.LEFT, 0, false));
        }
        Episodes e = h.on(day(21));
        assertEquals(EpisodeStatus.RESOLVED, shin(e).status());
        assertEquals("rtr-complete", shin(e).course().get(shin(e).course().size() - 1).reason().ruleId());
        assertEquals(TriageLevel.GREEN, e.level());
    }

    @Test
    void sevenDaysWithoutRunningCallsForAReturnToRunAndSixDoNot() {
        assertTrue(ReturnToRun.afterBreak(Optional.of(MON), day(7)));
        assertFalse(ReturnToRun.afterBreak(Optional.of(MON), day(6)));
        assertFalse(ReturnToRun.afterBreak(Optional.empty(), day(6)));
    }

    @Test
    void aClearanceCoversOnlyItsSide() {
        CheckIn both = redShin().toBuilder().side(Side.BOTH).build();
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, both)))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(3), ""));
        Episodes e = h.on(day(3));
        assertEquals(EpisodeStatus.CLEARED, e.openEpisode(BodyRegion.SHIN, Side.LEFT).orElseThrow().status());
        assertEquals(TriageLevel.RED, e.openEpisode(BodyRegion.SHIN, Side.RIGHT).orElseThrow().level());
        assertEquals(TriageLevel.RED, e.level());
    }

    @Test
    void clearingARegionWithNoOpenRedEpisodeIsRefusedNamingTheRegion() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, Histories.greenCalf())));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> h.checkClearance(Clearance.of(BodyRegion.CALF, Side.BOTH, MON, ""), MON));
        assertTrue(ex.getMessage().startsWith("region: 'calf' is not allowed"), ex.getMessage());
    }

    @Test
    void aClearanceDatedBeforeTheRedIsRefusedNamingTheDate() {
        SorenessHistory h = SorenessHistory.of(List.of(on(day(2), redShin())));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> h.checkClearance(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(1), ""), day(3)));
        assertTrue(ex.getMessage().startsWith("date: 2026-12-01 is not allowed"), ex.getMessage());
    }

    @Test
    void aClearanceInTheFutureIsRefused() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin())));
        assertThrows(IllegalArgumentException.class,
                () -> h.checkClearance(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(2), ""), day(1)));
    }

    @Test
    void aValidClearanceIsAccepted() {
        SorenessHistory.of(List.of(on(MON, redShin()))).checkClearance(Clearance.of(BodyRegion.SHIN, Side.BOTH, MON, ""), MON);
    }

    @Test
    void aCheckInDatedInTheFutureIsRefusedNamingTheDate() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> on(day(2), redShin()).notAfter(day(1)));
        assertEquals("date: 2026-12-02 is not allowed; expected today (2026-12-01) or earlier", ex.getMessage());
    }
}
