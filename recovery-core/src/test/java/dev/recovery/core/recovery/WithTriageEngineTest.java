package dev.recovery.core.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The prescription fed by the real triage engine, end to end. */
class WithTriageEngineTest {

    private static Prescription withCheckIn(CheckIn checkIn) {
        return Prescriber.prescribe(Days.day(TrainingPhase.PEAK, Days.easy(50))
                .plusSoreness(SorenessReport.of(checkIn)));
    }

    @Test
    void swollenAnkleRightAfterTheRunGetsRiceAndNoRun() {
        CheckIn sprain = CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().region(BodyRegion.ANKLE).side(Side.LEFT).pain(6).quality(PainQuality.SHARP)
                .spread(Spread.LOCALIZED).onset(Onset.DURING).hoursSinceRun(1).symptom(Symptom.SWELLING).build();
        Prescription p = withCheckIn(sprain);
        assertEquals(Optional.of(TriageLevel.RED), p.worst());
        assertTrue(p.has(Modality.RICE));
        assertFalse(p.has(Modality.DYNAMIC_WARM_UP));
    }

    @Test
    void ordinaryDomsInTheCalvesTrainsAsPlanned() {
        Prescription p = withCheckIn(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().region(BodyRegion.CALF).pain(2).build());
        assertEquals(Optional.of(TriageLevel.GREEN), p.worst());
        assertTrue(p.has(Modality.DYNAMIC_WARM_UP));
        assertTrue(p.has(Modality.WALL_DORSIFLEXION_STRETCH));
    }

    @Test
    void oneSidedAcheSwapsTheRunForCrossTraining() {
        Prescription p = withCheckIn(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().region(BodyRegion.HAMSTRING).side(Side.RIGHT).pain(4).build());
        assertEquals(Optional.of(TriageLevel.AMBER), p.worst());
        assertEquals(DoseRange.exactly(50), p.itemsOf(Modality.CROSS_TRAINING).get(0).minutes());
    }
}
