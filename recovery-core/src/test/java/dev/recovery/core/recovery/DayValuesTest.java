package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.DATE;
import static dev.recovery.core.recovery.Days.easy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.RunType;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A recovery day as a value: its copies, its phase names and its doses. */
class DayValuesTest {

    @Test
    void aDayWithoutSessionsIsARestDayUntilOneIsAdded() {
        RecoveryDay rest = RecoveryDay.of(DATE, TrainingPhase.BUILD);
        assertTrue(rest.isRestDay());
        RecoveryDay run = rest.plusSession(easy(40));
        assertFalse(run.isRestDay());
        assertEquals(List.of(easy(40)), run.sessions());
    }

    @Test
    void withPhaseChangesOnlyThePhase() {
        RecoveryDay day = RecoveryDay.of(DATE, TrainingPhase.BUILD, List.of(easy(40))).withPhase(TrainingPhase.TAPER);
        assertEquals(TrainingPhase.TAPER, day.phase());
        assertEquals(1, day.sessions().size());
    }

    @Test
    void openEpisodesAreCarriedOneByOneOrTogether() {
        RecoveryDay one = RecoveryDay.of(DATE, TrainingPhase.BUILD).plusOpenEpisode(BodyRegion.KNEE, TriageLevel.AMBER);
        assertEquals(Map.of(BodyRegion.KNEE, TriageLevel.AMBER), one.openEpisodes());
        RecoveryDay two = RecoveryDay.of(DATE, TrainingPhase.BUILD)
                .plusOpenEpisodes(Map.of(BodyRegion.KNEE, TriageLevel.AMBER, BodyRegion.SHIN, TriageLevel.RED));
        assertEquals(Map.of(BodyRegion.KNEE, TriageLevel.AMBER, BodyRegion.SHIN, TriageLevel.RED), two.openEpisodes());
    }

    @Test
    void phasesParseFromTheirIdsAndThePlansNames() {
        for (TrainingPhase p : TrainingPhase.values()) {
            assertEquals(p, TrainingPhase.parse(p.id()));
        }
        assertEquals("race-week", TrainingPhase.RACE_WEEK.id());
        assertEquals(TrainingPhase.DELOAD, TrainingPhase.parse(" Cutback "));
        assertEquals(TrainingPhase.RACE_WEEK, TrainingPhase.parse("race"));
        assertThrows(IllegalArgumentException.class, () -> TrainingPhase.parse("recovery"));
        assertThrows(IllegalArgumentException.class, () -> TrainingPhase.parse(null));
    }

    @Test
    void aDoseCanTakeNewMinutesAndKeepItsMeasures() {
        Dose dose = Dose.ofMinutes(5, 10).with(Measure.HOLD_SECONDS, 20, 30).withMinutes(DoseRange.of(2, 3));
        assertEquals(DoseRange.of(2, 3), dose.minutes());
        assertEquals(DoseRange.of(20, 30), dose.measures().get(Measure.HOLD_SECONDS));
    }

    @Test
    void aRaceRunIsHardAndAnEasyOneIsNot() {
        assertTrue(Prescriber.isHard(Days.run(RunType.RACE, 10, 45)));
        assertFalse(Prescriber.isHard(easy(40)));
    }
}
