package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.RaceDistance;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.request.TuneUp;
import dev.recovery.plans.workout.WorkoutKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional tune-up race: scheduled 3-6 weeks out with easy days around it, and its result recalibrating the paces. */
class TuneUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate RACE = LocalDate.of(2027, 4, 18);
    private static final LocalDate TUNE_UP = LocalDate.of(2027, 3, 14);

    private static PlanRequest.Builder request() {
        return PlanRequest.builder(RACE, Distance.ofMiles(30), Distance.ofMiles(55), RaceResult.goalMarathon(Durations.parse("3:30:00")))
                .weeks(18).runsPerWeek(5).units(DistanceUnit.MI);
    }

    private static Day day(Plan plan, LocalDate date) {
        return plan.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void theTuneUpIsRunOnItsDayWithEasyDaysAroundIt() {
        Plan plan = PlanBuilder.build(request().tuneUp(TuneUp.parse("2027-03-14:half")).build(), TODAY);
        PlannedRun race = day(plan, TUNE_UP).runs().get(0);
        assertEquals(WorkoutKind.TUNE_UP, race.kind());
        assertEquals(21_098, race.distance().metres(), 1e-9);
        day(plan, TUNE_UP.minusDays(1)).runs().forEach(r -> assertEquals(WorkoutKind.SHAKEOUT, r.kind()));
        for (int after = 1; after <= 2; after++) {
            day(plan, TUNE_UP.plusDays(after)).runs().forEach(r -> assertFalse(r.isHard(), r.toString()));
        }
        long hard = plan.weekOf(TUNE_UP).orElseThrow().days().stream().flatMap(d -> d.runs().stream()).filter(PlannedRun::isHard).count();
        assertEquals(1, hard, "the tune-up is its week's one hard day");
    }

    @Test
    void hardDaysStayApartWithATuneUp() {
        for (String text : List.of("2027-03-07:10k", "2027-03-13:half", "2027-03-14:half", "2027-03-20:10k", "2027-03-28:half")) {
            Plan plan = PlanBuilder.build(request().tuneUp(TuneUp.parse(text)).build(), TODAY);
            List<Day> days = plan.days();
            for (int d = 1; d < days.size(); d++) {
                assertFalse(days.get(d).isHard() && days.get(d - 1).isHard(), text + ": " + days.get(d).date());
            }
            assertEquals(5, plan.weekOf(TuneUp.parse(text).date()).orElseThrow().runCount(), text);
        }
    }

    @Test
    void aTuneUpOutsideThreeToSixWeeksBeforeTheRaceIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> request().tuneUp(TuneUp.parse("2027-04-04:half")).build());
        assertTrue(e.getMessage().startsWith("tune-up: "), e.getMessage());
        assertTrue(e.getMessage().contains("2027-03-07") && e.getMessage().contains("2027-03-28"), e.getMessage());
    }

    @Test
    void aTuneUpOfAnotherDistanceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TuneUp.parse("2027-03-14:5k"));
        assertTrue(e.getMessage().startsWith("tune-up: "), e.getMessage());
        assertTrue(e.getMessage().contains("10k or half"), e.getMessage());
    }

    @Test
    void aRaceResultRecalibratesThePacesForTheWeeksAfter() {
        Plan plan = PlanBuilder.build(request().tuneUp(TuneUp.parse("2027-03-14:half")).build(), TODAY);
        Plan after = PlanBuilder.recalibrate(plan, Durations.parse("1:38:20"));
        assertNotEquals(plan.paces(), after.paces());
        assertEquals(day(plan, TUNE_UP), day(after, TUNE_UP), "days up to the tune-up stay");
        PlannedRun later = day(after, LocalDate.of(2027, 3, 21)).runs().get(0);
        assertEquals(after.paces().easy(), later.workout().steps().get(0).pace(), "the long run after uses the new easy pace");
        assertTrue(after.reasons().stream().anyMatch(r -> r.ruleId().equals("plan-tune-up")));
    }

    @Test
    void aRaceResultWithoutATuneUpIsRefusedNamingTheField() {
        Plan plan = PlanBuilder.build(request().build(), TODAY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanBuilder.recalibrate(plan, Durations.parse("1:38:20")));
        assertTrue(e.getMessage().startsWith("race-result: 1:38:20"), e.getMessage());
        assertTrue(e.getMessage().contains("tune-up"), e.getMessage());
    }

    @Test
    void anImpossibleResultIsRefusedNamingTheField() {
        Plan plan = PlanBuilder.build(request().tuneUp(new TuneUp(TUNE_UP, RaceDistance.HALF_MARATHON)).build(), TODAY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanBuilder.recalibrate(plan, Durations.parse("0:40:00")));
        assertTrue(e.getMessage().startsWith("race-result: "), e.getMessage());
    }
}
