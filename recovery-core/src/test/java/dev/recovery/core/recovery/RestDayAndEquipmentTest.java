package dev.recovery.core.recovery;

import static dev.recovery.core.recovery.Days.day;
import static dev.recovery.core.recovery.Days.prescribe;
import static dev.recovery.core.recovery.Days.sore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestDayAndEquipmentTest {

    private final Prescription restDay = prescribe(RecoveryDay.of(Days.DATE, TrainingPhase.PEAK));

    @Test
    void restDayGetsSleep() {
        assertTrue(restDay.has(Modality.SLEEP));
    }

    @Test
    void restDayGetsHydrationThroughTheDay() {
        assertEquals("hydrate-through-day", restDay.itemsOf(Modality.HYDRATION).get(0).reason().ruleId());
    }

    @Test
    void restDayGetsALightWalk() {
        assertEquals(DoseRange.of(10, 15), restDay.itemsOf(Modality.ACTIVE_RECOVERY_WALK).get(0).minutes());
    }

    @Test
    void restDayGetsTheEverydayPtMobility() {
        assertTrue(restDay.has(Modality.WALL_DORSIFLEXION_STRETCH));
        assertTrue(restDay.has(Modality.HIP_90_90_INTERNAL_ROTATION));
        assertTrue(restDay.has(Modality.HIP_90_90_EXTERNAL_ROTATION));
    }

    @Test
    void restDayHasNothingBeforeARun() {
        assertTrue(restDay.items(Slot.BEFORE_RUN).isEmpty());
    }

    @Test
    void raceWeekRestDayGetsEasyYogaInstead() {
        Prescription p = prescribe(RecoveryDay.of(Days.DATE, TrainingPhase.RACE_WEEK));
        assertEquals(DoseRange.of(15, 20), p.itemsOf(Modality.YOGA).get(0).minutes());
        assertFalse(p.has(Modality.HIP_90_90_INTERNAL_ROTATION));
    }

    @Test
    void restDayWithSoreHamstringGetsItsIsometricLaterThatDay() {
        Prescription p = prescribe(day(TrainingPhase.BUILD).plusSoreness(sore(BodyRegion.HAMSTRING, TriageLevel.GREEN)));
        assertEquals(Slot.LATER_THAT_DAY, p.itemsOf(Modality.HAMSTRING_ISOMETRIC).get(0).slot());
    }

    @Test
    void withoutAFoamRollerTheVibratingRollerIsUsed() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo()).withUnavailable(Set.of(Modality.FOAM_ROLLING)));
        assertFalse(p.has(Modality.FOAM_ROLLING));
        assertTrue(p.has(Modality.VIBRATING_ROLLER));
    }

    @Test
    void withOnlyAMassageGunItIsSixtySecondsPerGroup() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo())
                .withUnavailable(Set.of(Modality.FOAM_ROLLING, Modality.VIBRATING_ROLLER)));
        RecoveryItem gun = p.itemsOf(Modality.MASSAGE_GUN).get(0);
        assertEquals(DoseRange.exactly(60), gun.dose().get(Measure.SECONDS_PER_AREA).orElseThrow());
        assertEquals(DoseRange.exactly(4), gun.minutes());
    }

    @Test
    void withNoRollingToolRollingIsLeftOutWithANote() {
        Prescription p = prescribe(day(TrainingPhase.BUILD, Days.tempo())
                .withUnavailable(Set.of(Modality.FOAM_ROLLING, Modality.VIBRATING_ROLLER, Modality.MASSAGE_GUN)));
        assertFalse(p.has(Modality.MASSAGE_GUN));
        assertTrue(p.notes().stream().anyMatch(n -> n.ruleId().equals("equipment-unavailable")));
    }

    @Test
    void sleepCannotBeMarkedUnavailable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecoveryDay.of(Days.DATE, TrainingPhase.BASE).withUnavailable(Set.of(Modality.SLEEP)));
        assertTrue(e.getMessage().startsWith("unavailable: 'sleep' is not allowed; expected equipment only: foam-rolling"),
                e.getMessage());
    }

    @Test
    void sessionOnAnotherDayIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecoveryDay.of(Days.DATE.plusDays(1), TrainingPhase.BASE).plusSession(Days.tempo()));
        assertEquals("session date: 2026-11-22 is not allowed; expected the day itself, 2026-11-23", e.getMessage());
    }

    @Test
    void missingPhaseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecoveryDay.of(Days.DATE, null));
        assertTrue(e.getMessage().startsWith("phase: nothing is not allowed"), e.getMessage());
    }
}
