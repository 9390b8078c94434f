package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.recovery.core.unit.Distance;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RiegelTest {

    @Test
    void fortyMinuteTenKPredictsTheHandComputedHalf() {
        // 2400 s x (21.0975 / 10)^1.06 = 5295.367 s = 1:28:15.367
        Duration half = Riegel.predict(Distance.ofKm(10), Duration.ofMinutes(40), RaceDistance.HALF_MARATHON.distance());
        assertEquals(5_295_367, half.toMillis(), 1);
    }

    @Test
    void theSameDistanceGivesTheSameTime() {
        assertEquals(Duration.ofMinutes(25), Riegel.predict(Distance.ofKm(5), Duration.ofMinutes(25), Distance.ofKm(5)));
    }

    @Test
    void aZeroDistanceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Riegel.predict(Distance.ZERO, Duration.ofMinutes(25), Distance.ofKm(5)));
        assertEquals("race distance: 0.0 km is not allowed; expected a distance longer than zero", e.getMessage());
    }

    @Test
    void doublingTheDistanceMoreThanDoublesTheTime() {
        qt().forAll(doubles().between(1, 40), doubles().between(5, 300))
                .check((km, minutes) -> Riegel.predict(Distance.ofKm(km), Duration.ofSeconds(Math.round(minutes * 60)), Distance.ofKm(2 * km))
                        .toMillis() > 2 * Math.round(minutes * 60) * 1000L);
    }
}
