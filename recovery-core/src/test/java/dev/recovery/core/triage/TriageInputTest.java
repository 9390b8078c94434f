package dev.recovery.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recovery.core.unit.BodyRegion;
import org.junit.jupiter.api.Test;

/** Bad input never reaches the triage: each refusal names the field, the value given and what is allowed. */
class TriageInputTest {

    @Test
    void anUnknownRegionIsRefusedListingTheRegions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BodyRegion.parse("elbow"));
        assertEquals("region: 'elbow' is not allowed; expected one of foot, ankle, achilles, calf, shin, knee, "
                + "quadriceps, hamstring, glute, hip, it-band, groin, lower-back, thigh", e.getMessage());
    }

    @Test
    void anUnknownQualityIsRefusedListingTheQualities() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PainQuality.parse("tickly"));
        assertEquals("quality: 'tickly' is not allowed; expected one of dull-achy, tight-stiff, sharp, stabbing, "
                + "shooting, burning, throbbing", e.getMessage());
    }

    @Test
    void painElevenIsRefusedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().pain(11).build());
        assertEquals("pain: 11 is not allowed; expected a whole number from 0 to 10", e.getMessage());
    }

    @Test
    void negativeHoursAreRefusedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().hoursSinceRun(-3).build());
        assertEquals("hours-since-run: -3 is not allowed; expected a number from 0 to 8760 hours", e.getMessage());
    }

    @Test
    void aMissingCheckInIsRefusedByTheTriage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Triage.of(null));
        assertEquals("check-in: nothing is not allowed; expected a soreness check-in", e.getMessage());
    }

    @Test
    void anUnknownRuleIdIsRefusedListingTheRules() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TriageRules.byId("red-itch"));
        assertEquals(true, e.getMessage().startsWith("rule id: 'red-itch' is not allowed; expected one of red-pain-at-rest"),
                e.getMessage());
    }
}
