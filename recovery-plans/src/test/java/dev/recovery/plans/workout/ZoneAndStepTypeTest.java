package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.TrainingZone;
import org.junit.jupiter.api.Test;

class ZoneAndStepTypeTest {

    @Test
    void zoneIdsAreDanielsLetters() {
        assertEquals("E M T I R", String.join(" ", java.util.Arrays.stream(Zone.values()).map(Zone::id).toList()));
    }

    @Test
    void zonesParseFromLettersAndCoreIds() {
        assertEquals(Zone.I, Zone.parse("i"));
        assertEquals(Zone.T, Zone.parse("threshold"));
        assertEquals(TrainingZone.MARATHON, Zone.M.trainingZone());
    }

    @Test
    void anUnknownZoneIsRefusedListingTheLetters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Zone.parse("X"));
        assertTrue(e.getMessage().contains("'X'") && e.getMessage().contains("E, M, T, I, R"), e.getMessage());
    }

    @Test
    void stepTypeIdsAreTheJsonContract() {
        assertEquals("warmup work recovery cooldown strides",
                String.join(" ", java.util.Arrays.stream(StepType.values()).map(StepType::id).toList()));
        assertEquals(StepType.COOLDOWN, StepType.parse("cooldown"));
    }
}
