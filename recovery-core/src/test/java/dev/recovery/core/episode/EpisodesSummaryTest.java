package dev.recovery.core.episode;

import static dev.recovery.core.episode.Histories.MON;
import static dev.recovery.core.episode.Histories.amberCalf;
import static dev.recovery.core.episode.Histories.day;
import static dev.recovery.core.episode.Histories.on;
import static dev.recovery.core.episode.Histories.quietCalf;
import static dev.recovery.core.episode.Histories.redShin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.triage.Urgency;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the episodes of a day tell a runner together: names, dates, the levels by region and the urgency. */
class EpisodesSummaryTest {

    /** A calf that cannot bear weight: RED, to be seen the same day. */
    private static CheckIn sameDayCalf() {
        return quietCalf(3).withSymptom(Symptom.CANNOT_BEAR_WEIGHT);
    }

    @Test
    void anEpisodeIsNamedByItsRegionAndSide() {
        Episode shin = SorenessHistory.of(List.of(on(MON, redShin()))).on(MON).all().get(0);
        assertEquals("shin (left)", shin.name());
    }

    @Test
    void theLastCheckInIsTheDayOfTheNewestCheckIn() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(1), amberCalf(4, Trend.IMPROVING))))
                .on(day(2));
        assertEquals(Optional.of(day(1)), e.all().get(0).lastCheckIn());
    }

    @Test
    void anEpisodeOpenedByARunHasNoCheckInAndIsDueARecheckFromItsOpening() {
        Episodes e = SorenessHistory.empty().plus(RunPain.of(MON, BodyRegion.CALF, Side.LEFT, 7, false)).on(day(1));
        Episode calf = e.all().get(0);
        assertEquals(Optional.empty(), calf.lastCheckIn());
        assertTrue(calf.recheckDue());
        String last = e.reasons().get(e.reasons().size() - 1).message();
        assertTrue(last.contains("has had no check-in since " + MON), last);
    }

    @Test
    void aResolvedEpisodeSaysWhenItResolvedAndAnOpenOneDoesNot() {
        Episodes e = SorenessHistory.of(List.of(on(MON, amberCalf(4, Trend.UNCHANGED)), on(day(2), quietCalf(0)),
                on(day(3), redShin()))).on(day(3));
        assertEquals(Optional.of(day(2)), e.all().get(0).resolvedOn());
        assertEquals(Optional.empty(), e.all().get(1).resolvedOn());
    }

    @Test
    void theOpenLevelsNameEachAmberOrRedRegionAtItsWorst() {
        CheckIn rightShinAmber = CheckIn.ordinaryDoms(BodyRegion.SHIN, 2, 30).toBuilder().side(Side.RIGHT).build();
        Episodes e = SorenessHistory.of(List.of(on(MON, rightShinAmber), on(MON, redShin()),
                on(MON, amberCalf(4, Trend.UNCHANGED)), on(MON, CheckIn.ordinaryDoms(BodyRegion.HAMSTRING, 2, 30)))).on(MON);
        assertEquals(Map.of(BodyRegion.SHIN, TriageLevel.RED, BodyRegion.CALF, TriageLevel.AMBER), e.openLevels());
    }

    @Test
    void theOpenLevelsAreEmptyWhenNothingIsAmberOrRed() {
        Episodes e = SorenessHistory.of(List.of(on(MON, CheckIn.ordinaryDoms(BodyRegion.HAMSTRING, 2, 30)))).on(MON);
        assertEquals(Map.of(), e.openLevels());
        assertThrows(UnsupportedOperationException.class, () -> e.openLevels().put(BodyRegion.CALF, TriageLevel.RED));
    }

    @Test
    void ofTwoRedEpisodesTheMoreUrgentSetsTheUrgency() {
        Episodes sameDayFirst = SorenessHistory.of(List.of(on(MON, sameDayCalf()), on(MON, redShin()))).on(MON);
        Episodes sameDayLast = SorenessHistory.of(List.of(on(MON, redShin()), on(MON, sameDayCalf()))).on(MON);
        assertEquals(Optional.of(Urgency.SAME_DAY), sameDayFirst.urgency());
        assertEquals(Optional.of(Urgency.SAME_DAY), sameDayLast.urgency());
    }

    @Test
    void aRedAgainIsAsUrgentAsItsOwnCheckInsNotTheOnesBeforeTheClearance() {
        CheckIn atRest = quietCalf(3).withSymptom(Symptom.PAIN_AT_REST);
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, sameDayCalf())))
                .plus(Clearance.of(BodyRegion.CALF, Side.LEFT, day(5), ""))
                .plus(on(day(6), atRest));
        Episodes e = h.on(day(6));
        assertEquals(TriageLevel.RED, e.level());
        assertEquals(Optional.of(Urgency.SOON), e.urgency());
    }

    @Test
    void clearingARegionThatIsNotRedNamesTheRedOnes() {
        SorenessHistory h = SorenessHistory.of(List.of(on(MON, redShin())));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> h.checkClearance(Clearance.of(BodyRegion.CALF, Side.LEFT, MON, ""), MON));
        assertEquals("region: 'calf (left)' is not allowed; expected a region with an open RED episode: shin (left)",
                ex.getMessage());
    }

    @Test
    void clearingBeforeTheRedBeganNamesTheDayItBegan() {
        SorenessHistory h = SorenessHistory.of(List.of(on(day(2), redShin())));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> h.checkClearance(Clearance.of(BodyRegion.SHIN, Side.BOTH, day(1), ""), day(3)));
        assertEquals("date: 2026-12-01 is not allowed; expected a day on or after the RED began ([shin (left) RED since "
                + "2026-12-02])", ex.getMessage());
    }
}
