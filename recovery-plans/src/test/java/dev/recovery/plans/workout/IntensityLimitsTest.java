package dev.recovery.plans.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Pace;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The limits at their boundaries: where a share of the week meets the absolute cap. */
class IntensityLimitsTest {

    @Test
    void thresholdIsTenPercentOfTheWeek() {
        assertEquals(6_000, IntensityLimits.maxMainSetMetres(Zone.T, 60_000));
    }

    @Test
    void intervalsAreEightPercentUpToTenKilometres() {
        assertEquals(9_999, IntensityLimits.maxMainSetMetres(Zone.I, 124_999));
        assertEquals(10_000, IntensityLimits.maxMainSetMetres(Zone.I, 125_000));
        assertEquals(10_000, IntensityLimits.maxMainSetMetres(Zone.I, 160_000));
    }

    @Test
    void repetitionsAreFivePercentUpToEightKilometres() {
        assertEquals(3_000, IntensityLimits.maxMainSetMetres(Zone.R, 60_000));
        assertEquals(8_000, IntensityLimits.maxMainSetMetres(Zone.R, 160_000));
        assertEquals(8_000, IntensityLimits.maxMainSetMetres(Zone.R, 200_000));
    }

    @Test
    void marathonPaceIsTwentyPercentUpToTwentyNineKilometres() {
        assertEquals(28_999, IntensityLimits.maxMainSetMetres(Zone.M, 144_995));
        assertEquals(29_000, IntensityLimits.maxMainSetMetres(Zone.M, 145_000));
        assertEquals(29_000, IntensityLimits.maxMainSetMetres(Zone.M, 200_000));
    }

    @Test
    void easyRunningHasNoPerSessionCap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntensityLimits.maxMainSetMetres(Zone.E, 60_000));
        assertTrue(e.getMessage().startsWith("zone: E is not allowed"), e.getMessage());
    }

    @Test
    void aSlowRunnersLongRunIsCappedByThreeHoursAtTheSlowEndOfTheirEasyPace() {
        PaceRange easy = PaceRange.of(Pace.ofSecondsPerKm(450), Pace.ofSecondsPerKm(480));
        assertEquals(22_500, IntensityLimits.longRunMaxMetres(easy));
    }

    @Test
    void aFastRunnersLongRunIsCappedAtThirtyFiveKilometres() {
        PaceRange easy = PaceRange.of(Pace.ofSecondsPerKm(270), Pace.ofSecondsPerKm(285));
        assertEquals(35_000, IntensityLimits.longRunMaxMetres(easy));
    }

    @Test
    void aMediumLongRunNeedsSixtyFourKilometresOverFiveRuns() {
        assertTrue(IntensityLimits.hasMediumLong(64_000, 5));
        assertFalse(IntensityLimits.hasMediumLong(63_999, 5));
        assertFalse(IntensityLimits.hasMediumLong(80_000, 4));
    }

    @Test
    void everyLimitHasAUniqueIdAndASource() {
        Set<String> ids = new HashSet<>();
        for (WorkoutLimit limit : IntensityLimits.ALL) {
            assertTrue(ids.add(limit.id()), limit.id());
            assertTrue(limit.reason().source() != null);
        }
    }
}
