package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.DistanceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan rules' percentages at their exact limits, in whole tenths of the unit: a week or run
 * exactly at a limit is allowed and a tenth more is not, where floating point would land a hair
 * either side (50 x 1.1 is 55.00000000000001 in a double).
 */
class ExactBoundariesTest {

    @Test
    void aWeekExactlyTenPercentAboveTheLargestOfTheThreeBeforeIsAllowed() {
        assertEquals(550, Progression.weeklyCapTenths(500));
    }

    @Test
    void theWeeklyCapRoundsDownToTheTenth() {
        assertEquals(551, Progression.weeklyCapTenths(501), "110% of 50.1 is 55.11");
        assertEquals(559, Progression.weeklyCapTenths(509), "110% of 50.9 is 55.99, rounded down to 55.9");
    }

    @Test
    void theWeeklyCapWorksInWholeMetresToo() {
        assertEquals(55_000, Progression.weeklyCapTenths(50_000));
    }

    @Test
    void nothingBeforeMeansNothingMore() {
        assertEquals(0, Progression.weeklyCapTenths(0));
        assertEquals(0, Progression.runCapTenths(0));
    }

    @Test
    void aRunExactlyTenPercentLongerThanTheLongestOfThirtyDaysIsAllowed() {
        assertEquals(220, Progression.runCapTenths(200));
        assertEquals(221, Progression.runCapTenths(201), "110% of 20.1 is 22.11");
    }

    @Test
    void theWeeklyCapIsTheLargestWholeTenthWithinTenPercent() {
        qt().withExamples(200).forAll(integers().between(0, 200_000)).checkAssert(largest -> {
            long cap = Progression.weeklyCapTenths(largest);
            assertTrue(cap * 100 <= largest * 110L && (cap + 1) * 100 > largest * 110L, largest + " -> " + cap);
        });
    }

    @Test
    void theLongRunShareDropsTo35PercentExactlyAtSixtyFourKilometres() {
        assertEquals(50, LongRunLimits.sharePercent(639, DistanceUnit.KM));
        assertEquals(35, LongRunLimits.sharePercent(640, DistanceUnit.KM));
    }

    @Test
    void theLongRunShareDropsTo35PercentExactlyAtFortyMiles() {
        assertEquals(50, LongRunLimits.sharePercent(399, DistanceUnit.MI));
        assertEquals(35, LongRunLimits.sharePercent(400, DistanceUnit.MI));
    }

    @Test
    void aFortyMileWeeksLongRunIsExactly35PercentOfIt() {
        assertEquals(140, LongRunLimits.longRunCapTenths(400, DistanceUnit.MI));
        assertEquals(224, LongRunLimits.longRunCapTenths(640, DistanceUnit.KM));
    }

    @Test
    void justBelowTheThresholdTheLongRunIsHeldAtAThresholdWeeksLongRun() {
        assertEquals(140, LongRunLimits.longRunCapTenths(399, DistanceUnit.MI), "50% of 39.9 mi would be 19.9 mi");
        assertEquals(224, LongRunLimits.longRunCapTenths(639, DistanceUnit.KM));
    }

    @Test
    void aLowVolumeWeeksLongRunMayBeHalfOfIt() {
        assertEquals(100, LongRunLimits.longRunCapTenths(200, DistanceUnit.MI));
        assertEquals(99, LongRunLimits.longRunCapTenths(199, DistanceUnit.MI), "half of 19.9 mi, rounded down");
        assertEquals(150, LongRunLimits.longRunCapTenths(300, DistanceUnit.KM));
    }

    @Test
    void theAbsoluteCapTakesOverExactlyWhere35PercentReachesIt() {
        assertEquals(349, LongRunLimits.longRunCapTenths(999, DistanceUnit.KM));
        assertEquals(350, LongRunLimits.longRunCapTenths(1000, DistanceUnit.KM));
        assertEquals(350, LongRunLimits.longRunCapTenths(1001, DistanceUnit.KM));
        assertEquals(220, LongRunLimits.longRunCapTenths(640, DistanceUnit.MI), "35% of 64.0 mi is 22.4 mi, over the 22 mi cap");
        assertEquals(219, LongRunLimits.longRunCapTenths(627, DistanceUnit.MI), "35% of 62.7 mi is 21.945 mi");
    }

