package dev.recovery.core.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class DanielsGilbertTest {

    @Test
    void oxygenCostAtTwoHundredMetresPerMinuteIsHandComputed() {
        // -4.60 + 0.182258 x 200 + 0.000104 x 200^2 = -4.60 + 36.4516 + 4.16
        assertEquals(36.0116, DanielsGilbert.oxygenCost(200), 1e-9);
    }

    @Test
    void sustainableFractionAtTimeZeroIsTheSumOfItsWeights() {
        assertEquals(0.8 + 0.1894393 + 0.2989558, DanielsGilbert.sustainableFraction(0), 1e-12);
    }

    @Test
    void sustainableFractionForAVeryLongEffortApproachesEightyPercent() {
        assertEquals(0.8, DanielsGilbert.sustainableFraction(10_000), 1e-9);
    }

    @Test
    void sustainableFractionAtThirtyMinutesIsHandComputed() {
        // 0.8 + 0.1894393 e^(-0.38334) + 0.2989558 e^(-5.797815)
        double expected = 0.8 + 0.1894393 * Math.exp(-0.38334) + 0.2989558 * Math.exp(-5.797815);
        assertEquals(expected, DanielsGilbert.sustainableFraction(30), 1e-12);
        assertEquals(0.9300, DanielsGilbert.sustainableFraction(30), 1e-4); // 0.8 + 0.12912 + 0.00091
    }

    @Test
    void speedForInvertsOxygenCost() {
        qt().forAll(doubles().between(60, 500))
                .check(v -> Math.abs(DanielsGilbert.speedFor(DanielsGilbert.oxygenCost(v)) - v) < 1e-6);
    }

    @Test
    void minutesForSolvesTheVdotEquation() {
        qt().forAll(doubles().between(Vdot.MIN, Vdot.MAX), doubles().between(1_500, 42_195))
                .check((vdot, metres) -> Math.abs(DanielsGilbert.vdot(metres, DanielsGilbert.minutesFor(vdot, metres)) - vdot) < 1e-5);
    }

    @Test
    void vdotFallsAsTheTimeForADistanceGrows() {
        qt().forAll(doubles().between(1_500, 42_195), doubles().between(3, 500), doubles().between(0.01, 60))
                .check((metres, minutes, extra) -> DanielsGilbert.vdot(metres, minutes + extra) < DanielsGilbert.vdot(metres, minutes));
    }

    @Test
    void fasterSpeedCostsMoreOxygen() {
        assertTrue(DanielsGilbert.oxygenCost(250) > DanielsGilbert.oxygenCost(249));
    }
}
