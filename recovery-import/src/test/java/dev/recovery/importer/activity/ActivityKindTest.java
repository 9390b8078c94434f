package dev.recovery.importer.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityKindTest {

    @Test
    void garminAndStravaNamesAreRecognised() {
        assertEquals(Optional.of(ActivityKind.RUN), ActivityKind.forType("Trail Run"));
        assertEquals(Optional.of(ActivityKind.RUN), ActivityKind.forType("running"));
        assertEquals(Optional.of(ActivityKind.BIKE), ActivityKind.forType("VirtualRide"));
        assertEquals(Optional.of(ActivityKind.BIKE), ActivityKind.forType("Biking"));
        assertEquals(Optional.of(ActivityKind.STRENGTH), ActivityKind.forType("weight_training"));
        assertEquals(Optional.of(ActivityKind.WALK), ActivityKind.forType("Hike"));
    }

    @Test
    void unknownTypesAreEmpty() {
        assertTrue(ActivityKind.forType("Kayaking").isEmpty());
        assertTrue(ActivityKind.forType(null).isEmpty());
    }

    @Test
    void anImportedRunWithAnImpossiblePaceIsRefusedNamingTheField() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ImportedActivity.of(null, java.time.Instant.parse("2020-01-01T00:00:00Z"), java.time.ZoneOffset.UTC,
                        ActivityKind.RUN, java.time.Duration.ofMinutes(1), Optional.of(dev.recovery.core.unit.Distance.ofKm(10)),
                        Optional.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), Optional.empty(), "x"));
        assertTrue(e.getMessage().startsWith("duration:"), e.getMessage());
    }

    @Test
    void implausibleHeartRatesAreDroppedAsSensorNoise() {
        ImportedActivity a = ImportedActivity.of(null, java.time.Instant.parse("2020-01-01T00:00:00Z"), java.time.ZoneOffset.UTC,
                ActivityKind.BIKE, java.time.Duration.ofMinutes(60), Optional.empty(), Optional.empty(),
                java.util.OptionalInt.of(0), java.util.OptionalInt.of(300), Optional.empty(), "x");
        assertTrue(a.avgHeartRate().isEmpty());
        assertEquals(dev.recovery.core.load.LoadMethod.ESTIMATED, a.load().method());
    }
}
