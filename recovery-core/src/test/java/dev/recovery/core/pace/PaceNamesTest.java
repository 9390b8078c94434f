package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Pace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Zone names and letters, a range as text, and Riegel's refusal of a zero target. */
class PaceNamesTest {

    @Test
    void everyZoneParsesFromItsIdAndHasDanielsLetter() {
        for (TrainingZone z : TrainingZone.values()) {
            assertEquals(z, TrainingZone.parse(z.id()));
        }
        assertEquals('T', TrainingZone.THRESHOLD.letter());
        assertEquals('E', TrainingZone.EASY.letter());
    }

    @Test
    void aRangePrintsInKilometres() {
        assertEquals("5:28-5:43/km", PaceRange.of(Pace.parse("5:28/km"), Pace.parse("5:43/km")).toString());
    }

    @Test
    void riegelRefusesAZeroTargetNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Riegel.predict(Distance.ofKm(10), Duration.ofMinutes(40), Distance.ZERO));
        assertTrue(e.getMessage().startsWith("distance: 0.0 km is not allowed"), e.getMessage());
    }
}
