package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.load.HeartRateProfile;
import dev.recovery.core.load.Sex;
import dev.recovery.core.load.Trimp;
import dev.recovery.core.load.TrimpVariant;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeartRatesTest {

    private static final HeartRateProfile ANN = HeartRateProfile.of(48, 186, Sex.FEMALE);

    @Test
    void lowestAndHighestAreAccepted() {
        assertTrue(HeartRates.isPlausible(25));
        assertTrue(HeartRates.isPlausible(250));
    }

    @Test
    void justOutsideTheRangeIsRefused() {
        assertFalse(HeartRates.isPlausible(24));
        assertFalse(HeartRates.isPlausible(251));
    }

    @Test
    void sessionHeartRateAboveTheLimitNamesTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CrossTraining(LocalDate.of(2026, 11, 20),
                CrossActivity.BIKE, Duration.ofMinutes(45), Optional.empty(), OptionalInt.of(251)));
        assertEquals("avg-hr: 251 is not allowed; expected a heart rate from 25 to 250 beats per minute", e.getMessage());
    }

    @Test
    void sessionsTrimpAndProfilesAgreeOnTheRange() {
        qt().forAll(integers().between(0, 400)).checkAssert(bpm -> {
            boolean session = accepts(() -> new CrossTraining(LocalDate.of(2026, 11, 20), CrossActivity.BIKE,
                    Duration.ofMinutes(45), Optional.empty(), OptionalInt.of(bpm)));
            boolean trimp = accepts(() -> Trimp.of(Duration.ofMinutes(45), bpm, ANN, TrimpVariant.values()[0]));
            assertEquals(HeartRates.isPlausible(bpm), session);
            assertEquals(HeartRates.isPlausible(bpm), trimp);
        });
        assertEquals(HeartRates.MIN_BPM, HeartRateProfile.MIN_RESTING);
        assertEquals(HeartRates.MAX_BPM, HeartRateProfile.MAX_MAX);
    }

    private static boolean accepts(Runnable build) {
        try {
            build.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
