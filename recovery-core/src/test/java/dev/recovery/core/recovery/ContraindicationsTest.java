package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.DATE;
import static dev.recovery.core.recovery.Days.day;
import static dev.recovery.core.recovery.Days.prescribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.RunType;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contraindications: what is never prescribed, each at its rule and boundary. */
class ContraindicationsTest {

    private static SorenessReport acuteRed(BodyRegion region, double hours, Symptom... extra) {
        return SorenessReport.of(CheckIn.ordinaryDoms(region, 7, hours).toBuilder().onset(Onset.DURING).symptom(extra).build());
    }

    private static boolean has(Prescription p, Modality modality) {
        return !p.itemsOf(modality).isEmpty();
    }

    private static boolean noted(Prescription p, String ruleId) {
        return p.notes().stream().anyMatch(n -> n.ruleId().equals(ruleId));
    }

    @Test
    void acuteRedWithoutNumbnessGetsIce() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.CALF, 2)));
        assertTrue(has(p, Modality.ICE_PACK), p.format());
        assertTrue(p.itemsOf(Modality.RICE).get(0).text().contains("ice it"), p.format());
    }

    @Test
    void numbRegionNeverGetsIce() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.CALF, 2, Symptom.NUMBNESS)));
        assertFalse(has(p, Modality.ICE_PACK), p.format());
    }

    @Test
    void riceWhereNumbLeavesOutTheIce() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.SHIN, 2, Symptom.NUMBNESS)));
        String rice = p.itemsOf(Modality.RICE).get(0).text();
        assertFalse(rice.contains("ice it"), rice);
        assertTrue(rice.contains("No ice"), rice);
    }

    @Test
    void numbnessAnywhereRulesOutTheColdPlunge() {
        RecoveryItem plunge = new RecoveryItem(Slot.LATER_THAT_DAY, Modality.COLD_PLUNGE, "Cold plunge 5-10 min.",
                Dose.ofMinutes(5, 10), java.util.Set.of(), java.util.Optional.empty(), RecoveryRule.COLD_PLUNGE_RECOVERY_WEEKS.reason("test"),
                List.of());
        DayFacts numb = DayFacts.of(day(TrainingPhase.DELOAD).plusSoreness(acuteRed(BodyRegion.FOOT, 2, Symptom.NUMBNESS)));
        DayFacts notNumb = DayFacts.of(day(TrainingPhase.DELOAD).plusSoreness(acuteRed(BodyRegion.FOOT, 2)));
        assertTrue(RecoveryRules.NO_COLD_WHERE_NUMB.forbids().test(numb, plunge, List.of()));
        assertFalse(RecoveryRules.NO_COLD_WHERE_NUMB.forbids().test(notNumb, plunge, List.of()));
    }

    @Test
    void riceAtExactly72HoursStillApplies() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.ANKLE, Catalogue.RICE_MAX_HOURS)));
        assertTrue(has(p, Modality.RICE), p.format());
    }

    @Test
    void riceAfter72HoursIsNotPrescribed() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(acuteRed(BodyRegion.ANKLE, Catalogue.RICE_MAX_HOURS + 1)));
        assertFalse(has(p, Modality.RICE), p.format());
    }

    @Test
    void riceNeverForADelayedOnset() {
        SorenessReport delayed = SorenessReport.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 7, 30).toBuilder()
                .symptom(Symptom.SWELLING).build());
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(delayed));
        assertFalse(has(p, Modality.RICE), p.format());
    }

    @Test
    void possibleClotGetsOnlySeekCareToday() {
        SorenessReport clot = SorenessReport.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 4, 30).toBuilder()
                .symptom(Symptom.SWELLING, Symptom.WARMTH).build());
        Prescription p = prescribe(day(TrainingPhase.PEAK, Days.longRun()).plusSoreness(clot));
        assertEquals(1, p.items().size(), p.format());
        RecoveryItem only = p.items().get(0);
        assertEquals(Modality.SEE_A_PROFESSIONAL, only.modality());
        assertEquals("possible-clot-seek-care-today", only.reason().ruleId());
        assertTrue(only.text().startsWith("Seek care today"), only.text());
    }

    @Test
    void swellingWithoutWarmthOrRednessIsNotAClot() {
        SorenessReport swollen = SorenessReport.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 4, 30).toBuilder()
                .symptom(Symptom.SWELLING).build());
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(swollen));
        assertTrue(p.items().size() > 1, p.format());
    }

    @Test
    void openAmberEpisodeFromAnEarlierDayIsNotRolledOrStretched() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo()).plusOpenEpisode(BodyRegion.CALF, TriageLevel.AMBER));
        for (RecoveryItem item : p.items()) {
            boolean deep = item.modality() == Modality.FOAM_ROLLING || item.modality() == Modality.MASSAGE_GUN
                    || item.modality() == Modality.VIBRATING_ROLLER || item.modality() == Modality.STATIC_STRETCHING;
            assertFalse(deep && item.targets().contains(BodyRegion.CALF), item.text());
        }
        assertTrue(noted(p, "no-rolling-on-open-episode"), p.format());
    }

    @Test
    void openRedEpisodeFromAnEarlierDayKeepsTheDayRed() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusOpenEpisode(BodyRegion.SHIN, TriageLevel.RED));
        assertEquals(java.util.Optional.of(TriageLevel.RED), p.worst());
        assertTrue(has(p, Modality.SEE_A_PROFESSIONAL), p.format());
    }

    @Test
    void otherMusclesAreStillRolledBesideAnAmberOne() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(Days.sore(BodyRegion.QUADRICEPS, TriageLevel.GREEN))
                .plusOpenEpisode(BodyRegion.CALF, TriageLevel.AMBER));
        RecoveryItem roll = p.itemsOf(Modality.FOAM_ROLLING).get(0);
        assertTrue(roll.targets().contains(BodyRegion.QUADRICEPS), roll.text());
    }

    @Test
    void runOfExactlyTwoAndAHalfHoursIsNotALongEffort() {
        DayFacts facts = DayFacts.of(day(TrainingPhase.BUILD, Days.run(RunType.LONG, 28, Catalogue.LONG_EFFORT_MINUTES)));
        assertFalse(facts.longEffort());
    }

    @Test
    void runOverTwoAndAHalfHoursIsALongEffort() {
        DayFacts facts = DayFacts.of(day(TrainingPhase.BUILD, Days.run(RunType.LONG, 28, Catalogue.LONG_EFFORT_MINUTES + 1)));
        assertTrue(facts.longEffort());
    }

    @Test
    void aMarathonRaceIsALongEffortWhateverItsTime() {
        DayFacts facts = DayFacts.of(day(TrainingPhase.RACE_WEEK, Days.run(RunType.RACE, 42.195, 140)));
        assertTrue(facts.longEffort());
    }

    @Test
    void afterALongEffortNoDeepRollingNorHeat() {
        Prescription p = prescribe(day(TrainingPhase.PEAK, Days.run(RunType.LONG, 32, 180)));
        assertFalse(has(p, Modality.FOAM_ROLLING) || has(p, Modality.MASSAGE_GUN) || has(p, Modality.VIBRATING_ROLLER), p.format());
        assertFalse(has(p, Modality.SAUNA_HEAT) || has(p, Modality.WARM_BATH), p.format());
        assertTrue(noted(p, "gentle-care-after-long-effort"), p.format());
    }

    @Test
    void afterALongEffortAGentleWalkRightAfter() {
        Prescription p = prescribe(day(TrainingPhase.PEAK, Days.run(RunType.LONG, 32, 180)));
        assertTrue(p.itemsOf(Modality.ACTIVE_RECOVERY_WALK).stream().anyMatch(i -> i.slot() == Slot.RIGHT_AFTER), p.format());
    }

    @Test
    void afterALongRunDrinkToThirst() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.run(RunType.LONG, 24, 130)));
        RecoveryItem drink = p.itemsOf(Modality.HYDRATION).stream().filter(i -> i.slot() == Slot.RIGHT_AFTER).findFirst().orElseThrow();
        assertEquals("drink-to-thirst-after-long", drink.reason().ruleId());
        assertTrue(drink.text().contains("not more than you lost"), drink.text());
    }

    @Test
    void afterAnEasyRunOrdinaryHydration() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)));
        assertTrue(p.itemsOf(Modality.HYDRATION).stream().anyMatch(i -> i.reason().ruleId().equals("hydrate-after-run")), p.format());
    }

    @Test
    void noSaunaWithAFreshInjury() {
        SorenessReport fresh = SorenessReport.of(CheckIn.ordinaryDoms(BodyRegion.HAMSTRING, 5, 3).toBuilder()
                .onset(Onset.DURING).build());
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo()).plusSoreness(fresh));
        assertFalse(has(p, Modality.SAUNA_HEAT) || has(p, Modality.WARM_BATH), p.format());
    }

    @Test
    void saunaSaysOnlyAfterRefuellingAndNeverWhenDizzyOrIll() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo()));
        String sauna = p.itemsOf(Modality.SAUNA_HEAT).get(0).text();
        assertTrue(sauna.contains("only after refuelling and drinking") && sauna.contains("never when dizzy or ill"), sauna);
    }
}
