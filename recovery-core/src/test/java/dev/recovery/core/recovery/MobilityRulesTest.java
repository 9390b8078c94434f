package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.day;
import static dev.recovery.core.recovery.Days.prescribe;
import static dev.recovery.core.recovery.Days.sore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MobilityRulesTest {

    private static final Set<Modality> PT_SET = Set.of(Modality.WALL_DORSIFLEXION_STRETCH, Modality.WALL_ANKLE_ISOMETRIC,
            Modality.HAMSTRING_ISOMETRIC, Modality.HIP_90_90_INTERNAL_ROTATION, Modality.HIP_90_90_EXTERNAL_ROTATION);

    private static Set<Modality> ptItemsAfterEasyRunWithSore(BodyRegion region) {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusSoreness(sore(region, TriageLevel.GREEN)));
        return p.items().stream().map(RecoveryItem::modality).filter(PT_SET::contains).collect(Collectors.toSet());
    }

    @Test
    void soreCalfGetsDorsiflexionStretchAndAnkleIsometric() {
        assertEquals(Set.of(Modality.WALL_DORSIFLEXION_STRETCH, Modality.WALL_ANKLE_ISOMETRIC),
                ptItemsAfterEasyRunWithSore(BodyRegion.CALF));
    }

    @Test
    void soreAchillesGetsDorsiflexionStretchAndAnkleIsometric() {
        assertEquals(Set.of(Modality.WALL_DORSIFLEXION_STRETCH, Modality.WALL_ANKLE_ISOMETRIC),
                ptItemsAfterEasyRunWithSore(BodyRegion.ACHILLES));
    }

    @Test
    void soreShinGetsDorsiflexionStretchAndAnkleIsometric() {
        assertEquals(Set.of(Modality.WALL_DORSIFLEXION_STRETCH, Modality.WALL_ANKLE_ISOMETRIC),
                ptItemsAfterEasyRunWithSore(BodyRegion.SHIN));
    }

    @Test
    void soreAnkleGetsDorsiflexionStretchAndAnkleIsometric() {
        assertEquals(Set.of(Modality.WALL_DORSIFLEXION_STRETCH, Modality.WALL_ANKLE_ISOMETRIC),
                ptItemsAfterEasyRunWithSore(BodyRegion.ANKLE));
    }

    @Test
    void soreHamstringGetsTheHamstringIsometric() {
        assertEquals(Set.of(Modality.HAMSTRING_ISOMETRIC), ptItemsAfterEasyRunWithSore(BodyRegion.HAMSTRING));
    }

    @Test
    void soreGluteGetsBoth9090HipRotations() {
        assertEquals(Set.of(Modality.HIP_90_90_INTERNAL_ROTATION, Modality.HIP_90_90_EXTERNAL_ROTATION),
                ptItemsAfterEasyRunWithSore(BodyRegion.GLUTE));
    }

    @Test
    void soreHipGetsBoth9090HipRotations() {
        assertEquals(Set.of(Modality.HIP_90_90_INTERNAL_ROTATION, Modality.HIP_90_90_EXTERNAL_ROTATION),
                ptItemsAfterEasyRunWithSore(BodyRegion.HIP));
    }

    @Test
    void soreQuadricepsGetsNoPtSetItemAfterARun() {
        assertEquals(Set.of(), ptItemsAfterEasyRunWithSore(BodyRegion.QUADRICEPS));
    }

    @Test
    void hamstringIsometricEngagesForFourSeconds() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusSoreness(sore(BodyRegion.HAMSTRING, TriageLevel.GREEN)));
        assertEquals(DoseRange.exactly(4), p.itemsOf(Modality.HAMSTRING_ISOMETRIC).get(0).dose().get(Measure.HOLD_SECONDS).orElseThrow());
    }

    @Test
    void hipRotationsHoldTwoMinutesEachSide() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusSoreness(sore(BodyRegion.GLUTE, TriageLevel.GREEN)));
        RecoveryItem internal = p.itemsOf(Modality.HIP_90_90_INTERNAL_ROTATION).get(0);
        assertEquals(DoseRange.exactly(120), internal.dose().get(Measure.HOLD_SECONDS).orElseThrow());
        assertEquals(DoseRange.exactly(4), internal.minutes());
    }

    @Test
    void mobilityForASoreRegionComesRightAfterTheRun() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusSoreness(sore(BodyRegion.CALF, TriageLevel.GREEN)));
        assertEquals(Slot.RIGHT_AFTER, p.itemsOf(Modality.WALL_DORSIFLEXION_STRETCH).get(0).slot());
    }

    @Test
    void noSorenessAfterARunGivesNoPtSetItems() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)));
        assertTrue(p.items().stream().noneMatch(i -> PT_SET.contains(i.modality())));
    }

    @Test
    void staticStretchingFollowsEveryRunWithTwentyToThirtySecondHolds() {
        RecoveryItem stretch = prescribe(day(TrainingPhase.BASE, Days.easy(30))).itemsOf(Modality.STATIC_STRETCHING).get(0);
        assertEquals(Slot.RIGHT_AFTER, stretch.slot());
        assertEquals(DoseRange.of(20, 30), stretch.dose().get(Measure.HOLD_SECONDS).orElseThrow());
    }

    @Test
    void hardRunFoamRollsTheFourMajorGroups() {
        RecoveryItem roll = prescribe(day(TrainingPhase.BUILD, Days.tempo())).itemsOf(Modality.FOAM_ROLLING).get(0);
        assertEquals(Set.of(BodyRegion.CALF, BodyRegion.QUADRICEPS, BodyRegion.HAMSTRING, BodyRegion.GLUTE), roll.targets());
        assertEquals(DoseRange.of(8, 12), roll.minutes());
    }

    @Test
    void oneSoreAreaIsRolledTwoToThreeMinutes() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusSoreness(sore(BodyRegion.CALF, TriageLevel.GREEN)));
        assertEquals("Foam roll calves 2-3 min, pause 30 s on tender spots.", p.itemsOf(Modality.FOAM_ROLLING).get(0).text());
    }

    @Test
    void easyRunWithoutSorenessHasNoRolling() {
        assertFalse(prescribe(day(TrainingPhase.BUILD, Days.easy(40))).has(Modality.FOAM_ROLLING));
    }

    @Test
    void soreAchillesRollsTheCalfNotTheTendon() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusSoreness(sore(BodyRegion.ACHILLES, TriageLevel.GREEN)));
        assertEquals(Set.of(BodyRegion.CALF), p.itemsOf(Modality.FOAM_ROLLING).get(0).targets());
    }

    @Test
    void amberRegionIsNeverRolled() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(sore(BodyRegion.HAMSTRING, TriageLevel.AMBER)));
        assertTrue(p.items().stream().noneMatch(i -> i.modality() == Modality.FOAM_ROLLING && i.targets().contains(BodyRegion.HAMSTRING)),
                p.format());
        assertTrue(p.notes().stream().anyMatch(n -> n.ruleId().equals("no-rolling-on-open-episode")), p.format());
    }
}
