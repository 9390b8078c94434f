package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.DistanceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly outline's build-up weeks say how much they add, and on what: the stated volume, then the largest of the three weeks before. */
class VolumeOutlineTest {

    static String says(List<WeekShape> weeks, int week) {
        return weeks.get(week).reasons().get(0).message();
    }

    @Test
    void theFirstWeeksGrowOnTheStatedCurrentVolume() {
        List<WeekShape> weeks = VolumeProgression.outline(16, 350, 500, DistanceUnit.MI);
        assertEquals("build-up: 36.5 mi, +4% on your current 35.0 mi a week", says(weeks, 0));
        assertEquals("build-up: 38.1 mi, +4% on your current 35.0 mi a week", says(weeks, 1));
    }

    @Test
    void fromTheFourthWeekTheyGrowOnTheLargestOfTheThreeWeeksBefore() {
        List<WeekShape> weeks = VolumeProgression.outline(16, 350, 500, DistanceUnit.MI);
        assertEquals(TrainingPhase.BUILD, weeks.get(3).phase());
        assertEquals("build-up: 39.8 mi, +4% on the largest of the three weeks before (38.1 mi)", says(weeks, 3));
    }

    @Test
    void aShortPlanAtItsReachablePeakGrowsTheFullTenPercentEveryLoadingWeek() {
        List<WeekShape> weeks = VolumeProgression.outline(12, 300, 529, DistanceUnit.MI);
        assertEquals(List.of(330, 362, 272, 398, 437, 480, 360, 528, 529, 529, 370, 238),
                weeks.stream().map(WeekShape::volumeTenths).toList());
        assertEquals("build-up: 33.0 mi, +10% on your current 30.0 mi a week", says(weeks, 0));
        assertEquals("build-up: 48.0 mi, +10% on the largest of the three weeks before (43.7 mi)", says(weeks, 5));
        assertEquals(529, VolumeProgression.reachablePeakTenths(12, 300));
    }

    @Test
    void aWeekThatHoldsTheVolumeSaysPlusZero() {
        List<WeekShape> weeks = VolumeProgression.outline(12, 400, 400, DistanceUnit.MI);
        assertEquals("build-up: 37.7 mi, +0% on the largest of the three weeks before (37.7 mi)", says(weeks, 3));
    }

    @Test
    void aWeekBelowTheStatedVolumeSaysMinus() {
        List<WeekShape> weeks = VolumeProgression.outline(12, 400, 400, DistanceUnit.MI);
        assertEquals("build-up: 37.7 mi, -6% on your current 40.0 mi a week", says(weeks, 0));
    }

    @Test
    void thePeakIsHeldThreeWeeksInEveryPlanLength() {
        for (int weeks = 12; weeks <= 24; weeks++) {
            List<WeekShape> outline = VolumeProgression.outline(weeks, 350, 400, DistanceUnit.MI);
            assertEquals(3, outline.stream().filter(w -> w.phase() == TrainingPhase.PEAK).count(), weeks + " weeks");
            assertEquals(weeks, outline.size());
        }
    }

    @Test
    void cutbackWeeksNameTheirBlock() {
        List<WeekShape> weeks = VolumeProgression.outline(16, 350, 500, DistanceUnit.MI);
        assertEquals("cutback: week 3 of base block 1, 25% below the week before (38.1 mi)", says(weeks, 2));
        assertEquals("cutback: week 4 of build block 3, 25% below the week before (47.2 mi)", says(weeks, 9));
    }

    @Test
    void peakWeeksSayWhatWasRequested() {
        List<WeekShape> weeks = VolumeProgression.outline(12, 300, 529, DistanceUnit.MI);
        assertEquals("peak: week 1 of 3 held at 52.8 mi (requested 52.9 mi)", says(weeks, 7));
    }
}
