package dev.recovery.plans.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Adaptation examples on the intermediate plan (18 weeks, 5 runs, 35 -> 55 mi, Monday-Sunday weeks, rest on Monday). */
class PlanAdapterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Reason SORE = Reason.of("amber-localized-pain", "localized calf pain", Sources.POSTMA_CHUNG);
    static final Plan PLAN = PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35),
            Distance.ofMiles(55), RaceResult.goalMarathon(Durations.parse("3:45:00"))).runsPerWeek(5).units(DistanceUnit.MI).build(), TODAY);
    /** Tuesday of week 5: the build week's tempo run. */
    static final LocalDate TEMPO_DAY = PLAN.weeks().get(4).start().plusDays(1);

    /** Every planned run before {@code date}, run as planned. */
    static List<Session> asPlanned(LocalDate date) {
        List<Session> runs = new ArrayList<>();
        PLAN.days().stream().filter(d -> d.date().isBefore(date)).forEach(d -> d.runs().forEach(r ->
                runs.add(Run.of(d.date(), r.distance(), r.pace().slow().timeFor(r.distance()), r.type()))));
        return runs;
    }

    static Day day(Plan plan, LocalDate date) {
        return plan.day(date).orElseThrow();
    }

    @Test
    void amberTurnsTheNextHardRunIntoCrossTraining() {
        assertEquals(RunType.TEMPO, day(PLAN, TEMPO_DAY).runs().get(0).type());
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.AMBER, List.of(SORE), asPlanned(TEMPO_DAY));
        Day swapped = day(adapted, TEMPO_DAY);
        assertTrue(swapped.runs().isEmpty());
        assertTrue(swapped.cross().isPresent());
        assertTrue(swapped.reasons().stream().anyMatch(r -> r.ruleId().equals("adapt-amber") && r.message().contains("amber-localized-pain")));
    }

    @Test
    void amberShortensAnEasyNextRunToHalf() {
        LocalDate friday = PLAN.weeks().get(4).start().plusDays(4);
        Plan adapted = PlanAdapter.adapt(PLAN, friday, TriageLevel.AMBER, List.of(SORE), asPlanned(friday));
        assertEquals(day(PLAN, friday).runDistance().miles() / 2, day(adapted, friday).runDistance().miles(), 0.051);
        assertEquals(RunType.EASY, day(adapted, friday).runs().get(0).type());
    }

    @Test
    void redLeavesNoRunningBeforeTheRaceButKeepsTheRace() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        assertTrue(adapted.days().stream().filter(d -> !d.date().isBefore(TEMPO_DAY) && d.date().isBefore(adapted.raceDate()))
                .allMatch(d -> d.runs().isEmpty()));
        assertEquals(RunType.RACE, day(adapted, adapted.raceDate()).runs().get(0).type());
        assertTrue(day(adapted, TEMPO_DAY).cross().isPresent());
    }

    @Test
    void redPausesTheStrengthProgrammeWithAReason() {
        Plan adapted = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        List<dev.recovery.plans.plan.Day> after = adapted.days().stream()
                .filter(d -> !d.date().isBefore(TEMPO_DAY) && d.date().isBefore(adapted.raceDate())).toList();
        assertTrue(after.stream().noneMatch(d -> d.strength().isPresent()), "strength left on a RED day");
        assertTrue(after.stream().anyMatch(d -> d.reasons().stream().anyMatch(r -> r.message().contains("strength paused"))));
    }

    @Test
    void greenAfterRedBringsStrengthBack() {
        Plan held = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        LocalDate cleared = TEMPO_DAY.plusDays(13);
        Plan back = PlanAdapter.adapt(held, cleared, TriageLevel.GREEN, List.of(), List.of());
        assertTrue(back.days().stream().filter(d -> !d.date().isBefore(cleared) && d.date().isBefore(cleared.plusDays(14)))
                .anyMatch(d -> d.strength().isPresent()), "strength comes back once cleared");
    }

    @Test
    void greenAfterRedRestartsFromWhatWasActuallyRunNotThePlan() {
        Plan held = PlanAdapter.adapt(PLAN, TEMPO_DAY, TriageLevel.RED, List.of(SORE), List.of());
        LocalDate cleared = TEMPO_DAY.plusDays(13);
        Plan back = PlanAdapter.adapt(held, cleared, TriageLevel.GREEN, List.of(), List.of());
        int week = (int) ((cleared.toEpochDay() - PLAN.startDate().toEpochDay()) / 7);
        double planned = PLAN.weeks().get(week).trainingVolume().miles();
        double after = back.weeks().get(week).trainingVolume().miles();
        assertTrue(after > 0 && after < planned, "re-entry week " + after + " of planned " + planned);
        assertTrue(after <= 0.5 * 35 + 0.5, "nothing run for weeks: back at half the stated pre-plan volume, got " + after);
    }

    @Test
    void aReadinessCarriesItsDateLevelAndReasons() {
        Readiness green = Readiness.of(TEMPO_DAY, Optional.empty(), List.of());
        Plan adapted = PlanAdapter.adapt(PLAN, green, asPlanned(TEMPO_DAY));
        assertEquals(PLAN.days(), adapted.days(), "GREEN with everything run as planned changes nothing");
        assertEquals(TriageLevel.GREEN, green.level());
    }

    @Test
    void aDateOutsideThePlanIsRefused() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> PlanAdapter.adapt(PLAN, PLAN.raceDate(), TriageLevel.AMBER, List.of(), List.of())).getMessage();
        assertEquals("date: 2027-04-18 is not allowed; expected a date from 2026-12-14 to 2027-04-17", message);
    }

    @Test
    void amberDaysBeforeTheRaceKeepsTheRaceDayAsPlanned() {
        LocalDate date = PLAN.raceDate().minusDays(3);
        Plan adapted = PlanAdapter.adapt(PLAN, date, TriageLevel.AMBER, List.of(SORE), asPlanned(date));
        Day race = day(adapted, PLAN.raceDate());
        assertEquals(day(PLAN, PLAN.raceDate()).runs(), race.runs());
        assertEquals(RunType.RACE, race.runs().get(0).type());
        assertEquals(42_195, race.runDistance().metres(), 0.5);
    }

    @Test
    void amberWithNoRunLeftBeforeTheRaceLeavesTheRaceAlone() {
        Plan plan = PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).runsPerWeek(5).units(DistanceUnit.MI)
                .restDay(java.time.DayOfWeek.SATURDAY).build(), TODAY);
        LocalDate date = plan.raceDate().minusDays(1);
        assertTrue(day(plan, date).runs().isEmpty(), "the example needs a rest day before the race");
        Plan adapted = PlanAdapter.adapt(plan, date, TriageLevel.AMBER, List.of(SORE), List.of());
        Day race = day(adapted, plan.raceDate());
        assertEquals(day(plan, plan.raceDate()).runs(), race.runs());
        assertTrue(race.cross().isEmpty(), "the race is not swapped for cross-training");
    }

    @Test
    void amberWithNothingRunKeepsTheMarathonDistance() {
        LocalDate date = PLAN.raceDate().minusDays(6);
        Plan adapted = PlanAdapter.adapt(PLAN, date, TriageLevel.AMBER, List.of(SORE), List.of());
        assertEquals(day(PLAN, PLAN.raceDate()).runs(), day(adapted, PLAN.raceDate()).runs());
    }
}
