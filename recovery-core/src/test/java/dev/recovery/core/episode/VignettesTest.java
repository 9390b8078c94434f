package dev.recovery.core.episode;

import static dev.recovery.core.episode.Histories.MON;
import static dev.recovery.core.episode.Histories.day;
import static dev.recovery.core.episode.Histories.greenCalf;
import static dev.recovery.core.episode.Histories.on;
import static dev.recovery.core.episode.Histories.redShin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.triage.Urgency;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-day sessions written from the rules, as a runner would live them. */
class VignettesTest {

    @Test
    void aShinRedWithPainAtRestIsStillRedTheDayAfterAnOrdinaryCalfAche() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin()), on(day(1), greenCalf())));
        Episodes e = h.on(day(1));
        assertEquals(TriageLevel.RED, e.level());
        assertEquals(TriageLevel.RED, e.openEpisode(BodyRegion.SHIN, Side.LEFT).orElseThrow().level());
        assertEquals(TriageLevel.GREEN, e.openEpisode(BodyRegion.CALF, Side.LEFT).orElseThrow().level());
    }

    @Test
    void theShinStaysRedUntilClearedThenReadinessShowsTheEntryQuestions() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin()), on(day(1), greenCalf()),
                on(day(5), CheckIn.ordinaryDoms(BodyRegion.SHIN, 0, 100).toBuilder().side(Side.LEFT).build())));
        assertEquals(TriageLevel.RED, h.on(day(6)).level());
        Episodes cleared = h.plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(7), "x-ray clear")).on(day(7));
        Episode shin = cleared.openEpisode(BodyRegion.SHIN, Side.LEFT).orElseThrow();
        assertEquals(EpisodeStatus.CLEARED, shin.status());
        assertEquals(0, cleared.returnToRun().orElseThrow().step());
    }

    @Test
    void afterClearanceAndPainFreeEntryTheFirstStepIsOneMinuteRunFourWalkSixTimes() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin())))
                .plus(Clearance.of(BodyRegion.SHIN, Side.LEFT, day(10), ""))
                .plus(EntryCheck.of(day(11), BodyRegion.SHIN, Side.LEFT, 0, 1, 2));
        ReturnToRunDay today = h.on(day(11)).returnToRun().orElseThrow();
        assertEquals(1, today.step());
        assertEquals(7, today.of());
        assertTrue(today.runToday());
        assertTrue(today.today().contains("run 1 min, walk 4 min, 6 times"), today.today());
        assertEquals(TriageLevel.AMBER, h.on(day(11)).level());
    }

    @Test
    void aPossibleClotOfTheCalfIsRedSameDay() {
        CheckIn calf = CheckIn.ordinaryDoms(BodyRegion.CALF, 3, 30).toBuilder().side(Side.RIGHT)
                .symptom(dev.recovery.core.triage.Symptom.SWELLING, dev.recovery.core.triage.Symptom.WARMTH).build();
        Episodes e = SorenessHistory.of(List.of(on(MON, calf))).on(MON);
        assertEquals(TriageLevel.RED, e.level());
        assertEquals(Urgency.SAME_DAY, e.urgency().orElseThrow());
    }

    @Test
    void aPeakWeekCalfOnMondayTuesdayThursdayAndAShinOnWednesdayAreFollowedApart() {
        CheckIn calfMon = CheckIn.ordinaryDoms(BodyRegion.CALF, 4, 20).toBuilder().side(Side.RIGHT).build();
        CheckIn calfTue = CheckIn.ordinaryDoms(BodyRegion.CALF, 4, 44).toBuilder().side(Side.RIGHT)
                .trend(dev.recovery.core.triage.Trend.UNCHANGED).build();
        CheckIn shinWed = CheckIn.ordinaryDoms(BodyRegion.SHIN, 3, 20).toBuilder().side(Side.LEFT).build();
        CheckIn calfThu = CheckIn.ordinaryDoms(BodyRegion.CALF, 4, 20).toBuilder().side(Side.RIGHT)
                .trend(dev.recovery.core.triage.Trend.UNCHANGED).build();
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, calfMon), on(day(1), calfTue), on(day(2), shinWed),
                on(day(3), calfThu)));
        Episodes wed = h.on(day(2));
        assertEquals(TriageLevel.AMBER, wed.level());
        assertEquals(2, wed.open().size());
        Episodes thu = h.on(day(3));
        assertEquals(TriageLevel.RED, thu.openEpisode(BodyRegion.CALF, Side.RIGHT).orElseThrow().level());
        assertEquals(TriageLevel.AMBER, thu.openEpisode(BodyRegion.SHIN, Side.LEFT).orElseThrow().level());
        assertTrue(thu.openEpisode(BodyRegion.SHIN, Side.LEFT).orElseThrow().recheckDue());
    }

    @Test
    void aBenignLookingAchillesAcheIsNeverGreenAndItsEpisodeWaitsForAPainFreeDay() {
        CheckIn achilles = CheckIn.ordinaryDoms(BodyRegion.ACHILLES, 2, 30);
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, achilles), on(day(1), achilles.withPain(dev.recovery.core.unit.PainScore.of(1)))));
        assertEquals(TriageLevel.AMBER, h.on(day(1)).level());
        Episodes later = h.plus(on(day(2), achilles.withPain(dev.recovery.core.unit.PainScore.of(0)))).on(day(2));
        assertEquals(TriageLevel.GREEN, later.level());
        assertTrue(later.open().isEmpty());
    }

    @Test
    void aCalfBackTenDaysAfterSettlingSaysBackAgainWithinTwoWeeks() {
        CheckIn calf = CheckIn.ordinaryDoms(BodyRegion.CALF, 4, 30);
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, calf), on(day(1), calf.withPain(dev.recovery.core.unit.PainScore.of(0))),
                on(day(11), calf)));
        Episode left = h.on(day(11)).openEpisode(BodyRegion.CALF, Side.LEFT).orElseThrow();
        assertTrue(left.course().get(left.course().size() - 1).reason().message().contains("back again within two weeks"));
        assertEquals(MON, left.opened());
    }
}
