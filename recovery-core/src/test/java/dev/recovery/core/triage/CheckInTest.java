package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CheckInTest {

    @Test
    void negativeHoursAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(-1).build());
        assertEquals("hours-since-run: -1 is not allowed; expected a number from 0 to 8760 hours", e.getMessage());
    }

    @Test
    void unknownQualityListsTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PainQuality.parse("itchy"));
        assertEquals("quality: 'itchy' is not allowed; expected one of dull-achy, tight-stiff, sharp, stabbing, shooting, burning, throbbing",
                e.getMessage());
    }

    @Test
    void plainWordsParseAsQualities() {
        assertEquals(PainQuality.DULL_ACHY, PainQuality.parse("achy"));
        assertEquals(PainQuality.TIGHT_STIFF, PainQuality.parse("stiff"));
    }

    @Test
    void symptomsAreCopiedSoTheCheckInStaysImmutable() {
        EnumSet<Symptom> symptoms = EnumSet.of(Symptom.SWELLING);
        CheckIn checkIn = CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().build().withSymptom(Symptom.SWELLING);
        symptoms.add(Symptom.REDNESS);
        assertEquals(EnumSet.of(Symptom.SWELLING), checkIn.symptoms());
        assertThrows(UnsupportedOperationException.class, () -> checkIn.symptoms().add(Symptom.WARMTH));
    }

    @Test
    void atRestParsesAsPainAtRest() {
        assertEquals(Symptom.PAIN_AT_REST, Symptom.parse("at-rest"));
    }

    @Test
    void withSymptomAddsWithoutChangingTheOriginal() {
        CheckIn mild = CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().build();
        CheckIn swollen = mild.withSymptom(Symptom.SWELLING);
        assertTrue(mild.symptoms().isEmpty());
        assertTrue(swollen.has(Symptom.SWELLING));
    }
}
