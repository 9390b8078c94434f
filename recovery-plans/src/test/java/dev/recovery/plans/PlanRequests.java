package dev.recovery.plans;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.request.VolumeLimits;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generates valid, feasible plan requests for properties: any plan length, runs a week, units,
 * days and a peak between the current volume and the most the rules can reach.
 */
public final class PlanRequests {

    /** The "today" every generated request is checked against. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private PlanRequests() {
    }

    /** Valid requests, each derived from a random seed. */
    public static Gen<PlanRequest> valid() {
        return longs().all().map(PlanRequests::fromSeed);
    }

    /** The request derived from {@code seed}. */
    public static PlanRequest fromSeed(long seed) {
        Random random = new Random(seed);
        DistanceUnit unit = random.nextBoolean() ? DistanceUnit.KM : DistanceUnit.MI;
        int weeks = PlanRequest.MIN_WEEKS + random.nextInt(PlanRequest.MAX_WEEKS - PlanRequest.MIN_WEEKS + 1);
        LocalDate race = TODAY.plusDays(7L * weeks + random.nextInt(400));
        int runs = PlanRequest.MIN_RUNS + random.nextInt(PlanRequest.MAX_RUNS - PlanRequest.MIN_RUNS + 1);
        double minCurrent = Math.max(VolumeLimits.minCurrent(unit), runs * VolumeLimits.minAverageRun(unit));
        double capacity = PlanBuilder.runsCapacity(runs, unit).in(unit);
        double current = round(minCurrent + random.nextDouble() * Math.max(0, Math.min(capacity, VolumeLimits.maxPeak(unit) * 0.6) - minCurrent));
        current = Math.min(current, capacity);
        DayOfWeek raceDay = race.getDayOfWeek();
        DayOfWeek longRun = random.nextInt(3) == 0 ? DayOfWeek.of(1 + random.nextInt(7)) : raceDay;
        List<DayOfWeek> restChoices = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != longRun && d != raceDay) {
                restChoices.add(d);
            }
        }
        DayOfWeek rest = restChoices.get(random.nextInt(restChoices.size()));
        List<DayOfWeek> crossChoices = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != longRun && d != rest) {
                crossChoices.add(d);
            }
        }
        DayOfWeek cross = crossChoices.get(random.nextInt(crossChoices.size()));
        List<DayOfWeek> strengthChoices = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != longRun && d != longRun.minus(1) && d != rest) {
                strengthChoices.add(d);
            }
        }
        DayOfWeek s1 = strengthChoices.remove(random.nextInt(strengthChoices.size()));
        DayOfWeek s2 = strengthChoices.get(random.nextInt(strengthChoices.size()));
        RaceResult pace = random.nextBoolean()
                ? RaceResult.goalMarathon(Durations.parse((3 + random.nextInt(3)) + ":" + (10 + random.nextInt(50)) + ":00"))
                : RaceResult.recentRace(Distance.ofKm(10), Durations.parse((38 + random.nextInt(30)) + ":00"));
        PlanRequest draft = PlanRequest.builder(race, Distance.of(current, unit), Distance.of(current, unit), pace).weeks(weeks)
                .runsPerWeek(runs).units(unit).longRunDay(longRun).restDay(rest).crossTrainingDay(cross).strengthDays(s1, s2).build();
        double paced = PlanBuilder.runsCapacity(draft).in(unit);
        if (current > paced) {
            current = Math.floor(paced * 10) / 10;
            draft = PlanRequest.builder(race, Distance.of(current, unit), Distance.of(current, unit), pace).weeks(weeks)
                    .runsPerWeek(runs).units(unit).longRunDay(longRun).restDay(rest).crossTrainingDay(cross).strengthDays(s1, s2).build();
        }
        double reachable = Math.min(PlanBuilder.reachablePeak(draft).in(unit), Math.min(capacity, paced));
        double peak = round(current + random.nextDouble() * Math.max(0, reachable - current));
        peak = Math.max(current, Math.min(peak, Math.floor(reachable * 10) / 10));
        return draft.withPeakWeekly(Distance.of(peak, unit));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
