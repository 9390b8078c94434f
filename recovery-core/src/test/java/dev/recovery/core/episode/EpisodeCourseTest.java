package dev.recovery.core.episode;

import static dev.recovery.core.episode.Histories.MON;
import static dev.recovery.core.episode.Histories.amberCalf;
import static dev.recovery.core.episode.Histories.day;
import static dev.recovery.core.episode.Histories.on;
import static dev.recovery.core.episode.Histories.quietCalf;
import static dev.recovery.core.episode.Histories.redShin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The course of one episode where the order of events, the resolution count, the AMBER escalation
 * and painful runs meet: the paths between the rules' own boundaries.
 */
class EpisodeCourseTest {

    private static Episode leftCalf(Episodes e) {
        return e.all().stream().filter(x -> x.region() == BodyRegion.CALF && x.side() == Side.LEFT)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static Episode leftShin(Episodes e) {
        return e.all().stream().filter(x -> x.region() == BodyRegion.SHIN && x.side() == Side.LEFT)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static EpisodeChange lastChange(Episode e) {
        return e.course().get(e.course().size() - 1);
    }

    private static List<String> ruleIds(Episode e) {
        return e.course().stream().map(c -> c.reason().ruleId()).toList();
    }

    // --- order within a day ------------------------------------------------------------------------

    @Test
    void checkInsOfOneDayCountInTheOrderTheyWereMade() {
        Episodes sore = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(MON, quietCalf(0)))).on(MON);
        assertEquals(EpisodeStatus.RESOLVED, leftCalf(sore).status());

        Episodes soreLast = SorenessHistory.of(List.of(on(MON, quietCalf(0)), on(MON, amberCalf(4, Trend.UNCHANGED)))).on(MON);
        assertEquals(TriageLevel.AMBER, leftCalf(soreLast).level());
        assertTrue(leftCalf(soreLast).isOpen());
    }

