package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaceTest {

    @Test
    void paceOfTenKmInFiftyFiveMinutesIsFiveThirtyPerKm() {
        assertEquals(330, Pace.of(Distance.ofKm(10), Duration.ofMinutes(55)).secondsPerKm(), 1e-9);
    }

    @Test
    void parsesPerKm() {
        assertEquals(330, Pace.parse("5:30/km").secondsPerKm(), 1e-9);
    }

    @Test
    void parsesPerMile() {
        assertEquals(531, Pace.parse("8:51/mi").secondsPerMile(), 1e-9);
    }

    @Test
    void formatsInBothUnits() {
        Pace pace = Pace.ofSecondsPerKm(330);
        assertEquals("5:30/km", pace.format(DistanceUnit.KM));
        assertEquals("8:51/mi", pace.format(DistanceUnit.MI));
    }

    @Test
    void refusesTenKmInFiveMinutes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pace.of(Distance.ofKm(10), Duration.ofMinutes(5)));
        assertTrue(e.getMessage().startsWith("pace: 0:30/km is not allowed"), e.getMessage());
    }

    @Test
    void refusesPaceWithoutUnit() {
        assertThrows(IllegalArgumentException.class, () -> Pace.parse("5:30"));
    }

    @Test
    void timeForDistanceInvertsPace() {
        qt().forAll(doubles().between(Pace.MIN_SECONDS_PER_KM, Pace.MAX_SECONDS_PER_KM), doubles().between(0.1, 100))
                .check((spk, km) -> Math.abs(Pace.of(Distance.ofKm(km), Pace.ofSecondsPerKm(spk).timeFor(Distance.ofKm(km))).secondsPerKm() - spk) < 0.02);
    }

    @Test
    void perMileIsSlowerNumberThanPerKm() {
        qt().forAll(doubles().between(Pace.MIN_SECONDS_PER_KM, Pace.MAX_SECONDS_PER_KM))
                .check(spk -> Pace.ofSecondsPerKm(spk).secondsPerMile() > spk);
    }
}
