package dev.recovery.plans.plan;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.recovery.Prescriber;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryDay;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One day of a plan. Sessions are listed in the order to do them: runs first, then strength (never
 * strength before a run on the same day), then cross-training and mobility. A day with no session
 * is a full rest day.
 *
 * <p>A day holds only its sessions and the reasons for them. Its recovery protocol (every planned
 * day carries one) is derived from those sessions by {@link #recovery(TrainingPhase)}, so changing a
 * session can never leave a stale prescription behind.
 *
 * @param date     the day
 * @param runs     the runs (two on a double day), possibly none
 * @param strength the strength workout, if any
 * @param cross    the cross-training session, if any
 * @param mobility the yoga or mobility session, if any
 * @param reasons  why the day looks as it does (rule id, message, source); possibly empty
  *
 * @since 0.1.0
 */
public record Day(LocalDate date, List<PlannedRun> runs, Optional<StrengthWorkout> strength, Optional<CrossWorkout> cross,
        Optional<MobilityWorkout> mobility, List<Reason> reasons) {

    /**
     * How long a planned strength workout is taken to last for the recovery prescription: about 45
     * minutes (8 exercises, 2-3 sets each; our estimate).
     */
    public static final Duration STRENGTH_DURATION = Duration.ofMinutes(45);

    /** @throws IllegalArgumentException naming the first missing part */
    public Day {
        Dates.check("date", date);
        runs = List.copyOf(Checks.required("runs", runs, "a list of runs, possibly empty"));
        Checks.required("strength", strength, "a strength workout or none");
        Checks.required("cross", cross, "a cross-training session or none");
        Checks.required("mobility", mobility, "a mobility session or none");
        reasons = List.copyOf(Checks.required("reasons", reasons, "a list of reasons, possibly empty"));
    }

    /** True if nothing is planned: a full rest day. */
    public boolean isRest() {
        return runs.isEmpty() && strength.isEmpty() && cross.isEmpty() && mobility.isEmpty();
    }

    /** True if a hard run (long, tempo, intervals, marathon pace, race) is planned. */
    public boolean isHard() {
        return runs.stream().anyMatch(PlannedRun::isHard);
    }

    /** The total distance run this day. */
    public Distance runDistance() {
        double metres = 0;
        for (PlannedRun run : runs) {
            metres += run.distance().metres();
        }
        return Distance.ofMetres(metres);
    }

    /**
     * The day's planned sessions as core sessions, in order: each run at the slow end of its pace
     * range, then strength ({@link #STRENGTH_DURATION}), cross-training and yoga or mobility.
     *
     * @return the sessions, dated this day; empty for a rest day
     */
    public List<Session> sessions() {
        List<Session> sessions = new ArrayList<>(runs.size() + 3);
        for (PlannedRun run : runs) {
            sessions.add(Run.of(date, run.distance(), run.expectedDuration(), run.type()));
        }
        strength.ifPresent(s -> sessions.add(StrengthSession.of(date, STRENGTH_DURATION)));
        cross.ifPresent(c -> sessions.add(CrossTraining.of(date, c.activity(), c.duration())));
        mobility.ifPresent(m -> sessions.add(YogaSession.of(date, m.duration())));
        return sessions;
    }

    /**
     * The day's recovery prescription: recovery-core's {@link Prescriber} over the day's
     * {@link #sessions()} in {@code phase}, with no soreness reported and all equipment at hand.
     * Computed on each call (tens of microseconds); a caller that needs every day of a plan many
     * times keeps the results itself.
     *
     * @param phase the week's training phase as the prescriber sees it ({@link Week#recoveryPhase()})
     * @return the prescription for this day
     * @throws IllegalArgumentException if {@code phase} is missing
     */
    public Prescription recovery(TrainingPhase phase) {
        return recovery(phase, Map.of());
    }

    /**
     * The day's recovery prescription knowing the runner's open soreness episodes: a region with an
     * open AMBER or RED episode is not rolled, massaged or stretched, whatever the day's sessions.
     *
     * @param phase        the week's training phase as the prescriber sees it ({@link Week#recoveryPhase()})
     * @param openEpisodes the level of each region with an open AMBER or RED episode; empty if none
     * @return the prescription for this day
     * @throws IllegalArgumentException if {@code phase} or {@code openEpisodes} is missing
     */
    public Prescription recovery(TrainingPhase phase, Map<BodyRegion, TriageLevel> openEpisodes) {
        Checks.requiredOneOf("phase", phase, TrainingPhase.class);
        return Prescriber.prescribe(RecoveryDay.of(date, phase, sessions()).plusOpenEpisodes(openEpisodes));
    }

    /** A copy with other runs. */
    public Day withRuns(List<PlannedRun> value) {
        return new Day(date, value, strength, cross, mobility, reasons);
    }

    /** A copy with another strength workout, or none. */
    public Day withStrength(Optional<StrengthWorkout> value) {
        return new Day(date, runs, value, cross, mobility, reasons);
    }

    /** A copy with another cross-training session, or none. */
    public Day withCross(Optional<CrossWorkout> value) {
        return new Day(date, runs, strength, value, mobility, reasons);
    }

    /** A copy with these reasons. */
    public Day withReasons(List<Reason> value) {
        return new Day(date, runs, strength, cross, mobility, value);
    }
}