    @Test
    void otherRunsAreAtMost80PercentOfTheLongRunCap() {
        assertEquals(280, LongRunLimits.otherRunCapTenths(1000, DistanceUnit.KM));
        assertEquals(112, LongRunLimits.otherRunCapTenths(400, DistanceUnit.MI));
        assertEquals(79, LongRunLimits.otherRunCapTenths(199, DistanceUnit.MI), "80% of 9.9 mi is 7.92 mi");
    }

    @Test
    void aCutbackWeekIsThreeQuartersOfTheWeekBeforeRoundedHalfUp() {
        assertEquals(375, Percent.rounded(500, VolumeProgression.CUTBACK_PERCENT));
        assertEquals(377, Percent.rounded(502, VolumeProgression.CUTBACK_PERCENT), "75% of 50.2 is 37.65");
        assertEquals(376, Percent.rounded(501, VolumeProgression.CUTBACK_PERCENT), "75% of 50.1 is 37.575");
    }

    @Test
    void wholePercentsRoundDownOrHalfUp() {
        assertEquals(2, Percent.of(5, 50));
        assertEquals(3, Percent.rounded(5, 50));
        assertEquals(2, Percent.rounded(5, 49));
        assertEquals(0, Percent.of(0, 110));
    }

    @Test
    void aSixteenWeekPlanTapersOverTwoWeeksAt80And62PercentOfThePeak() {
        assertEquals(List.of(80, 62), VolumeProgression.taperPercents(16));
        assertEquals(List.of(70), VolumeProgression.taperPercents(15));
    }

    @Test
    void theTaperAndRaceWeekAreExactPercentagesOfThePeak() {
        List<WeekShape> weeks = VolumeProgression.outline(18, 350, 550, DistanceUnit.MI);
        assertEquals(TrainingPhase.PEAK, weeks.get(14).phase());
        assertEquals(550, weeks.get(14).volumeTenths());
        assertEquals(440, weeks.get(15).volumeTenths(), "80% of 55.0");
        assertEquals(341, weeks.get(16).volumeTenths(), "62% of 55.0");
        assertEquals(248, weeks.get(17).volumeTenths(), "45% of 55.0 is 24.75, rounded half up");
    }

    @Test
    void theTaperWeeksSayTheirPercentages() {
        List<WeekShape> weeks = VolumeProgression.outline(18, 350, 550, DistanceUnit.MI);
        assertEquals("taper: 80% of the peak, quality kept, runs kept", weeks.get(15).reasons().get(0).message());
        assertEquals("taper: 62% of the peak, quality kept, runs kept", weeks.get(16).reasons().get(0).message());
        assertEquals("race week: 45% of the peak in easy running, then the marathon", weeks.get(17).reasons().get(0).message());
    }

    @Test
    void aOneWeekTaperIsSeventyPercentOfThePeak() {
        List<WeekShape> weeks = VolumeProgression.outline(12, 350, 400, DistanceUnit.MI);
        assertEquals(TrainingPhase.TAPER, weeks.get(10).phase());
        assertEquals(280, weeks.get(10).volumeTenths());
        assertEquals("taper: 70% of the peak, quality kept, runs kept", weeks.get(10).reasons().get(0).message());
    }

    @Test
    void cutbackWeeksSayHowFarBelowTheWeekBeforeTheyAre() {
        List<WeekShape> weeks = VolumeProgression.outline(18, 350, 550, DistanceUnit.MI);
        WeekShape cutback = weeks.stream().filter(WeekShape::cutback).findFirst().orElseThrow();
        assertTrue(cutback.reasons().get(0).message().contains("25% below the week before"), cutback.reasons().get(0).message());
    }
}
