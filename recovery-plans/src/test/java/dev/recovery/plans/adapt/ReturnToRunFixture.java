package dev.recovery.plans.adapt;

import dev.recovery.core.episode.Episode;
import dev.recovery.core.episode.EpisodeChange;
import dev.recovery.core.episode.EpisodeStatus;
import dev.recovery.core.episode.Episodes;
import dev.recovery.core.episode.ReturnToRun;
import dev.recovery.core.episode.ReturnToRunDay;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.readiness.Readiness;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Side;
import dev.recovery.plans.generate.RunPaces;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-made return-to-run days on the intermediate plan (35 mi a week now, Monday-to-Sunday weeks):
 * a readiness on a chosen step, and a future of rest days with only the runs a test puts in, so each
 * example shows one rule.
 */
final class ReturnToRunFixture {

    static final Plan PLAN = PlanAdapterTest.PLAN;
    /** A Monday in the middle of the plan: the first day of a plan week. */
    static final LocalDate MONDAY = PLAN.weeks().get(6).start();
    static final PaceRange EASY = RunPaces.of(PLAN.paces()).rangeFor(RunType.EASY);
    static final PaceRange TEMPO = RunPaces.of(PLAN.paces()).rangeFor(RunType.TEMPO);
    /** The last continuous step, 40 min at the slow end of the easy range, rounded down to 100 m. */
    static final int LONGEST_EASY_METRES = (int) (Math.floor(40 * EASY.slow().metresPerMinute() / 100) * 100);
    static final String RULE = "adapt-return-to-run";
    static final String ENTRY = "after the entry questions pass pain-free";

    private ReturnToRunFixture() {
    }

    /** The days and the reasons the adapter added to each. */
    record Adapted(List<Day> days, List<List<Reason>> added) {

        Day day(int i) {
            return days.get(i);
        }

        List<String> messages(int i) {
            return added.get(i).stream().map(Reason::message).toList();
        }

        boolean saysAnything(int i) {
            return !added.get(i).isEmpty();
        }
    }

    /** {@code days} days from {@code from}, all rest, the last one the race. */
    static List<Day> restDays(LocalDate from, int days) {
        List<Day> out = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            out.add(new Day(from.plusDays(i), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        }
        int last = out.size() - 1;
        out.set(last, out.get(last).withRuns(List.of(PlannedRun.of(RunType.RACE, Distance.MARATHON, TEMPO))));
        return out;
    }

    static PlannedRun easy(int metres) {
        return PlannedRun.of(RunType.EASY, Distance.ofMetres(metres), EASY);
    }

    static PlannedRun tempo(int metres) {
        return PlannedRun.of(RunType.TEMPO, Distance.ofMetres(metres), TEMPO);
    }

    static void put(List<Day> days, int i, PlannedRun... runs) {
        days.set(i, days.get(i).withRuns(List.of(runs)));
    }

    /** An episode of the left shin, opened on {@code opened}, now {@code status}. */
    static Episode episode(BodyRegion region, LocalDate opened, EpisodeStatus status, Optional<ReturnToRunDay> today) {
        Reason why = Reason.of("test-episode", "an episode for the example", Sources.EPISODE_RULES);
        return new Episode(region, Side.LEFT, opened, List.of(), List.of(),
                List.of(new EpisodeChange(opened, TriageLevel.AMBER, status, why)), false, today);
    }

    /** Today in the return to run on {@code step} (0 before the entry questions), its next step run today or on {@code next}. */
    static ReturnToRunDay step(LocalDate date, int step, boolean runToday, Optional<LocalDate> next) {
        return new ReturnToRunDay(date, step, ReturnToRun.stepCount(),
                step == 0 ? Optional.empty() : Optional.of(ReturnToRun.STEPS.get(step - 1)), runToday, "the step", next);
    }

    static Readiness readiness(LocalDate date, List<Episode> episodes) {
        return new Readiness(date, TriageLevel.AMBER, Optional.empty(), Optional.of(new Episodes(date, episodes)), false, false,
                List.of(Reason.of("test", "in the return to run", Sources.WARDEN_2014)));
    }

    /** On the shin's return to run at {@code step}, the step run today; the episode opened {@code opened}. */
    static Readiness onStep(LocalDate date, int step, LocalDate opened) {
        return readiness(date, List.of(episode(BodyRegion.SHIN, opened, EpisodeStatus.RETURN_TO_RUN,
                Optional.of(step(date, step, true, Optional.empty())))));
    }

    static Run ran(LocalDate date, int metres) {
        Distance d = Distance.ofMetres(metres);
        return Run.of(date, d, EASY.slow().timeFor(d), RunType.EASY);
    }

    static Adapted adapt(Readiness readiness, List<? extends Session> completed, List<Day> future) {
        List<Day> days = new ArrayList<>(future);
        List<List<Reason>> added = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            added.add(new ArrayList<>());
        }
        ReturnToRunAdapter.adapt(PLAN, readiness, completed, days, added, days.size() - 1);
        return new Adapted(days, added);
    }

    static int metres(Day day) {
        return day.runs().stream().mapToInt(r -> r.workout().metres()).sum();
    }
}
