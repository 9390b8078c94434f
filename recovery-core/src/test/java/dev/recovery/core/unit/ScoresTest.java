package dev.recovery.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void painElevenNamesFieldValueAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PainScore.of(11));
        assertEquals("pain: 11 is not allowed; expected a whole number from 0 to 10", e.getMessage());
    }

    @Test
    void painParsesOutOfTen() {
        assertEquals(PainScore.of(3), PainScore.parse("3/10"));
    }

    @Test
    void painRefusesWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PainScore.parse("bad"));
        assertEquals("pain: 'bad' is not allowed; expected a whole number from 0 to 10", e.getMessage());
    }

    @Test
    void rpeZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rpe.of(0));
        assertEquals("rpe: 0 is not allowed; expected a whole number from 1 to 10", e.getMessage());
    }

    @Test
    void everyPainFromZeroToTenIsAccepted() {
        qt().forAll(integers().between(0, 10)).check(p -> PainScore.of(p).value() == p);
    }

    @Test
    void everyPainOutsideZeroToTenIsRefused() {
        qt().forAll(integers().all()).assuming(p -> p < 0 || p > 10).check(p -> {
            try {
                PainScore.of(p);
                return false;
            } catch (IllegalArgumentException expected) {
                return expected.getMessage().startsWith("pain: " + p + " ");
            }
        });
    }

    @Test
    void everyRpeOutsideOneToTenIsRefused() {
        qt().forAll(integers().all()).assuming(r -> r < 1 || r > 10).check(r -> {
            try {
                Rpe.of(r);
                return false;
            } catch (IllegalArgumentException expected) {
                return true;
            }
        });
    }
}
