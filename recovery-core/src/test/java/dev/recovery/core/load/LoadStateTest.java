package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The day-by-day state: what a day may add, the rolling sums it keeps, and its edges near zero. */
class LoadStateTest {

    private static LoadState of(double... loads) {
        return LoadState.of(DailyLoads.of(LocalDate.of(2026, 10, 1), loads), Convention.TRAININGPEAKS);
    }

    @Test
    void aRestDayOfZeroAndADayOfTheMaximumLoadAreAccepted() {
        LoadState s = LoadState.start(Convention.RUNALYZE);
        s.addDay(0);
        s.addDay(DailyLoads.MAX_DAILY_AU);
        assertEquals(2, s.days());
        assertEquals(DailyLoads.MAX_DAILY_AU, s.acuteLoad());
    }

    @Test
    void aLoadAboveTheMaximumIsRefusedAndLeavesTheStateUnchanged() {
        LoadState s = LoadState.start(Convention.RUNALYZE);
        s.addDay(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.addDay(Math.nextUp(DailyLoads.MAX_DAILY_AU)));
        assertTrue(e.getMessage().startsWith("load: "), e.getMessage());
        assertEquals(1, s.days());
        assertEquals(100, s.acuteLoad());
    }

    @Test
    void aNegativeLoadIsRefused() {
        LoadState s = LoadState.start(Convention.RUNALYZE);
        assertThrows(IllegalArgumentException.class, () -> s.addDay(-1));
        assertEquals(0, s.days());
    }

    @Test
    void theAcuteLoadIsTheLastSevenDaysAndTheChronicLoadTheLastTwentyEight() {
        double[] loads = new double[30];
        Arrays.fill(loads, 0, 23, 100);
        Arrays.fill(loads, 23, 30, 200);
        LoadState s = of(loads);
        assertEquals(1400, s.acuteLoad());
        // Days 3-30: 21 x 100 + 7 x 200.
        assertEquals(3500, s.chronicLoad());
    }

    @Test
    void theStateKeepsItsConvention() {
        assertEquals(Convention.GOLDENCHEETAH, LoadState.start(Convention.GOLDENCHEETAH).convention());
    }

    @Test
    void aChronicSumOfExactlyTheRoundingResidueIsStillALoad() {
        // Sums under 1e-9 AU are rounding residue and read as 0; 1e-9 itself is a (tiny) load.
        double[] loads = new double[28];
        loads[27] = 1e-9;
        LoadState s = of(loads);
        assertEquals(1e-9, s.chronicLoad());
        assertEquals(1e-9, s.acuteLoad());
        assertTrue(s.acwrRollingCoupled().isDefined());
    }

    @Test
    void theTwentyOneDaysBeforeTheAcuteWeekAtExactlyTheResidueStillGiveAnUncoupledRatio() {
        double[] loads = new double[28];
        loads[0] = 1e-9;
        LoadState s = of(loads);
        assertTrue(s.acwrRollingUncoupled().isDefined());
        assertEquals(0.0, s.acwrRollingUncoupled().ratio());
    }

    @Test
    void addingAndRemovingTheSameLoadsLeavesNoResidueThatWouldFakeARatio() {
        double[] loads = new double[70];
        for (int i = 0; i < 7; i++) {
            loads[i] = 0.1 * (i + 1);
        }
        LoadState s = of(loads);
        assertEquals(0.0, s.chronicLoad());
        assertFalse(s.acwrRollingCoupled().isDefined());
    }

    @Test
    void theBenchmarkChecksumAddsUpEveryRunningValue() {
        // TrainingPeaks, loads 70 then 140: fitness 70/42 then (41/42)(70/42) + 140/42; fatigue 10 then (6/7)10 + 20;
        // EWMA acute 70 then 0.75 x 70 + 0.25 x 140; chronic 70 then (27/29) 70 + (2/29) 140; sums 210 each.
        LoadState s = of(70, 140);
        double fitness1 = 70.0 / 42;
        double fitness2 = (1 - 1.0 / 42) * fitness1 + 140.0 / 42;
        double fatigue2 = (1 - 1.0 / 7) * 10 + 20;
        double acute = 0.75 * 70 + 0.25 * 140;
        double chronic = (1 - 2.0 / 29) * 70 + 2.0 / 29 * 140;
        assertEquals(fitness2 + fatigue2 + fitness1 + acute + chronic + 210 + 210, s.checksum(), 1e-9);
    }
}
