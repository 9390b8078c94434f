package dev.recovery.core.episode;

import static dev.recovery.core.episode.Histories.MON;
import static dev.recovery.core.episode.Histories.amberCalf;
import static dev.recovery.core.episode.Histories.day;
import static dev.recovery.core.episode.Histories.greenCalf;
import static dev.recovery.core.episode.Histories.on;
import static dev.recovery.core.episode.Histories.quietCalf;
import static dev.recovery.core.episode.Histories.redShin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the course of an episode, at its boundaries. */
class EpisodeRulesTest {

    private static Episode leftCalf(Episodes e) {
        return e.all().stream().filter(x -> x.region() == BodyRegion.CALF && x.side() == Side.LEFT)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static List<String> ruleIds(Episode e) {
        List<String> ids = new ArrayList<>();
        for (EpisodeChange c : e.course()) {
            ids.add(c.reason().ruleId());
        }
        return ids;
    }

    @Test
    void aPainFreeCheckInWithoutSignsOpensNoEpisode() {
        Episodes e = SorenessHistory.of(List.of(on(MON, CheckIn.ordinaryDoms(BodyRegion.SHIN, 0, 30)))).on(MON);
        assertTrue(e.all().isEmpty());
        assertEquals(TriageLevel.GREEN, e.level());
    }

    @Test
    void aBothSidedCheckInBelongsToTheLeftAndTheRightEpisode() {
        Episodes e = SorenessHistory.of(List.of(on(MON, greenCalf()))).on(MON);
        assertEquals(List.of(Side.LEFT, Side.RIGHT), e.all().stream().map(Episode::side).toList());
        assertEquals("episode-opened", e.all().get(0).course().get(0).reason().ruleId());
    }

    @Test
    void aRedEpisodeStaysRedUnderLaterPainFreeCheckIns() {
        List<DatedCheckIn> days = new ArrayList<>(List.of(on(MON, redShin())));
        for (int i = 1; i <= 10; i++) {
            days.add(on(day(i), CheckIn.ordinaryDoms(BodyRegion.SHIN, 0, 100).toBuilder().side(Side.LEFT).build()));
        }
        Episode shin = SorenessHistory.of(days).on(day(10)).openEpisode(BodyRegion.SHIN, Side.LEFT).orElseThrow();
        assertEquals(TriageLevel.RED, shin.level());
        assertEquals(EpisodeStatus.OPEN, shin.status());
        assertEquals(List.of("episode-red-sticky"), ruleIds(shin));
        assertTrue(shin.course().get(0).reason().message().contains("stays RED"), shin.course().get(0).reason().message());
    }

    @Test
    void anAmberUnchangedTwoDaysAfterItsFirstAmberCheckInIsStillAmber() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(2), amberCalf(4, Trend.UNCHANGED))))
                .on(day(2));
        assertEquals(TriageLevel.AMBER, leftCalf(e).level());
    }

    @Test
    void anAmberUnchangedSeventyTwoHoursAfterItsFirstAmberCheckInBecomesRed() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(3), amberCalf(4, Trend.UNCHANGED))))
                .on(day(3));
        assertEquals(TriageLevel.RED, leftCalf(e).level());
        assertEquals("episode-amber-escalated-72h", ruleIds(leftCalf(e)).get(1));
    }

    @Test
    void anAmberWorseSeventyTwoHoursOnBecomesRed() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(4), amberCalf(5, Trend.WORSE))))
                .on(day(4));
        assertEquals(TriageLevel.RED, leftCalf(e).level());
    }

    @Test
    void anAmberThatImprovesByItsOwnCourseDoesNotEscalate() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(5, Trend.UNCHANGED)), on(day(3), amberCalf(4, Trend.IMPROVING))))
                .on(day(3));
        assertEquals(TriageLevel.AMBER, leftCalf(e).level());
    }

    @Test
    void anAmberEpisodeIsNotDueARecheckOnTheDayOfItsCheckIn() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)))).on(MON);
        assertFalse(leftCalf(e).recheckDue());
    }

    @Test
    void anAmberEpisodeWithNoCheckInForMoreThanADayIsDueARecheckAndStaysOpen() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)))).on(day(1));
        assertTrue(leftCalf(e).recheckDue());
        assertTrue(leftCalf(e).isOpen());
        assertTrue(e.reasons().stream().map(Reason::ruleId).toList().contains("episode-recheck-due"));
    }

    @Test
    void aGreenCheckInAtPainZeroResolvesTheEpisode() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(0)))).on(day(1));
        assertEquals(EpisodeStatus.RESOLVED, leftCalf(e).status());
        assertEquals("episode-resolved-pain-free", ruleIds(leftCalf(e)).get(ruleIds(leftCalf(e)).size() - 1));
    }

    @Test
    void oneQuietCheckInDoesNotResolve() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(1)))).on(day(1));
        assertTrue(leftCalf(e).isOpen());
    }

    @Test
    void twoQuietCheckInsOnTheSameDayDoNotResolve() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(1)),
                on(day(1), quietCalf(1)))).on(day(1));
        assertTrue(leftCalf(e).isOpen());
    }

    @Test
    void twoQuietCheckInsOnSeparateDaysResolve() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(1)),
                on(day(2), quietCalf(1)))).on(day(2));
        assertEquals(EpisodeStatus.RESOLVED, leftCalf(e).status());
        assertEquals("episode-resolved-two-quiet-days", ruleIds(leftCalf(e)).get(ruleIds(leftCalf(e)).size() - 1));
    }

    @Test
    void aQuietCheckInWithAFlagDoesNotCountTowardsResolution() {
        CheckIn flagged = quietCalf(1).withSymptom(Symptom.BONE_TENDER);
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(1)),
                on(day(2), flagged))).on(day(2));
        assertTrue(leftCalf(e).isOpen());
    }

    @Test
    void theSameRegionBackFourteenDaysAfterResolvingReopensTheEpisode() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(0)),
                on(day(15), amberCalf(4, Trend.UNCHANGED)))).on(day(15));
        long leftEpisodes = e.all().stream().filter(x -> x.side() == Side.LEFT).count();
        assertEquals(1, leftEpisodes);
        EpisodeChange reopened = leftCalf(e).course().get(leftCalf(e).course().size() - 1);
        assertEquals("episode-recurrence-within-14-days", reopened.reason().ruleId());
        assertTrue(reopened.reason().message().contains("back again within two weeks"), reopened.reason().message());
        assertEquals(TriageLevel.AMBER, e.level());
    }

    @Test
    void theSameRegionBackFifteenDaysAfterResolvingIsANewEpisode() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(0)),
                on(day(16), amberCalf(4, Trend.UNCHANGED)))).on(day(16));
        assertEquals(2, e.all().stream().filter(x -> x.side() == Side.LEFT).count());
        assertEquals("episode-opened", leftCalf(e).course().get(0).reason().ruleId());
    }

    private static List<DatedCheckIn> threeCalfEpisodes(int thirdDay) {
        return List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), quietCalf(0)),
                on(day(20), amberCalf(4, Trend.UNCHANGED)), on(day(21), quietCalf(0)),
                on(day(thirdDay), greenCalf()));
    }

    @Test
    void aThirdEpisodeOfOneRegionWithinSixWeeksIsAmberAtLeast() {
        Episodes e = SorenessHistory.of(threeCalfEpisodes(42)).on(day(42));
        assertEquals(TriageLevel.AMBER, e.level());
        assertEquals("episode-third-within-6-weeks", leftCalf(e).course().get(0).reason().ruleId());
    }

    @Test
    void aThirdEpisodeJustOutsideSixWeeksIsJudgedOnItsOwn() {
        Episodes e = SorenessHistory.of(threeCalfEpisodes(43)).on(day(43));
        assertEquals(TriageLevel.GREEN, e.level());
    }

    @Test
    void aRunWithPainAboveFiveMakesTheRegionAmber() {
        SorenessHistory h = SorenessHistory.empty().plus(RunPain.of(MON, BodyRegion.ACHILLES, Side.RIGHT, 6, false));
        Episodes e = h.on(MON);
        assertEquals(TriageLevel.AMBER, e.level());
        assertEquals("episode-run-pain", e.all().get(0).course().get(0).reason().ruleId());
    }

    @Test
    void aRunWithPainOfFiveSettledByTheNextMorningChangesNothing() {
        assertTrue(SorenessHistory.empty().plus(RunPain.of(MON, BodyRegion.CALF, Side.RIGHT, 5, false)).on(MON).all().isEmpty());
    }

    @Test
    void aRunLeavingTheRegionWorseTheNextMorningKeepsAGreenEpisodeAmber() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, greenCalf())))
                .plus(RunPain.of(day(1), BodyRegion.CALF, Side.LEFT, 3, true))
                .plus(on(day(2), CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 20)));
        Episodes e = h.on(day(2));
        assertEquals(TriageLevel.AMBER, leftCalf(e).level());
        assertEquals(TriageLevel.GREEN, e.openEpisode(BodyRegion.CALF, Side.RIGHT).orElseThrow().level());
        assertTrue(ruleIds(leftCalf(e)).contains("episode-run-pain"));
    }

    @Test
    void aGreenCheckInOfOneRegionNeverLowersAnotherRegionsAmber() {
        Episodes e = SorenessHistory.of(List.of(on(MON, CheckIn.ordinaryDoms(BodyRegion.KNEE, 4, 30)),
                on(day(0), greenCalf()))).on(MON);
        assertEquals(TriageLevel.AMBER, e.level());
    }

    @Test
    void everyChangeCarriesAKnownRuleIdAndASource() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin()), on(day(1), amberCalf(4, Trend.UNCHANGED)),
                on(day(4), amberCalf(4, Trend.UNCHANGED))))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(5), ""))
                .plus(EntryCheck.of(day(6), BodyRegion.SHIN, Side.LEFT, 0, 0, 0))
                .plus(RunPain.of(day(6), BodyRegion.SHIN, Side.LEFT, 1, false));
        List<String> known = new ArrayList<>();
        EpisodeRules.ALL.forEach(r -> known.add(r.id()));
        ReturnToRun.RULES.forEach(r -> known.add(r.id()));
        for (Episode e : h.on(day(7)).all()) {
            for (EpisodeChange c : e.course()) {
                assertTrue(known.contains(c.reason().ruleId()), c.reason().ruleId());
                assertTrue(c.reason().source() != null);
            }
        }
    }
}
