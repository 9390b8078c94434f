package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.acuteRed;
import static dev.recovery.core.recovery.Days.day;
import static dev.recovery.core.recovery.Days.prescribe;
import static dev.recovery.core.recovery.Days.sore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageRulesTest {

    private static SorenessReport delayedRed(BodyRegion region) {
        return SorenessReport.of(CheckIn.ordinaryDoms(region, 5, 200).toBuilder().trend(Trend.UNCHANGED).build());
    }

    @Test
    void redGivesStopAndSeeAProfessionalFirst() {
        Prescription p = prescribe(day(TrainingPhase.PEAK, Days.tempo()).plusSoreness(delayedRed(BodyRegion.SHIN)));
        RecoveryItem first = p.items().get(0);
        assertEquals(Modality.SEE_A_PROFESSIONAL, first.modality());
        assertEquals("red-stop-see-professional", first.reason().ruleId());
    }

    @Test
    void redReplacesTheDaysRunWithRestOrPainFreeCrossTraining() {
        Prescription p = prescribe(day(TrainingPhase.PEAK, Days.tempo()).plusSoreness(delayedRed(BodyRegion.SHIN)));
        RecoveryItem swap = p.itemsOf(Modality.CROSS_TRAINING).get(0);
        assertEquals("red-replace-runs", swap.reason().ruleId());
        assertTrue(swap.text().contains("rest"), swap.text());
        assertFalse(p.has(Modality.DYNAMIC_WARM_UP));
    }

    @Test
    void acuteRedReplacesTheRunWithRestOnly() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(50)).plusSoreness(acuteRed(BodyRegion.ANKLE, 2)));
        RecoveryItem swap = p.itemsOf(Modality.CROSS_TRAINING).get(0);
        assertEquals(DoseRange.NONE, swap.minutes());
        assertEquals(Optional.empty(), swap.activity());
        assertTrue(swap.text().contains("with rest: no running and no cross-training"), swap.text());
    }

    @Test
    void acuteRedInItsFirstHoursGetsRice() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.ANKLE, 3)));
        RecoveryItem rice = p.itemsOf(Modality.RICE).get(0);
        assertEquals(Set.of(BodyRegion.ANKLE), rice.targets());
        assertEquals(Optional.of(DoseRange.of(48, 72)), rice.dose().get(Measure.FIRST_HOURS));
    }

    @Test
    void acuteRedAtSeventyTwoHoursStillGetsRice() {
        assertTrue(prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.ANKLE, 72))).has(Modality.RICE));
    }

    @Test
    void redPastSeventyTwoHoursGetsNoRice() {
        assertFalse(prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.ANKLE, 73))).has(Modality.RICE));
    }

    @Test
    void redWithDelayedOnsetGetsNoRice() {
        assertFalse(prescribe(day(TrainingPhase.BUILD).plusSoreness(delayedRed(BodyRegion.SHIN))).has(Modality.RICE));
    }

    @Test
    void acuteRedIcesTenToTwentyMinutesWrapped() {
        RecoveryItem ice = prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.CALF, 2)))
                .itemsOf(Modality.ICE_PACK).get(0);
        assertEquals(DoseRange.of(10, 20), ice.minutes());
        assertTrue(ice.cautions().stream().anyMatch(c -> c.ruleId().equals("ice-wrapped-with-breaks")));
    }

    @Test
    void redRegionIsNeverRolledEvenWhenAnotherSoreRegionMapsToIt() {
        Prescription p = prescribe(day(TrainingPhase.BUILD)
                .plusSoreness(acuteRed(BodyRegion.ACHILLES, 5))
                .plusSoreness(sore(BodyRegion.CALF, TriageLevel.GREEN))
                .plusSoreness(sore(BodyRegion.HAMSTRING, TriageLevel.GREEN)));
        RecoveryItem roll = p.itemsOf(Modality.FOAM_ROLLING).get(0);
        assertEquals(Set.of(BodyRegion.HAMSTRING), roll.targets());
        assertTrue(p.notes().stream().anyMatch(n -> n.ruleId().equals("red-no-massage-on-region")));
    }

    @Test
    void redCalfBlocksTheLowerLegPtItems() {
        Prescription p = prescribe(day(TrainingPhase.BUILD)
                .plusSoreness(acuteRed(BodyRegion.CALF, 5))
                .plusSoreness(sore(BodyRegion.ANKLE, TriageLevel.GREEN)));
        assertFalse(p.has(Modality.WALL_DORSIFLEXION_STRETCH));
        assertFalse(p.has(Modality.WALL_ANKLE_ISOMETRIC));
    }

    @Test
    void redDayHasNoHeat() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.strength(8))
                .plusSoreness(acuteRed(BodyRegion.HAMSTRING, 5))
                .plusSoreness(sore(BodyRegion.QUADRICEPS, TriageLevel.GREEN)));
        assertTrue(p.items().stream().noneMatch(i -> i.modality().entry().heat()));
    }

    @Test
    void redDayHasNoColdPlunge() {
        Prescription p = prescribe(day(TrainingPhase.TAPER, Days.strength(8)).plusSoreness(acuteRed(BodyRegion.HAMSTRING, 5)));
        assertFalse(p.has(Modality.COLD_PLUNGE));
    }

    @Test
    void amberSwapsTheRunForCrossTrainingOfTheSameLength() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(45)).plusSoreness(sore(BodyRegion.QUADRICEPS, TriageLevel.AMBER)));
        RecoveryItem swap = p.itemsOf(Modality.CROSS_TRAINING).get(0);
        assertEquals("amber-swap-run-for-cross", swap.reason().ruleId());
        assertEquals(Optional.of(CrossActivity.BIKE), swap.activity());
        assertEquals(DoseRange.exactly(45), swap.minutes());
        assertTrue(swap.text().contains("45 min of easy cycling"), swap.text());
    }

    @Test
    void crossTrainingChoiceIsExplainedInTheNotes() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(45)).plusSoreness(sore(BodyRegion.SHIN, TriageLevel.AMBER)));
        assertTrue(p.notes().stream().anyMatch(n -> n.ruleId().equals("cross-training-choice")));
    }

    @Test
    void amberLowerLegSwapsToSwimming() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(45)).plusSoreness(sore(BodyRegion.SHIN, TriageLevel.AMBER)));
        assertEquals(Optional.of(CrossActivity.SWIM), p.itemsOf(Modality.CROSS_TRAINING).get(0).activity());
    }

    @Test
    void amberSwapOfALongRunIsCappedAtSixtyMinutes() {
        Prescription p = prescribe(day(TrainingPhase.PEAK, Days.longRun()).plusSoreness(sore(BodyRegion.GLUTE, TriageLevel.AMBER)));
        assertEquals(DoseRange.exactly(60), p.itemsOf(Modality.CROSS_TRAINING).get(0).minutes());
    }

    @Test
    void amberSwapOfAShortRunIsAtLeastTwentyMinutes() {
        Prescription p = prescribe(day(TrainingPhase.BASE, Days.easy(12)).plusSoreness(sore(BodyRegion.GLUTE, TriageLevel.AMBER)));
        assertEquals(DoseRange.exactly(20), p.itemsOf(Modality.CROSS_TRAINING).get(0).minutes());
    }

    @Test
    void amberDayDropsTheRunsWarmUp() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo()).plusSoreness(sore(BodyRegion.QUADRICEPS, TriageLevel.AMBER)));
        assertFalse(p.has(Modality.DYNAMIC_WARM_UP));
        assertFalse(p.has(Modality.SAUNA_HEAT));
    }

    @Test
    void amberWithoutARunTodaySwapsTheNextRunAndTakesNoTimeToday() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(sore(BodyRegion.HAMSTRING, TriageLevel.AMBER)));
        RecoveryItem swap = p.itemsOf(Modality.CROSS_TRAINING).get(0);
        assertEquals(DoseRange.NONE, swap.minutes());
        assertEquals(Optional.of(DoseRange.of(30, 45)), swap.dose().get(Measure.SESSION_MINUTES));
        assertTrue(swap.text().startsWith("Next run"), swap.text());
    }

    @Test
    void worstLevelIsReported() {
        Prescription p = prescribe(day(TrainingPhase.BUILD)
                .plusSoreness(sore(BodyRegion.CALF, TriageLevel.GREEN))
                .plusSoreness(sore(BodyRegion.HIP, TriageLevel.AMBER)));
        assertEquals(Optional.of(TriageLevel.AMBER), p.worst());
    }
}
