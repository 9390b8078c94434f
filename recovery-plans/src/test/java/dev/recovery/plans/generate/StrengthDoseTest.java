package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Bulgarian split squat hold across the strength-building weeks (Postma and Chung): 20 s to 2 min in 5 s steps. */
class StrengthDoseTest {

    @Test
    void aSingleStrengthBuildingWeekHoldsTheFullTwoMinutes() {
        assertEquals(StrengthProgram.LAST_HOLD_SECONDS, StrengthProgram.holdSeconds(0, 1));
    }

    @Test
    void twoStrengthBuildingWeeksGoFromTwentySecondsToTwoMinutes() {
        assertEquals(StrengthProgram.FIRST_HOLD_SECONDS, StrengthProgram.holdSeconds(0, 2));
        assertEquals(StrengthProgram.LAST_HOLD_SECONDS, StrengthProgram.holdSeconds(1, 2));
    }
}
