package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.workout.IntensityLimits;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutLibrary;
import dev.recovery.plans.workout.WorkoutRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Race week's days: the sharpener 3-5 days out, the day before the race a 20-30 min shake-out or
 * rest, the runs moved off the day before and sized so the week cuts 41-60% of the peak (Pfitzinger
 * &amp; Douglas, Advanced Marathoning; Bosquet et al. 2007, MSSE 39:1358).
 */
class RaceWeekDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** A Sunday: race week runs Monday (day 0) to Sunday (day 6). */
    private static final LocalDate RACE = LocalDate.of(2027, 4, 18);
    private static final WorkoutRequest BASE = new WorkoutRequest(TrainingPaces.of(Vdot.of(45)), 30_000, TrainingPhase.RACE_WEEK, 0,
            WorkoutRequest.MIN_TARGET_METRES);
    private static final int DAY_BEFORE = PlanBuilder.RACE_DAY - 1;
    private static final int LEAST_CUT_PEAK_PERCENT = 100 - VolumeProgression.TAPER_CUT_MIN_PERCENT;

    private static PlanRequest.Builder request(int runs, DayOfWeek longRun, DayOfWeek rest, DayOfWeek cross) {
        return PlanRequest.builder(RACE, Distance.ofKm(40), Distance.ofKm(55), RaceResult.goalMarathon(Durations.parse("3:45:00")))
                .weeks(16).runsPerWeek(runs).units(DistanceUnit.KM).longRunDay(longRun).restDay(rest).crossTrainingDay(cross);
    }

    private static Week raceWeek(Plan plan) {
        return plan.weeks().get(plan.weeks().size() - 1);
    }

    /** Race week as the builder plans it for a template, a target volume, a peak and a cap on each run. */
    private static final class RaceWeekDays {
        final Workout[][] planned = new Workout[7][2];
        final int[] count = new int[7];
        final List<List<Reason>> reasons = new ArrayList<>();

        RaceWeekDays(PlanRequest request, int volume, int peak, int runCap) {
            for (int d = 0; d < 7; d++) {
                reasons.add(new ArrayList<>());
            }
            PlanBuilder.raceWeek(WeekTemplate.of(request), request.runsPerWeek(), volume, peak, runCap, BASE, planned, count, reasons);
        }

        List<Workout> runs(WorkoutKind kind) {
            List<Workout> runs = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                for (int k = 0; k < count[d]; k++) {
                    if (planned[d][k].kind() == kind) {
                        runs.add(planned[d][k]);
                    }
                }
            }
            return runs;
        }

        int trainingMetres() {
            int metres = 0;
            for (int d = 0; d < PlanBuilder.RACE_DAY; d++) {
                for (int k = 0; k < count[d]; k++) {
                    metres += planned[d][k].metres();
                }
            }
            return metres;
        }
    }

    /** Three runs: Thursday and Saturday around a Friday rest day, day 0 (Monday) free. */
    private static PlanRequest threeRunsMondayFree() {
        return request(3, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY).build();
    }

    /** Six runs on Monday to Thursday and Saturday in race week: no day before the race is free. */
    private static PlanRequest sixRunsNoFreeDay() {
        return request(6, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY).build();
    }

    private static int shakeoutMetres() {
        return WorkoutLibrary.build(WorkoutKind.SHAKEOUT, BASE.withTargetMetres(WorkoutRequest.MIN_TARGET_METRES)).metres();
    }

    // The sharpener's days.

    @Test
    void threeDaysBeforeTheRaceIsASharpenerDay() {
        assertTrue(PlanBuilder.isSharpenerDay(PlanBuilder.RACE_DAY - 3));
    }

    @Test
    void fiveDaysBeforeTheRaceIsASharpenerDay() {
        assertTrue(PlanBuilder.isSharpenerDay(PlanBuilder.RACE_DAY - 5));
    }

    @Test
    void twoDaysBeforeTheRaceIsNoSharpenerDay() {
        assertFalse(PlanBuilder.isSharpenerDay(PlanBuilder.RACE_DAY - 2));
    }

    @Test
    void sixDaysBeforeTheRaceIsNoSharpenerDay() {
        assertFalse(PlanBuilder.isSharpenerDay(PlanBuilder.RACE_DAY - 6));
    }

    @Test
    void theSharpenerIsOnTheEarliestRunDayThreeToFiveDaysOut() {
        // Three runs, the long run on Tuesday and a run on Sunday, the race's weekday: in race week the long run's day
        // (five days out) and Thursday (three days out) are run days.
        Week race = raceWeek(PlanBuilder.build(request(3, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build(), TODAY));
        assertEquals(WorkoutKind.SHARPENER, race.days().get(1).runs().get(0).kind());
        assertEquals(WorkoutKind.EASY, race.days().get(3).runs().get(0).kind());
    }

    @Test
    void aRunOnTheRacesWeekdayMovesToTheLongRunsDayInRaceWeek() {
        Week race = raceWeek(PlanBuilder.build(request(3, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build(), TODAY));
        assertEquals(3, race.runCount());
        assertEquals(1, race.days().get(1).runs().size());
    }

    // The day before the race.

    @Test
    void theShakeOutOfARaceWeekWithinItsCapsIsTheShortestTwentyMinutes() {
        Plan plan = PlanBuilder.build(request(4, DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.TUESDAY).build(), TODAY);
        Workout shakeout = raceWeek(plan).days().get(DAY_BEFORE).runs().get(0).workout();
        Workout shortest = WorkoutLibrary.build(WorkoutKind.SHAKEOUT, new WorkoutRequest(plan.paces(), BASE.weekMetres(),
                TrainingPhase.RACE_WEEK, 0, WorkoutRequest.MIN_TARGET_METRES));
        assertEquals(shortest, shakeout);
    }

    @Test
    void theDayBeforeStaysAShakeOutWhenTheOtherRunAtItsCapCarriesTheWeekExactly() {
        int volume = 20_000;
        RaceWeekDays week = new RaceWeekDays(threeRunsMondayFree(), volume, 40_000, volume - shakeoutMetres());
        assertEquals(WorkoutKind.SHAKEOUT, week.planned[DAY_BEFORE][0].kind());
        assertEquals(0, week.count[0]);
    }

    @Test
    void theDayBeforeRestsWhenTheOtherRunAtItsCapCouldNotCarryTheWeek() {
        int volume = 20_000;
        RaceWeekDays week = new RaceWeekDays(threeRunsMondayFree(), volume, 40_000, volume - shakeoutMetres() - 1);
        assertEquals(0, week.count[DAY_BEFORE]);
    }

    @Test
    void theRunMovedOffTheDayBeforeGoesToTheEarliestFreeDay() {
        int volume = 20_000;
        RaceWeekDays week = new RaceWeekDays(threeRunsMondayFree(), volume, 40_000, volume - shakeoutMetres() - 1);
        assertEquals(1, week.count[0]);
        assertEquals(WorkoutKind.EASY, week.planned[0][0].kind());
    }

    @Test
    void theFreeDayIsTheEarliestDayWithoutARun() {
        assertEquals(1, PlanBuilder.raceWeekFreeDay(List.of(0, 2, DAY_BEFORE), 4));
    }

    @Test
    void theRestDayIsNeverTheFreeDay() {
        assertEquals(2, PlanBuilder.raceWeekFreeDay(List.of(1, DAY_BEFORE), 0));
    }

    @Test
    void aRaceWeekWithRunsOnEveryDayButRestHasNoFreeDay() {
        assertEquals(-1, PlanBuilder.raceWeekFreeDay(List.of(0, 1, 2, 3, DAY_BEFORE), 4));
    }

    // The second run of a double day moved off the day before the race.

    @Test
    void theMovedRunGoesToTheEarliestSingleRunDay() {
        assertEquals(0, PlanBuilder.raceWeekDoubleDay(List.of(0, 2, 3, 4, 4, DAY_BEFORE)));
    }

    @Test
    void theMovedRunSkipsTheSharpenerDaysForAnEasyDay() {
        assertEquals(4, PlanBuilder.raceWeekDoubleDay(List.of(0, 0, 1, 3, 4, DAY_BEFORE)));
    }

    @Test
    void theMovedRunGoesToASharpenerDayWhenNoOtherSingleRunDayIsLeft() {
        assertEquals(2, PlanBuilder.raceWeekDoubleDay(List.of(0, 0, 2, 3, DAY_BEFORE)));
    }

    @Test
    void aRaceWeekWithoutASingleRunDayCannotTakeTheMovedRun() {
        assertThrows(IllegalStateException.class, () -> PlanBuilder.raceWeekDoubleDay(List.of(0, 0, DAY_BEFORE)));
    }

    // Runs at their cap: the shake-out takes what they leave, within 30 min.

    @Test
    void theShakeOutTakesWhatRunsAtTheirCapLeaveOfTheWeek() {
        int cap = 8_000;
        int sharpener = WorkoutLibrary.build(WorkoutKind.SHARPENER, BASE.withTargetMetres(cap)).metres();
        // 500 m fit in the shake-out's 20-30 min beside its strides, and leave the other runs 8.1 km each.
        int volume = shakeoutMetres() + sharpener + 3 * cap + 500;
        RaceWeekDays week = new RaceWeekDays(sixRunsNoFreeDay(), volume, 2 * volume, cap);
        assertEquals(List.of(cap, cap, cap), week.runs(WorkoutKind.EASY).stream().map(Workout::metres).toList());
        int metres = week.trainingMetres();
        assertEquals(volume, metres, 2, "the shake-out takes the 500 m the capped runs leave");
    }

    @Test
    void theShakeOutTakingWhatCappedRunsLeaveStaysWithinThirtyMinutes() {
        int cap = 8_000;
        int sharpener = WorkoutLibrary.build(WorkoutKind.SHARPENER, BASE.withTargetMetres(cap)).metres();
        int volume = shakeoutMetres() + sharpener + 3 * cap + 5_000;
        RaceWeekDays week = new RaceWeekDays(sixRunsNoFreeDay(), volume, 2 * volume, cap);
        int seconds = week.planned[DAY_BEFORE][0].seconds();
        int most = IntensityLimits.SHAKEOUT_MAX_SECONDS.whole();
        assertTrue(seconds <= most && seconds > most - 60, seconds + " s");
    }

    // Small race weeks: easy runs up to 2 km where the taper's least cut (41%) leaves room.

    @Test
    void theEasyRunsOfASmallRaceWeekShareWhatTheLeastCutLeavesAfterTheSharpenerAndTheShakeOut() {
        int volume = 12_000;
        int peak = 28_000;
        RaceWeekDays week = new RaceWeekDays(sixRunsNoFreeDay(), volume, peak, 20_000);
        int taken = week.runs(WorkoutKind.SHARPENER).get(0).metres() + week.runs(WorkoutKind.SHAKEOUT).get(0).metres();
        int room = (Percent.of(peak, LEAST_CUT_PEAK_PERCENT) - taken) / 3 / PlanBuilder.ROUND_METRES * PlanBuilder.ROUND_METRES;
        assertTrue(room > WorkoutRequest.MIN_TARGET_METRES && room < PlanBuilder.RACE_WEEK_MIN_EASY_METRES, room + " m");
        assertEquals(List.of(room, room, room), week.runs(WorkoutKind.EASY).stream().map(Workout::metres).toList());
    }

    @Test
    void theEasyRunsOfASmallRaceWeekWithRoomUnderTheLeastCutAreTwoKilometres() {
        RaceWeekDays week = new RaceWeekDays(sixRunsNoFreeDay(), 12_000, 60_000, 20_000);
        int least = PlanBuilder.RACE_WEEK_MIN_EASY_METRES;
        assertEquals(List.of(least, least, least), week.runs(WorkoutKind.EASY).stream().map(Workout::metres).toList());
    }

    // Cross-training set for the race's weekday.

    @Test
    void raceWeeksCrossTrainingOnTheRacesWeekdayMovesToTheDayBefore() {
        Week race = raceWeek(PlanBuilder.build(request(3, DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY).build(), TODAY));
        assertTrue(race.days().get(DAY_BEFORE).cross().isPresent(), race.days().get(DAY_BEFORE).toString());
    }

    @Test
    void raceWeeksCrossTrainingOnTheRacesWeekdayMovesTwoDaysBackWhenTheDayBeforeIsRest() {
        Week race = raceWeek(PlanBuilder.build(request(3, DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).build(), TODAY));
        assertTrue(race.days().get(DAY_BEFORE - 1).cross().isPresent(), race.days().get(DAY_BEFORE - 1).toString());
    }
}
