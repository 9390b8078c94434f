package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The interactive check-in asks the newer signs only where they can change the result. */
class CheckInQuestionsTest {

    @Test
    void aDelayedWidespreadCalfAcheAsksNothingMore() {
        assertEquals(List.of(), CheckInOptions.askedAfter(BodyRegion.CALF, Spread.WIDESPREAD, Onset.DELAYED, Set.of()));
    }

    @Test
    void painThatBeganDuringTheRunAsksTheRunQuestionsAndTheNextMorning() {
        assertEquals(List.of(Symptom.SUDDEN, Symptom.STOPPED_RUN, Symptom.ALTERED_GAIT, Symptom.WORSE_NEXT_MORNING),
                CheckInOptions.askedAfter(BodyRegion.CALF, Spread.WIDESPREAD, Onset.DURING, Set.of()));
    }

    @Test
    void painRightAfterTheRunAsksOnlyTheNextMorning() {
        assertEquals(List.of(Symptom.WORSE_NEXT_MORNING),
                CheckInOptions.askedAfter(BodyRegion.QUADRICEPS, Spread.WIDESPREAD, Onset.AFTER, Set.of()));
    }

    @Test
    void oneSpotOfABoneStressSiteAsksTheBoneSigns() {
        List<Symptom> asked = CheckInOptions.askedAfter(BodyRegion.SHIN, Spread.LOCALIZED, Onset.DELAYED, Set.of());
        assertEquals(List.of(Symptom.BONE_TENDER, Symptom.HOP_PAIN), asked);
    }

    @Test
    void aWidespreadShinAcheDoesNotAskTheBoneSigns() {
        assertTrue(CheckInOptions.askedAfter(BodyRegion.SHIN, Spread.WIDESPREAD, Onset.DELAYED, Set.of()).isEmpty());
    }

    @Test
    void spreadingNumbnessIsAskedOnlyAfterNumbness() {
        assertEquals(List.of(Symptom.NUMBNESS_SPREADING),
                CheckInOptions.askedAfter(BodyRegion.CALF, Spread.WIDESPREAD, Onset.DELAYED, Set.of(Symptom.NUMBNESS)));
    }
}
