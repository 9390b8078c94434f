package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.workout.WorkoutKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Race week on requests the race-week and taper properties once failed on. */
class RaceWeekTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Seven runs a week, the long run on Monday, the race on a Wednesday: the template doubles the day before the race. */
    static Plan sevenRunsDoubledBeforeTheRace() {
        PlanRequest request = PlanRequest.builder(LocalDate.of(2028, 2, 9), Distance.ofKm(105.5), Distance.ofKm(115.3),
                RaceResult.goalMarathon(Durations.parse("5:44:00"))).weeks(13).runsPerWeek(7).units(DistanceUnit.KM)
                .longRunDay(DayOfWeek.MONDAY).restDay(DayOfWeek.SUNDAY).crossTrainingDay(DayOfWeek.FRIDAY)
                .strengthDays(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY).build();
        return PlanBuilder.build(request, TODAY);
    }

    /** Seven runs a week on a low volume and a fast 10K: the sharpener alone is a big part of race week. */
    static Plan sevenRunsLowVolume() {
        PlanRequest request = PlanRequest.builder(LocalDate.of(2027, 7, 5), Distance.ofKm(37.3), Distance.ofKm(38.7),
                RaceResult.recentRace(Distance.ofKm(10), Durations.parse("38:00"))).weeks(12).runsPerWeek(7).units(DistanceUnit.KM)
                .longRunDay(DayOfWeek.MONDAY).restDay(DayOfWeek.SATURDAY).crossTrainingDay(DayOfWeek.FRIDAY)
                .strengthDays(DayOfWeek.FRIDAY, DayOfWeek.THURSDAY).build();
        return PlanBuilder.build(request, TODAY);
    }

    /** Three runs a week near their 3-hour cap: a sharpener beside a shake-out could not carry 40% of the peak. */
    static Plan threeRunsAtTheTimeCap() {
        PlanRequest request = PlanRequest.builder(LocalDate.of(2027, 6, 17), Distance.ofKm(53.8), Distance.ofKm(53.8),
                RaceResult.goalMarathon(Durations.parse("5:52:00"))).weeks(13).runsPerWeek(3).units(DistanceUnit.KM)
                .longRunDay(DayOfWeek.SATURDAY).restDay(DayOfWeek.TUESDAY).crossTrainingDay(DayOfWeek.FRIDAY)
                .strengthDays(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).build();
        return PlanBuilder.build(request, TODAY);
    }

    private static Week raceWeek(Plan plan) {
        return plan.weeks().get(plan.weeks().size() - 1);
    }

    private static double peak(Plan plan) {
        return plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.PEAK).mapToDouble(w -> w.trainingVolume().metres())
                .max().orElseThrow();
    }

    @Test
    void theDayBeforeTheRaceIsOneShakeOutEvenWhereTheTemplateDoublesThatDay() {
        Day before = raceWeek(sevenRunsDoubledBeforeTheRace()).days().get(PlanBuilder.RACE_DAY - 1);
        assertEquals(1, before.runs().size(), before.toString());
        assertEquals(WorkoutKind.SHAKEOUT, before.runs().get(0).kind());
    }

    @Test
    void raceWeekKeepsItsRunsWhenTheDoubleDayMoves() {
        Plan plan = sevenRunsDoubledBeforeTheRace();
        assertEquals(plan.request().runsPerWeek(), raceWeek(plan).runCount());
    }

    @Test
    void theMovedRunGoesToTheEarliestDayOfRaceWeekAwayFromTheSharpener() {
        Week race = raceWeek(sevenRunsDoubledBeforeTheRace());
        assertEquals(2, race.days().get(0).runs().size(), race.days().get(0).toString());
        race.days().get(0).runs().forEach(r -> assertEquals(WorkoutKind.EASY, r.kind()));
    }

    @Test
    void theShakeOutIsTwentyToThirtyMinutesWithStrides() {
        Day before = raceWeek(sevenRunsDoubledBeforeTheRace()).days().get(PlanBuilder.RACE_DAY - 1);
        int seconds = before.runs().get(0).workout().seconds();
        assertTrue(seconds >= 20 * 60 && seconds <= 32 * 60, seconds + " s");
    }

    @Test
    void aLowVolumeSevenRunRaceWeekCutsFortyOneToSixtyPercentOfThePeak() {
        Plan plan = sevenRunsLowVolume();
        double share = raceWeek(plan).trainingVolume().metres() / peak(plan);
        assertTrue(share >= 0.40 && share <= 0.59, "race week at " + share + " of the peak");
    }

    @Test
    void aLowVolumeSevenRunRaceWeekKeepsItsRunsAndItsSharpener() {
        Week race = raceWeek(sevenRunsLowVolume());
        assertEquals(7, race.runCount());
        assertEquals(1, race.days().stream().flatMap(d -> d.runs().stream()).filter(r -> r.kind() == WorkoutKind.SHARPENER).count());
    }

    @Test
    void aLowVolumeRaceWeeksEasyRunsAreAtLeastTwoKilometresWhereTheCutAllows() {
        raceWeek(sevenRunsLowVolume()).days().forEach(d -> d.runs().stream().filter(r -> r.kind() == WorkoutKind.EASY)
                .forEach(r -> assertTrue(r.distance().metres() >= PlanBuilder.RACE_WEEK_MIN_EASY_METRES, r.toString())));
    }

    @Test
    void aThreeRunRaceWeekAtTheTimeCapRestsTheDayBeforeAndStillCutsAtMostSixtyPercent() {
        Plan plan = threeRunsAtTheTimeCap();
        Week race = raceWeek(plan);
        double share = race.trainingVolume().metres() / peak(plan);
        assertTrue(share >= 0.40 && share <= 0.59, "race week at " + share + " of the peak");
        assertTrue(race.days().get(PlanBuilder.RACE_DAY - 1).runs().isEmpty(), race.days().get(PlanBuilder.RACE_DAY - 1).toString());
        assertEquals(3, race.runCount());
    }
}