    @Test
    void runsOfOneDayCountInTheOrderTheyWereLogged() {
        SorenessHistory steps = ReturnToRunTest.onTheSteps();
        SorenessHistory goodThenBad = steps.plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 0, false))
                .plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 4, false));
        SorenessHistory badThenGood = steps.plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 4, false))
                .plus(RunPain.of(day(8), BodyRegion.SHIN, Side.LEFT, 0, false));
        assertEquals(1, goodThenBad.on(day(9)).returnToRun().orElseThrow().step());
        assertEquals(2, badThenGood.on(day(9)).returnToRun().orElseThrow().step());
    }

    @Test
    void entryAnswersOfOneDayCountInTheOrderTheyWereGiven() {
        SorenessHistory cleared = SorenessHistory.of(List.of(on(MON, redShin())))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(7), ""));
        SorenessHistory failedThenPassed = cleared.plus(EntryCheck.of(day(8), BodyRegion.SHIN, Side.LEFT, 4, 0, 0))
                .plus(EntryCheck.of(day(8), BodyRegion.SHIN, Side.LEFT, 0, 0, 0));
        assertEquals(List.of("episode-red-sticky", "episode-cleared", "rtr-entry-not-passed", "rtr-entry-passed"),
                ruleIds(leftShin(failedThenPassed.on(day(8)))));
    }

    @Test
    void ofTwoClearancesOnOneDayTheFirstRecordedIsTheOneThatCounts() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin())))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(5), "physio: fine"))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(5), "doctor: fine"));
        EpisodeChange cleared = lastChange(leftShin(h.on(day(5))));
        assertEquals("episode-cleared", cleared.reason().ruleId());
        assertTrue(cleared.reason().message().contains("(physio: fine)"), cleared.reason().message());
        assertFalse(cleared.reason().message().contains("doctor: fine"), cleared.reason().message());
    }

    @Test
    void aClearanceWithoutANoteSaysNothingInBrackets() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin())))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(5), " "));
        String message = lastChange(leftShin(h.on(day(5)))).reason().message();
        assertTrue(message.contains("on " + day(5) + ". Not back to full training"), message);
    }

    @Test
    void aClearanceBeforeTheEpisodeTurnedRedClearsNothing() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)),
                on(day(3), amberCalf(4, Trend.UNCHANGED))))
                .plus(Clearance.of(BodyRegion.CALF, Side.LEFT, day(2), ""));
        Episode calf = leftCalf(h.on(day(4)));
        assertEquals(TriageLevel.RED, calf.level());
        assertEquals(EpisodeStatus.OPEN, calf.status());
    }

    @Test
    void aClearanceOnTheDayTheEpisodeTurnedRedClearsIt() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)),
                on(day(3), amberCalf(4, Trend.UNCHANGED))))
                .plus(Clearance.of(BodyRegion.CALF, Side.LEFT, day(3), ""));
        assertEquals(EpisodeStatus.CLEARED, leftCalf(h.on(day(3))).status());
    }

    // --- resolution --------------------------------------------------------------------------------

    @Test
    void aPainfulCheckInBetweenTwoQuietDaysRestartsTheCount() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(1)),
                on(day(2), amberCalf(4, Trend.IMPROVING)), on(day(3), quietCalf(1)))).on(day(3));
        assertTrue(leftCalf(e).isOpen());
        assertEquals(TriageLevel.AMBER, leftCalf(e).level());
    }

    @Test
    void aReopenedEpisodeCountsItsQuietDaysAfresh() {
        // Pain 1 on one side is AMBER, so it reopens the calf; it is the first quiet day of the new course.
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(1)),
                on(day(2), quietCalf(1)), on(day(5), quietCalf(1)))).on(day(5));
        Episode calf = leftCalf(e);
        assertEquals("episode-recurrence-within-14-days", calf.course().get(2).reason().ruleId());
        assertTrue(calf.isOpen());
    }

    @Test
    void aQuietCheckInAfterAPainfulRunReopenedTheEpisodeDoesNotResolveItAlone() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(1)),
                on(day(2), quietCalf(1))))
                .plus(RunPain.of(day(4), BodyRegion.CALF, Side.LEFT, 7, false))
                .plus(on(day(5), quietCalf(1)));
        assertTrue(leftCalf(h.on(day(5))).isOpen());
    }

    @Test
    void aPainfulRunBackWithinTwoWeeksReopensTheEpisodeAsARecurrence() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(0))))
                .plus(RunPain.of(day(4), BodyRegion.CALF, Side.LEFT, 7, false));
        EpisodeChange reopened = lastChange(leftCalf(h.on(day(4))));
        assertEquals("episode-recurrence-within-14-days", reopened.reason().ruleId());
        assertEquals(TriageLevel.AMBER, reopened.level());
        assertTrue(reopened.reason().message().contains("hurt the calf (left) 7/10"), reopened.reason().message());
    }

    @Test
    void aRedCheckInBackWithinTwoWeeksReopensTheEpisodeAsStickyRed() {
        CheckIn atRest = quietCalf(3).withSymptom(dev.recovery.core.triage.Symptom.PAIN_AT_REST);
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(0)),
                on(day(4), atRest))).on(day(4));
        EpisodeChange reopened = lastChange(leftCalf(e));
        assertEquals("episode-red-sticky", reopened.reason().ruleId());
        assertTrue(reopened.reason().message().startsWith("The calf (left) is back again within two weeks"),
                reopened.reason().message());
    }

    @Test
    void aReopenedEpisodeMeasuresItsEscalationFromItsNewFirstAmber() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(0)),
                on(day(4), amberCalf(4, Trend.UNCHANGED)), on(day(5), amberCalf(4, Trend.UNCHANGED)))).on(day(5));
        assertEquals(TriageLevel.AMBER, leftCalf(e).level());
    }

    // --- AMBER escalation: unchanged or worse 72 h after the first AMBER ---------------------------

    @Test
    void anAmberGettingWorseEscalatesEvenAtALowerPain() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(5, Trend.UNCHANGED)), on(day(3), amberCalf(4, Trend.WORSE))))
                .on(day(3));
        assertEquals(TriageLevel.RED, leftCalf(e).level());
    }

    @Test
    void anAmberAtALowerPainCalledUnchangedDoesNotEscalate() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(5, Trend.UNCHANGED)), on(day(3), amberCalf(4, Trend.UNCHANGED))))
                .on(day(3));
        assertEquals(TriageLevel.AMBER, leftCalf(e).level());
    }

    @Test
    void anAmberAtTheSamePainButImprovingDoesNotEscalate() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(3), amberCalf(4, Trend.IMPROVING))))
                .on(day(3));
        assertEquals(TriageLevel.AMBER, leftCalf(e).level());
    }

    @Test
    void anAmberAtAHigherPainEscalatesEvenIfCalledImproving() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(3), amberCalf(5, Trend.IMPROVING))))
                .on(day(3));
        assertEquals(TriageLevel.RED, leftCalf(e).level());
    }

    @Test
    void anEpisodeOpenedByAPainfulRunEscalatesWhenUnchangedThreeDaysAfterTheRun() {
        SorenessHistory h = SorenessHistory.empty().plus(RunPain.of(MON, BodyRegion.CALF, Side.LEFT, 6, false))
                .plus(on(day(1), amberCalf(4, Trend.UNCHANGED))).plus(on(day(3), amberCalf(4, Trend.UNCHANGED)));
        Episode calf = leftCalf(h.on(day(3)));
        assertEquals(TriageLevel.RED, calf.level());
        assertEquals("episode-amber-escalated-72h", lastChange(calf).reason().ruleId());
    }

    @Test
    void anEpisodeOpenedByAPainfulRunThatIsImprovingDoesNotEscalate() {
        SorenessHistory h = SorenessHistory.empty().plus(RunPain.of(MON, BodyRegion.CALF, Side.LEFT, 6, false))
                .plus(on(day(3), amberCalf(5, Trend.IMPROVING)));
        assertEquals(TriageLevel.AMBER, leftCalf(h.on(day(3))).level());
    }

    @Test
    void aPainfulRunDoesNotRestartTheEscalationClockOfAnAmberEpisode() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED))))
                .plus(RunPain.of(day(1), BodyRegion.CALF, Side.LEFT, 6, false))
                .plus(on(day(3), amberCalf(4, Trend.UNCHANGED)));
        assertEquals(TriageLevel.RED, leftCalf(h.on(day(3))).level());
    }

    // --- painful runs ------------------------------------------------------------------------------

    @Test
    void aPainfulRunNeverLowersARedEpisode() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin())))
                .plus(RunPain.of(day(1), BodyRegion.SHIN, Side.LEFT, 8, true));
        Episode shin = leftShin(h.on(day(1)));
        assertEquals(TriageLevel.RED, shin.level());
        assertEquals(List.of("episode-red-sticky"), ruleIds(shin));
        assertEquals(1, shin.runs().size());
    }

    @Test
    void aPainfulRunOnAnAmberEpisodeKeepsItAmberWithoutANewChange() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED))))
                .plus(RunPain.of(day(1), BodyRegion.CALF, Side.LEFT, 6, false));
        Episode calf = leftCalf(h.on(day(1)));
        assertEquals(TriageLevel.AMBER, calf.level());
        assertEquals(List.of("episode-opened"), ruleIds(calf));
        assertEquals(1, calf.runs().size());
    }

    @Test
    void anAcceptableRunIsKeptWithItsOpenEpisode() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED))))
                .plus(RunPain.of(day(1), BodyRegion.CALF, Side.LEFT, 3, false));
        Episode calf = leftCalf(h.on(day(1)));
        assertEquals(1, calf.runs().size());
        assertEquals(List.of("episode-opened"), ruleIds(calf));
    }

    @Test
    void aRunWorseTheNextMorningSaysSo() {
        SorenessHistory h = SorenessHistory.empty().plus(RunPain.of(MON, BodyRegion.CALF, Side.LEFT, 3, true));
        String message = lastChange(leftCalf(h.on(MON))).reason().message();
        assertTrue(message.contains("hurt the calf (left) 3/10 during it and left it worse the next morning"), message);
    }

    @Test
    void aRunThatHurtOnlyDuringItSaysNothingOfTheNextMorning() {
        SorenessHistory h = SorenessHistory.empty().plus(RunPain.of(MON, BodyRegion.CALF, Side.LEFT, 6, false));
        String message = lastChange(leftCalf(h.on(MON))).reason().message();
        assertFalse(message.contains("next morning"), message);
    }

    // --- the steps of the return to run ------------------------------------------------------------

    private static SorenessHistory painFreeSteps(int count) {
        SorenessHistory h = ReturnToRunTest.onTheSteps();
        for (int i = 0; i < count; i++) {
            h = h.plus(RunPain.of(day(8 + 2 * i), BodyRegion.SHIN, Side.LEFT, 0, false));
        }
        return h;
    }

    @Test
    void sixPainFreeStepsLeaveTheLastStepToRun() {
        Episode shin = leftShin(painFreeSteps(6).on(day(20)));
        assertEquals(EpisodeStatus.RETURN_TO_RUN, shin.status());
        assertEquals(7, shin.returnToRun().orElseThrow().step());
    }

    @Test
    void theShinBackWithinTwoWeeksOfCompletingTheReturnReopensTheEpisode() {
        CheckIn sore = CheckIn.ordinaryDoms(BodyRegion.SHIN, 2, 30).toBuilder().side(Side.LEFT).build();
        Episodes e = painFreeSteps(7).plus(on(day(25), sore)).on(day(25));
        assertEquals(1, e.all().stream().filter(x -> x.region() == BodyRegion.SHIN && x.side() == Side.LEFT).count());
        assertEquals("episode-recurrence-within-14-days", lastChange(leftShin(e)).reason().ruleId());
    }

    @Test
    void aStepBackSaysWhichStepToGoBackToAndWhy() {
        SorenessHistory h = painFreeSteps(2).plus(RunPain.of(day(12), BodyRegion.SHIN, Side.LEFT, 1, true));
        String message = lastChange(leftShin(h.on(day(12)))).reason().message();
        assertTrue(message.contains("Step 3 on " + day(12) + " hurt 1/10 during it and was worse the next morning: go back "
                + "to step 2, " + ReturnToRun.STEPS.get(1).describe()), message);
    }

    @Test
    void aPainfulStepWithoutAWorseMorningSaysOnlyThePain() {
        SorenessHistory h = painFreeSteps(2).plus(RunPain.of(day(12), BodyRegion.SHIN, Side.LEFT, 4, false));
        String message = lastChange(leftShin(h.on(day(12)))).reason().message();
        assertTrue(message.contains("hurt 4/10 during it: go back to step 2"), message);
    }

    @Test
    void aDoneStepNamesTheNextOne() {
        String message = lastChange(leftShin(painFreeSteps(1).on(day(8)))).reason().message();
        assertTrue(message.contains("Step 1 was pain-free on " + day(8) + ": step 2 is next, "
                + ReturnToRun.STEPS.get(1).describe()), message);
    }
}
