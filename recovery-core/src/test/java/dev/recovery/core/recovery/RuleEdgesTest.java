package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.DATE;
import static dev.recovery.core.recovery.Days.acuteRed;
import static dev.recovery.core.recovery.Days.bike;
import static dev.recovery.core.recovery.Days.day;
import static dev.recovery.core.recovery.Days.easy;
import static dev.recovery.core.recovery.Days.longRun;
import static dev.recovery.core.recovery.Days.sore;
import static dev.recovery.core.recovery.Days.strength;
import static dev.recovery.core.recovery.Days.tempo;
import static dev.recovery.core.recovery.Days.yoga;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.RunType;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edges of the recovery rules' conditions: what each rule must not add on the days it does not apply to. */
class RuleEdgesTest {

    private static Prescription prescribe(RecoveryDay day) {
        return Prescriber.prescribe(day);
    }

    private static boolean hasNote(Prescription p, RecoveryRule rule) {
        return p.notes().stream().anyMatch(n -> n.ruleId().equals(rule.id()));
    }

    private static Optional<Reason> note(Prescription p, RecoveryRule rule) {
        return p.notes().stream().filter(n -> n.ruleId().equals(rule.id())).findFirst();
    }

    /** An AMBER or RED report whose pain began during the run {@code hours} ago. */
    private static SorenessReport freshPain(BodyRegion region, int pain, double hours) {
        return SorenessReport.of(CheckIn.ordinaryDoms(region, pain, hours).toBuilder().onset(Onset.DURING).build());
    }

    @Test
    void aRestDayGetsNoStaticStretching() {
        assertFalse(prescribe(day(TrainingPhase.BUILD)).has(Modality.STATIC_STRETCHING));
    }

    @Test
    void aYogaOnlyDayGetsNoStaticStretching() {
        assertFalse(prescribe(day(TrainingPhase.BUILD, yoga())).has(Modality.STATIC_STRETCHING));
    }

