package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.day;
import static dev.recovery.core.recovery.Days.prescribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefuelSleepHydrationRulesTest {

    @Test
    void easyRunOverSixtyMinutesGetsRefuelling() {
        assertTrue(prescribe(day(TrainingPhase.BASE, Days.easy(61))).has(Modality.REFUEL));
    }

    @Test
    void easyRunOfExactlySixtyMinutesGetsNoRefuelItem() {
        assertFalse(prescribe(day(TrainingPhase.BASE, Days.easy(60))).has(Modality.REFUEL));
    }

    @Test
    void shortHardRunGetsRefuelling() {
        assertTrue(prescribe(day(TrainingPhase.BUILD, Days.tempo())).has(Modality.REFUEL));
    }

    @Test
    void hardStrengthSessionGetsRefuelling() {
        assertTrue(prescribe(day(TrainingPhase.BUILD, Days.strength(7))).has(Modality.REFUEL));
    }

    @Test
    void refuelIsWithinThirtyMinutesAtThreeToOne() {
        RecoveryItem refuel = prescribe(day(TrainingPhase.PEAK, Days.longRun())).itemsOf(Modality.REFUEL).get(0);
        assertEquals(Slot.RIGHT_AFTER, refuel.slot());
        assertEquals(Optional.of(DoseRange.of(30, 60)), refuel.dose().get(Measure.WITHIN_MINUTES));
        assertEquals(Optional.of(DoseRange.exactly(3)), refuel.dose().get(Measure.CARB_TO_PROTEIN_RATIO));
        assertTrue(refuel.text().contains("within 30 min"), refuel.text());
    }

    @Test
    void restDayGetsSevenToNineHoursOfSleep() {
        RecoveryItem sleep = prescribe(RecoveryDay.of(Days.DATE, TrainingPhase.BASE)).itemsOf(Modality.SLEEP).get(0);
        assertEquals(Optional.of(DoseRange.of(7, 9)), sleep.dose().get(Measure.HOURS_OF_SLEEP));
        assertEquals(Slot.EVENING, sleep.slot());
    }

    @Test
    void redDayStillGetsSleep() {
        assertTrue(prescribe(day(TrainingPhase.PEAK, Days.tempo()).plusSoreness(Days.acuteRed(BodyRegion.ANKLE, 2)))
                .has(Modality.SLEEP));
    }

    @Test
    void peakWeekSleepMentionsNaps() {
        assertTrue(prescribe(day(TrainingPhase.PEAK)).itemsOf(Modality.SLEEP).get(0).text().contains("nap"));
    }

    @Test
    void buildWeekSleepDoesNotMentionNaps() {
        assertFalse(prescribe(day(TrainingPhase.BUILD)).itemsOf(Modality.SLEEP).get(0).text().contains("nap"));
    }

    @Test
    void runDayDrinksTwoHundredFiftyToFiveHundredMillilitresBefore() {
        RecoveryItem before = prescribe(day(TrainingPhase.BASE, Days.easy(40))).items(Slot.BEFORE_RUN).stream()
                .filter(i -> i.modality() == Modality.HYDRATION).findFirst().orElseThrow();
        assertEquals(Optional.of(DoseRange.of(250, 500)), before.dose().get(Measure.MILLILITRES));
        assertEquals(Optional.of(DoseRange.of(1, 2)), before.dose().get(Measure.HOURS_BEFORE));
    }

    @Test
    void longRunHydrationAsksForElectrolytes() {
        RecoveryItem after = prescribe(day(TrainingPhase.PEAK, Days.longRun())).items(Slot.RIGHT_AFTER).stream()
                .filter(i -> i.modality() == Modality.HYDRATION).findFirst().orElseThrow();
        assertTrue(after.text().contains("electrolytes"));
    }

    @Test
    void hardRunEndsWithTenMinuteCoolDown() {
        RecoveryItem coolDown = prescribe(day(TrainingPhase.BUILD, Days.tempo())).items(Slot.RIGHT_AFTER).stream()
                .filter(i -> i.modality() == Modality.ACTIVE_RECOVERY_WALK).findFirst().orElseThrow();
        assertEquals(DoseRange.exactly(10), coolDown.minutes());
    }

    @Test
    void longRunGetsCompressionBootsLaterThatDay() {
        RecoveryItem boots = prescribe(day(TrainingPhase.PEAK, Days.longRun())).itemsOf(Modality.COMPRESSION_BOOTS).get(0);
        assertEquals(Slot.LATER_THAT_DAY, boots.slot());
        assertEquals(DoseRange.of(20, 30), boots.minutes());
    }

    @Test
    void runDayStartsWithDynamicWarmUp() {
        RecoveryItem warmUp = prescribe(day(TrainingPhase.BASE, Days.easy(40))).itemsOf(Modality.DYNAMIC_WARM_UP).get(0);
        assertEquals(Slot.BEFORE_RUN, warmUp.slot());
        assertEquals(DoseRange.of(5, 10), warmUp.minutes());
    }

    @Test
    void greenSorenessDoesNotChangeTheRun() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.easy(40)).plusSoreness(Days.sore(BodyRegion.CALF, TriageLevel.GREEN)));
        assertFalse(p.has(Modality.CROSS_TRAINING));
        assertTrue(p.has(Modality.DYNAMIC_WARM_UP));
    }
}
