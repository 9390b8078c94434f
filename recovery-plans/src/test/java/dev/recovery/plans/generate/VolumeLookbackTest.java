package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The base of the weekly progression rule (no week above 110% of the largest of the three weeks
 * before it), with the weeks before the plan counted as the runner's current volume.
 */
class VolumeLookbackTest {

    @Test
    void theWeekThreeBackCountsWhenItIsTheLargest() {
        assertEquals(500, VolumeProgression.largestBefore(new int[] {500, 400, 300, 0}, 3, 100));
    }

    @Test
    void theWeekFourBackNoLongerCounts() {
        assertEquals(400, VolumeProgression.largestBefore(new int[] {600, 400, 300, 200, 0}, 4, 100));
    }

    @Test
    void weeksBeforeThePlanCountAsTheCurrentVolume() {
        assertEquals(450, VolumeProgression.largestBefore(new int[] {200, 300, 0}, 2, 450));
    }

    @Test
    void theCapOfAWeekIsTenPercentAboveTheLargestOfTheThreeBefore() {
        assertEquals(Progression.weeklyCapTenths(500), VolumeProgression.cap(new int[] {500, 400, 300, 0}, 3, 100));
    }
}
