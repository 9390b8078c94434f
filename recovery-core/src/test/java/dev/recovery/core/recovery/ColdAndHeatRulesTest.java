package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.day;
import static dev.recovery.core.recovery.Days.prescribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColdAndHeatRulesTest {

    @Test
    void buildWeekHardRunGetsSaunaLaterNotColdPlunge() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo()));
        assertFalse(p.has(Modality.COLD_PLUNGE));
        assertEquals(Slot.LATER_THAT_DAY, p.itemsOf(Modality.SAUNA_HEAT).get(0).slot());
    }

    @Test
    void coldPlungeInBuildWeekWaitsUntilLaterThatDay() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo()).withUnavailable(Set.of(Modality.SAUNA_HEAT)));
        RecoveryItem plunge = p.itemsOf(Modality.COLD_PLUNGE).get(0);
        assertEquals(Slot.LATER_THAT_DAY, plunge.slot());
        assertEquals(RecoveryRule.COLD_PLUNGE_LATER_IN_BUILD_WEEKS.id(), plunge.reason().ruleId());
    }

    @Test
    void coldPlungeInPeakWeekWaitsUntilLaterThatDay() {
        Prescription p = prescribe(day(TrainingPhase.PEAK, Days.longRun()).withUnavailable(Set.of(Modality.SAUNA_HEAT)));
        assertEquals(Slot.LATER_THAT_DAY, p.itemsOf(Modality.COLD_PLUNGE).get(0).slot());
    }

    @Test
    void coldPlungeMayComeRightAfterHardRunInTaperWeek() {
        Prescription p = prescribe(day(TrainingPhase.TAPER, Days.tempo()));
        RecoveryItem plunge = p.itemsOf(Modality.COLD_PLUNGE).get(0);
        assertEquals(Slot.RIGHT_AFTER, plunge.slot());
        assertEquals(RecoveryRule.COLD_PLUNGE_RECOVERY_WEEKS.id(), plunge.reason().ruleId());
    }

    @Test
    void coldPlungeMayComeRightAfterHardRunInDeloadWeek() {
        assertEquals(Slot.RIGHT_AFTER, prescribe(day(TrainingPhase.DELOAD, Days.tempo())).itemsOf(Modality.COLD_PLUNGE).get(0).slot());
    }

    @Test
    void coldPlungeLastsFiveToTenMinutes() {
        RecoveryItem plunge = prescribe(day(TrainingPhase.TAPER, Days.tempo())).itemsOf(Modality.COLD_PLUNGE).get(0);
        assertEquals(DoseRange.of(5, 10), plunge.minutes());
    }

    @Test
    void catalogueCapsColdPlungeAtTenMinutes() {
        assertEquals(10.0, Modality.COLD_PLUNGE.entry().dose().minutes().max());
    }

    @Test
    void easyRunGetsNoColdPlungeAndNoSauna() {
        Prescription p = prescribe(day(TrainingPhase.TAPER, Days.easy(40)));
        assertFalse(p.has(Modality.COLD_PLUNGE));
        assertFalse(p.has(Modality.SAUNA_HEAT));
    }

    @Test
    void saunaIsNeverPrescribedAfterEasyRunInBuildWeek() {
        assertFalse(prescribe(day(TrainingPhase.BUILD, Days.easy(50))).has(Modality.SAUNA_HEAT));
    }

    @Test
    void saunaStartsAtTenMinutesAndBuildsToTwenty() {
        RecoveryItem sauna = prescribe(day(TrainingPhase.BASE, Days.tempo())).itemsOf(Modality.SAUNA_HEAT).get(0);
        assertEquals(DoseRange.of(10, 20), sauna.minutes());
        assertEquals(Optional.of(DoseRange.of(2, 3)), sauna.dose().get(Measure.SESSIONS_PER_WEEK));
    }

    @Test
    void hardStrengthSessionCountsAsHardForTheSauna() {
        assertTrue(prescribe(day(TrainingPhase.BUILD, Days.strength(8))).has(Modality.SAUNA_HEAT));
    }

    @Test
    void sessionHardByRpeAloneIsExplainedInTheNotes() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.strength(8)));
        assertTrue(p.notes().stream().anyMatch(n -> n.ruleId().equals("hard-session") && n.message().contains("RPE 8")));
    }

    @Test
    void strengthBelowRpeSevenIsNotHard() {
        assertFalse(prescribe(day(TrainingPhase.BUILD, Days.strength(6))).has(Modality.SAUNA_HEAT));
    }

    @Test
    void raceWeekSkipsTheSaunaWhenThereIsNoPlunge() {
        Prescription p = prescribe(day(TrainingPhase.RACE_WEEK, Days.tempo()).withUnavailable(Set.of(Modality.COLD_PLUNGE)));
        assertFalse(p.has(Modality.SAUNA_HEAT));
    }

    @Test
    void saunaCarriesTheNoHeatOnSkinCaution() {
        RecoveryItem sauna = prescribe(day(TrainingPhase.PEAK, Days.tempo())).itemsOf(Modality.SAUNA_HEAT).get(0);
        assertTrue(sauna.cautions().stream().anyMatch(c -> c.ruleId().equals("no-heat-on-skin")));
    }

    @Test
    void warmBathCarriesTheNoHeatOnSkinCaution() {
        Prescription p = prescribe(Days.day(TrainingPhase.BUILD, Days.easy(40))
                .plusSoreness(Days.sore(BodyRegion.QUADRICEPS, TriageLevel.GREEN)));
        RecoveryItem bath = p.itemsOf(Modality.WARM_BATH).get(0);
        assertTrue(bath.cautions().stream().anyMatch(c -> c.ruleId().equals("no-heat-on-skin")));
    }

    @Test
    void warmBathIsLeftOutWhenTheSaunaAlreadyHeats() {
        Prescription p = prescribe(Days.day(TrainingPhase.BUILD, Days.tempo())
                .plusSoreness(Days.sore(BodyRegion.QUADRICEPS, TriageLevel.GREEN)));
        assertTrue(p.has(Modality.SAUNA_HEAT));
        assertFalse(p.has(Modality.WARM_BATH));
    }

    @Test
    void everyHeatModalityInTheCatalogueCautionsAgainstHeatOnSkin() {
        List<CatalogueEntry> heat = Catalogue.all().stream().filter(CatalogueEntry::heat).toList();
        assertEquals(2, heat.size());
        assertTrue(heat.stream().allMatch(e -> e.cautions().stream().anyMatch(c -> c.ruleId().equals("no-heat-on-skin"))));
    }
}
