package dev.recovery.plans.plan;

import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.workout.WorkoutKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One week of a plan. Its volumes are derived from its days' runs, never stored.
 *
 * @param index   0 for the first week
 * @param phase   base, build, peak, taper or race week (never {@link TrainingPhase#DELOAD}: a
 *                step-back week keeps its phase and sets {@code cutback})
 * @param start   the week's first day
 * @param cutback true for a step-back week
 * @param reasons why the week has this shape, e.g. "cutback: 4th week of block 2"
 * @param days    the seven days, in date order
  *
 * @since 0.1.0
 */
public record Week(int index, TrainingPhase phase, LocalDate start, boolean cutback, List<Reason> reasons, List<Day> days) {

    /** @throws IllegalArgumentException naming the first invalid part */
    public Week {
        Checks.inRange("index", index, 0, 100);
        Checks.requiredOneOf("phase", phase, TrainingPhase.class);
        if (phase == TrainingPhase.DELOAD) {
            throw Checks.invalid("phase", phase.id(), "base, build, peak, taper or race (a cutback week sets cutback instead)");
        }
        Checks.required("start", start, "a date");
        reasons = List.copyOf(Checks.required("reasons", reasons, "a list of reasons"));
        days = List.copyOf(Checks.required("days", days, "seven days"));
        if (days.size() != 7) {
            throw Checks.invalid("days", days.size(), "seven days");
        }
    }

    /**
     * How plans name {@code phase}: {@code base}, {@code build}, {@code peak}, {@code taper}, and
     * {@code race} for race week (the column and calendar label every plan export shows).
     *
     * @param phase a week's phase
     * @return its name in plan outputs
     */
    public static String phaseId(TrainingPhase phase) {
        return phase == TrainingPhase.RACE_WEEK ? "race" : phase.id();
    }

    /** This week's phase as plan outputs name it: {@code base}, ..., {@code race}. */
    public String phaseId() {
        return phaseId(phase);
    }

    /**
     * The phase the recovery prescription sees: a cutback week is {@link TrainingPhase#DELOAD}, any
     * other week its own phase.
     */
    public TrainingPhase recoveryPhase() {
        return cutback ? TrainingPhase.DELOAD : phase;
    }

    /**
     * The recovery prescription of {@code day}, one of this week's days, for this week's
     * {@link #recoveryPhase()}.
     *
     * @param day a day of this week
     * @return its prescription
     * @throws IllegalArgumentException if {@code day} is not one of this week's days
     */
    public Prescription recovery(Day day) {
        return recovery(day, Map.of());
    }

    /**
     * The recovery prescription of {@code day} knowing the runner's open soreness episodes (see
     * {@link Day#recovery(TrainingPhase, Map)}).
     *
     * @param day          a day of this week
     * @param openEpisodes the level of each region with an open AMBER or RED episode; empty if none
     * @return its prescription
     * @throws IllegalArgumentException if {@code day} is not one of this week's days
     */
    public Prescription recovery(Day day, Map<BodyRegion, TriageLevel> openEpisodes) {
        Checks.required("day", day, "a day of the week");
        if (!days.contains(day)) {
            throw Checks.invalidFormatted("day", day.date().toString(), "a day of the week starting " + start);
        }
        return day.recovery(recoveryPhase(), openEpisodes);
    }

    /** The total planned running, the race included: the sum of every day's runs. */
    public Distance plannedVolume() {
        double metres = 0;
        for (Day day : days) {
            for (PlannedRun run : day.runs()) {
                metres += run.distance().metres();
            }
        }
        return Distance.ofMetres(metres);
    }

    /**
     * The training volume: every run except the marathon itself, which progression rules leave out
     * (a tune-up race counts: it is part of the training).
     */
    public Distance trainingVolume() {
        double metres = 0;
        for (Day day : days) {
            for (PlannedRun run : day.runs()) {
                if (run.kind() != WorkoutKind.RACE) {
                    metres += run.distance().metres();
                }
            }
        }
        return Distance.ofMetres(metres);
    }

    /** The longest run of the week, the race included. */
    public Distance longestRun() {
        double metres = 0;
        for (Day day : days) {
            for (PlannedRun run : day.runs()) {
                metres = Math.max(metres, run.distance().metres());
            }
        }
        return Distance.ofMetres(metres);
    }

    /** The number of runs, the race included. */
    public int runCount() {
        int count = 0;
        for (Day day : days) {
            count += day.runs().size();
        }
        return count;
    }
}
