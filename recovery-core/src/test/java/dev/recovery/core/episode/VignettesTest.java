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
}
