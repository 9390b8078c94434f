package dev.recovery.core.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogueAndValuesTest {

    @Test
    void everyModalityHasACatalogueEntryWithASource() {
        for (Modality m : Modality.values()) {
            CatalogueEntry e = m.entry();
            assertEquals(m, e.modality());
            assertNotNull(e.source());
        }
        assertEquals(Modality.values().length, Catalogue.all().size());
    }

    @Test
    void foamRollingIsTwoToThreeMinutesPerGroupWithThirtySecondPauses() {
        Dose dose = Modality.FOAM_ROLLING.entry().dose();
        assertEquals(Optional.of(DoseRange.of(120, 180)), dose.get(Measure.SECONDS_PER_AREA));
        assertEquals(Optional.of(DoseRange.exactly(30)), dose.get(Measure.PAUSE_SECONDS));
    }

    @Test
    void compressionBootsAreTwentyToThirtyMinutes() {
        assertEquals(DoseRange.of(20, 30), Modality.COMPRESSION_BOOTS.entry().dose().minutes());
    }

    @Test
    void warmBathIsTwentyToThirtyMinutesWithOneToTwoCupsOfEpsomSalt() {
        Dose dose = Modality.WARM_BATH.entry().dose();
        assertEquals(DoseRange.of(20, 30), dose.minutes());
        assertEquals(Optional.of(DoseRange.of(1, 2)), dose.get(Measure.CUPS_EPSOM_SALT));
    }

    @Test
    void onlyEquipmentCanBeUnavailable() {
        assertTrue(Modality.SAUNA_HEAT.needsEquipment());
        assertFalse(Modality.SLEEP.needsEquipment());
        assertFalse(Modality.RICE.needsEquipment());
    }

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = java.util.Arrays.stream(RecoveryRule.values()).map(RecoveryRule::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void doseRangeWithMaxBelowMinNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DoseRange.of(3, 2));
        assertEquals("max: 2 is not allowed; expected a number from 3 to 100000 (at least the minimum)", e.getMessage());
    }

    @Test
    void doseRangeRefusesNegativeMinimum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DoseRange.of(-1, 2));
        assertEquals("min: -1 is not allowed; expected a number from 0 to 100000", e.getMessage());
    }

    @Test
    void doseRangeFormatsLikeARunnerWritesIt() {
        assertEquals("2-3", DoseRange.of(2, 3).format());
        assertEquals("10", DoseRange.exactly(10).format());
        assertEquals("1.5-2", DoseRange.of(1.5, 2).format());
    }

    @Test
    void doseOutsideItsLimitsIsNotWithin() {
        Dose limits = Modality.COLD_PLUNGE.entry().dose();
        assertFalse(Dose.ofMinutes(5, 12).within(limits));
        assertTrue(Dose.ofMinutes(5, 10).within(limits));
    }

    @Test
    void doseWithAMeasureTheLimitsLackIsNotWithin() {
        assertFalse(Dose.ofMinutes(5, 10).with(Measure.MILLILITRES, 100, 200).within(Modality.COLD_PLUNGE.entry().dose()));
    }

    @Test
    void phaseParsesRaceWeekAndCutback() {
        assertEquals(TrainingPhase.RACE_WEEK, TrainingPhase.parse("race week"));
        assertEquals(TrainingPhase.DELOAD, TrainingPhase.parse("cutback"));
    }

    @Test
    void unknownPhaseNamesTheAcceptedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingPhase.parse("winter"));
        assertEquals("phase: 'winter' is not allowed; expected one of base, build, peak, deload, taper, race-week", e.getMessage());
    }

    @Test
    void onlyBaseBuildAndPeakBuildFitness() {
        assertTrue(TrainingPhase.PEAK.buildsFitness());
        assertFalse(TrainingPhase.TAPER.buildsFitness());
        assertFalse(TrainingPhase.DELOAD.buildsFitness());
        assertFalse(TrainingPhase.RACE_WEEK.buildsFitness());
    }

    @Test
    void itemsOutOfSlotOrderAreRefused() {
        RecoveryItem evening = Days.prescribe(RecoveryDay.of(Days.DATE, TrainingPhase.BASE)).itemsOf(Modality.SLEEP).get(0);
        RecoveryItem later = Days.prescribe(RecoveryDay.of(Days.DATE, TrainingPhase.BASE)).itemsOf(Modality.ACTIVE_RECOVERY_WALK).get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Prescription(Days.DATE,
                TrainingPhase.BASE, Optional.empty(), List.of(evening, later), List.of()));
        assertTrue(e.getMessage().startsWith("items: item 2 in slot LATER_THAT_DAY is not allowed"), e.getMessage());
    }
}