    @Test
    void aRedDayGetsNoWalkLaterInTheDay() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.RED))));
        assertTrue(p.items(Slot.LATER_THAT_DAY).stream().noneMatch(i -> i.modality() == Modality.ACTIVE_RECOVERY_WALK), p.format());
    }

    @Test
    void aHardRunWithASoreCalfIsRolledOnce() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, tempo()).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.GREEN))));
        assertEquals(1, p.itemsOf(Modality.FOAM_ROLLING).size(), p.format());
        assertFalse(RecoveryRules.ROLL_SORE_REGIONS.when().test(DayFacts.of(day(TrainingPhase.BUILD, tempo()))));
    }

    @Test
    void withoutAFoamRollerTheVibratingRollerIsUsedAndSaidSo() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, tempo()).withUnavailable(Set.of(Modality.FOAM_ROLLING)));
        assertTrue(p.has(Modality.VIBRATING_ROLLER), p.format());
        assertTrue(p.notes().stream().anyMatch(n -> n.message().equals("No foam roller at hand: vibrating roller or orbital massager instead.")),
                p.notes().toString());
    }

    @Test
    void withAFoamRollerNothingIsSaidAboutEquipment() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, tempo()));
        assertTrue(p.has(Modality.FOAM_ROLLING));
        assertFalse(hasNote(p, RecoveryRule.EQUIPMENT_UNAVAILABLE), p.notes().toString());
    }

    @Test
    void afterAnEasyRunWaterIsEnoughAndAfterAHardOneElectrolytesToo() {
        RecoveryItem easy = prescribe(day(TrainingPhase.BUILD, easy(40))).items(Slot.RIGHT_AFTER).stream()
                .filter(i -> i.modality() == Modality.HYDRATION).findFirst().orElseThrow();
        assertEquals("Drink water after the run (electrolytes too if it was hot).", easy.text());
        RecoveryItem hard = prescribe(day(TrainingPhase.BUILD, tempo())).items(Slot.RIGHT_AFTER).stream()
                .filter(i -> i.modality() == Modality.HYDRATION).findFirst().orElseThrow();
        assertTrue(hard.text().contains("with electrolytes"), hard.text());
    }

    @Test
    void aRedMajorMuscleOnATrainingDayIsLeftOutOfTheStretchAndSaidSo() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, strength(5)).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.RED))));
        RecoveryItem stretch = p.itemsOf(Modality.STATIC_STRETCHING).get(0);
        assertFalse(stretch.targets().contains(BodyRegion.CALF), stretch.toString());
        assertTrue(p.notes().stream().anyMatch(n -> n.ruleId().equals(RecoveryRule.RED_NO_LOADING_REGION.id())
                && n.message().equals("No stretching of the calf until a professional has seen it.")), p.notes().toString());
    }

    @Test
    void aGreenTrainingDaySaysNothingAboutRegionsToLeaveAlone() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, strength(5)));
        assertFalse(hasNote(p, RecoveryRule.RED_NO_LOADING_REGION), p.notes().toString());
        assertFalse(hasNote(p, RecoveryRule.NO_ROLLING_ON_OPEN_EPISODE), p.notes().toString());
        assertFalse(hasNote(p, RecoveryRule.GENTLE_CARE_AFTER_LONG_EFFORT), p.notes().toString());
    }

    @Test
    void aSuddenRedStrainReplacesTheRunWithRestAndOffersNoCrossTraining() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, easy(40)).withSoreness(List.of(acuteRed(BodyRegion.CALF, 2))));
        assertFalse(hasNote(p, RecoveryRule.CROSS_TRAINING_CHOICE), p.notes().toString());
        assertTrue(p.itemsOf(Modality.CROSS_TRAINING).get(0).text().startsWith("Replace today's easy run (6.7 km) with rest: no running"),
                p.format());
    }

    @Test
    void aRedDayWithoutASuddenOnsetOffersPainFreeCrossTrainingAndNoRice() {
        RecoveryDay red = day(TrainingPhase.BUILD, easy(40)).withSoreness(List.of(sore(BodyRegion.HAMSTRING, TriageLevel.RED)));
        Prescription p = prescribe(red);
        assertEquals("Cycling: no impact and no braking on landing, so the legs recover better than on a run.",
                note(p, RecoveryRule.CROSS_TRAINING_CHOICE).orElseThrow().message());
        assertTrue(p.itemsOf(Modality.CROSS_TRAINING).get(0).text().contains("up to 40 min of cycling"), p.format());
        assertFalse(RecoveryRules.RED_RICE_ACUTE.when().test(DayFacts.of(red)));
    }

    @Test
    void anAmberLowerLegSwapsTheRunForSwimming() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, easy(40)).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.AMBER))));
        assertEquals("Swimming or pool running: no impact and no push-off for the sore lower leg.",
                note(p, RecoveryRule.CROSS_TRAINING_CHOICE).orElseThrow().message());
        assertTrue(p.itemsOf(Modality.CROSS_TRAINING).get(0).text()
                .startsWith("Swap today's easy run (6.7 km) for 40 min of easy swimming or pool running."), p.format());
    }

    @Test
    void twoSoreRegionsAreNamedTogetherInTheBathsReason() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.GREEN),
                sore(BodyRegion.HAMSTRING, TriageLevel.GREEN))));
        assertEquals("Your calf and hamstring are sore: warm water relaxes the muscles.",
                p.itemsOf(Modality.WARM_BATH).get(0).reason().message());
    }

    @Test
    void oneSoreRegionIsNamedAloneInTheBathsReason() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.GREEN))));
        assertEquals("Your calf is sore: warm water relaxes the muscles.", p.itemsOf(Modality.WARM_BATH).get(0).reason().message());
    }

    @Test
    void inADeloadWeekAHardSessionGetsAColdPlungeNotASauna() {
        Prescription p = prescribe(day(TrainingPhase.DELOAD, tempo()));
        assertTrue(p.has(Modality.COLD_PLUNGE), p.format());
        assertFalse(p.has(Modality.SAUNA_HEAT), p.format());
    }

    @Test
    void inADeloadWeekWithoutAColdPlungeAHardSessionGetsTheSauna() {
        Prescription p = prescribe(day(TrainingPhase.DELOAD, tempo()).withUnavailable(Set.of(Modality.COLD_PLUNGE)));
        assertTrue(p.has(Modality.SAUNA_HEAT), p.format());
    }

    @Test
    void inABuildWeekAHardSessionGetsTheSaunaEvenWithAColdPlungeAtHand() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, tempo()));
        assertTrue(p.has(Modality.SAUNA_HEAT), p.format());
        assertFalse(p.has(Modality.COLD_PLUNGE), p.format());
    }

    @Test
    void aFreshInjuryDropsTheSaunaAndSaysWhy() {
        // A hard strength session, and an AMBER knee that began hurting during yesterday's run.
        Prescription p = prescribe(day(TrainingPhase.BUILD, strength(8)).withSoreness(List.of(freshPain(BodyRegion.KNEE, 4, 20))));
        assertFalse(p.has(Modality.SAUNA_HEAT), p.format());
        assertEquals("No sauna or hot bath today: not with a fresh injury, and never when dizzy or ill.",
                note(p, RecoveryRule.SAUNA_ONLY_WHEN_SAFE).orElseThrow().message());
    }

    @Test
    void painThatBeganExactlySeventyTwoHoursAgoIsStillFreshAndLaterIsNot() {
        assertTrue(DayFacts.of(day(TrainingPhase.BUILD).withSoreness(List.of(freshPain(BodyRegion.KNEE, 4, 72)))).freshInjury());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD).withSoreness(List.of(freshPain(BodyRegion.KNEE, 4, 72.5)))).freshInjury());
    }

    @Test
    void delayedSorenessIsNeverAFreshInjury() {
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD).withSoreness(List.of(sore(BodyRegion.KNEE, TriageLevel.AMBER)))).freshInjury());
    }

    @Test
    void aPossibleClotSaysWhyEverythingElseWasDropped() {
        CheckIn clot = CheckIn.ordinaryDoms(BodyRegion.CALF, 3, 24).withSymptom(Symptom.SWELLING).withSymptom(Symptom.WARMTH);
        Prescription p = prescribe(day(TrainingPhase.BUILD, easy(40)).withSoreness(List.of(SorenessReport.of(clot))));
        assertTrue(note(p, RecoveryRule.POSSIBLE_CLOT_SEEK_CARE_TODAY).orElseThrow().message()
                .startsWith("With a possible blood clot the only thing to do today is to seek care"), p.notes().toString());
    }

    @Test
    void noColdPlungeIsKeptWhileARegionIsNumbWhicheverRuleAddsIt() {
        DayFacts numb = DayFacts.of(day(TrainingPhase.DELOAD).withSoreness(List.of(
                SorenessReport.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 3, 24).withSymptom(Symptom.NUMBNESS)))));
        RecoveryItem plunge = new RecoveryItem(Slot.RIGHT_AFTER, Modality.COLD_PLUNGE, "Cold plunge 5-10 min.", Dose.ofMinutes(5, 10),
                Set.of(), Optional.empty(), RecoveryRule.COLD_PLUNGE_RECOVERY_WEEKS.reason("test"), List.of());
        assertTrue(RecoveryRules.NO_COLD_WHERE_NUMB.forbids().test(numb, plunge, List.of()));
        assertEquals("No ice or cold on the calf: it is numb or tingling, and reduced feeling hides cold injury.",
                RecoveryRules.NO_COLD_WHERE_NUMB.noteFor(numb).orElseThrow().message());
    }

    @Test
    void aHardStrengthSessionIsCalledHardByItsRpe() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, strength(8)));
        assertEquals("The strength session (45:00) felt RPE 8: it counts as a hard session.",
                note(p, RecoveryRule.HARD_SESSION).orElseThrow().message());
    }

    @Test
    void aHardBikeSessionIsNamedByItsActivity() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, bike(60).withRpe(dev.recovery.core.unit.Rpe.of(8))));
        assertEquals("The bike session (1:00:00) felt RPE 8: it counts as a hard session.",
                note(p, RecoveryRule.HARD_SESSION).orElseThrow().message());
    }

    @Test
    void aTrainingDayIsOneWithAKeptRunAnotherSessionOrAnAmberSwap() {
        assertTrue(DayFacts.of(day(TrainingPhase.BUILD, easy(40))).training());
        assertTrue(DayFacts.of(day(TrainingPhase.BUILD, strength(5))).training());
        assertTrue(DayFacts.of(day(TrainingPhase.BUILD, easy(40)).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.AMBER))))
                .training());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD, easy(40)).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.RED))))
                .training());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.AMBER)))).training());
    }

    @Test
    void theLongRunAndARaceAreLongRunOrRaceAndAnEasyRunIsNot() {
        assertTrue(DayFacts.of(day(TrainingPhase.BUILD, longRun())).longRunOrRace());
        assertTrue(DayFacts.of(day(TrainingPhase.BUILD, Days.run(RunType.RACE, 10, 45))).longRunOrRace());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD, easy(40))).longRunOrRace());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD, tempo())).longRunOrRace());
    }

    @Test
    void onlyYogaMeansYogaAndNothingElse() {
        assertTrue(DayFacts.of(day(TrainingPhase.BUILD, yoga())).onlyYoga());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD, yoga(), strength(5))).onlyYoga());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD, yoga(), easy(30))).onlyYoga());
        assertFalse(DayFacts.of(day(TrainingPhase.BUILD, easy(30)).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.AMBER))))
                .onlyYoga());
    }

    @Test
    void anOpenAmberEpisodeWithNoReportTodayIsStillSore() {
        DayFacts facts = DayFacts.of(RecoveryDay.of(DATE, TrainingPhase.BUILD).plusOpenEpisodes(
                java.util.Map.of(BodyRegion.HAMSTRING, TriageLevel.AMBER)));
        assertEquals(Set.of(BodyRegion.HAMSTRING), facts.sore());
        assertEquals(Set.of(BodyRegion.HAMSTRING), facts.amber());
    }

    @Test
    void thePrintedPrescriptionNamesTheWorstSorenessAndListsNotesOnlyWhenThereAreSome() {
        String sore = prescribe(day(TrainingPhase.BUILD).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.GREEN)))).format();
        assertTrue(sore.startsWith("Recovery for 2026-11-22 (build week), soreness GREEN\n"), sore);
        String quiet = prescribe(day(TrainingPhase.BUILD, easy(40))).format();
        assertTrue(quiet.startsWith("Recovery for 2026-11-22 (build week)\n"), quiet);
        assertFalse(quiet.contains("Notes:"), quiet);
        String withNotes = prescribe(day(TrainingPhase.BUILD, strength(8))).format();
        assertTrue(withNotes.contains("\nNotes:\n  - The strength session (45:00) felt RPE 8"), withNotes);
    }

    @Test
    void aSoreCalfGetsTheLowerLegMobilityNamingIt() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).withSoreness(List.of(sore(BodyRegion.CALF, TriageLevel.GREEN))));
        assertEquals("Your calf is sore: the dorsiflexion stretch eases the calf and ankle.",
                p.itemsOf(Modality.WALL_DORSIFLEXION_STRETCH).get(0).reason().message());
    }

    @Test
    void aDoseRangePrintsAsARunnerReadsIt() {
        assertEquals("2-3", DoseRange.of(2, 3).toString());
        assertEquals("10", DoseRange.exactly(10).toString());
        assertEquals("1.5-2", DoseRange.of(1.5, 2).toString());
    }
}
