package dev.recovery.plans.build;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.recovery.Prescriber;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryDay;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.plans.plan.CrossWorkout;
import dev.recovery.plans.plan.MobilityWorkout;
import dev.recovery.plans.plan.Phase;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.StrengthWorkout;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives every plan day its recovery prescription from recovery-core's {@link Prescriber}: the day's
 * planned sessions as core sessions, and the week's phase as a core {@link TrainingPhase}.
 *
 * @since 0.1.0
 */
public final class DayRecovery {

    /** A planned strength workout takes about 45 minutes (8 exercises, 2-3 sets). */
    static final Duration STRENGTH_DURATION = Duration.ofMinutes(45);

    /**
     * Prescriptions by the day's sessions and phase, date left out. The prescriber is a pure function
     * of the day, and with no soreness report the date only labels the result, so a day with the same
     * sessions in the same phase gets the same prescription. Memoised because the prescriber costs
     * tens of microseconds a day (docs/performance.md, "Plans").
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Prescription> MEMO = new java.util.concurrent.ConcurrentHashMap<>();
    /** Entries kept before the memo is cleared: a few hundred plans' worth of distinct days. */
    static final int MEMO_LIMIT = 20_000;

    private DayRecovery() {
    }

    /**
     * The core training phase of a plan week: base, build, peak and taper map to themselves, a
     * cutback week to {@link TrainingPhase#DELOAD}, race week to {@link TrainingPhase#RACE_WEEK}.
     */
    public static TrainingPhase trainingPhase(Phase phase, boolean cutback) {
        if (cutback) {
            return TrainingPhase.DELOAD;
        }
        switch (phase) {
            case BASE:
                return TrainingPhase.BASE;
            case BUILD:
                return TrainingPhase.BUILD;
            case PEAK:
                return TrainingPhase.PEAK;
            case TAPER:
                return TrainingPhase.TAPER;
            default:
                return TrainingPhase.RACE_WEEK;
        }
    }

    /**
     * The prescription for a planned day.
     *
     * @param date     the day
     * @param runs     its runs
     * @param paces    how long each run is expected to take
     * @param strength its strength workout, if any
     * @param cross    its cross-training, if any
     * @param mobility its yoga or mobility, if any
     * @param phase    the week's core training phase
     */
    public static Prescription prescribe(LocalDate date, List<PlannedRun> runs, RunPaces paces, Optional<StrengthWorkout> strength,
            Optional<CrossWorkout> cross, Optional<MobilityWorkout> mobility, TrainingPhase phase) {
        StringBuilder key = new StringBuilder(64).append(phase.ordinal());
        for (PlannedRun run : runs) {
            key.append('r').append(run.type().ordinal()).append(':').append(Math.round(run.distance().metres()))
                    .append(':').append(paces.durationOf(run).getSeconds());
        }
        strength.ifPresent(x -> key.append('s'));
        cross.ifPresent(x -> key.append('c').append(x.activity().ordinal()).append(':').append(x.duration().getSeconds()));
        mobility.ifPresent(x -> key.append('y').append(x.duration().getSeconds()));
        String signature = key.toString();
        Prescription known = MEMO.get(signature);
        if (known != null) {
            // The same sessions in the same phase on another day: the same prescription, re-dated.
            return known.date().equals(date) ? known : new Prescription(date, known.phase(), known.worst(), known.items(), known.notes());
        }
        Prescription fresh = compute(date, runs, paces, strength, cross, mobility, phase);
        if (MEMO.size() >= MEMO_LIMIT) {
            MEMO.clear();
        }
        MEMO.put(signature, fresh);
        return fresh;
    }

    /** Forgets every memoised prescription (benchmarks use it to measure a cold build). */
    public static void clearMemo() {
        MEMO.clear();
    }

    /** The prescription computed afresh, without the memo. */
    static Prescription compute(LocalDate date, List<PlannedRun> runs, RunPaces paces, Optional<StrengthWorkout> strength,
            Optional<CrossWorkout> cross, Optional<MobilityWorkout> mobility, TrainingPhase phase) {
        List<Session> sessions = new ArrayList<>(runs.size() + 3);
        for (PlannedRun run : runs) {
            sessions.add(Run.of(date, run.distance(), paces.durationOf(run), run.type()));
        }
        if (strength.isPresent()) {
            sessions.add(StrengthSession.of(date, STRENGTH_DURATION));
        }
        if (cross.isPresent()) {
            sessions.add(CrossTraining.of(date, cross.get().activity(), cross.get().duration()));
        }
        if (mobility.isPresent()) {
            sessions.add(YogaSession.of(date, mobility.get().duration()));
        }
        return Prescriber.prescribe(new RecoveryDay(date, sessions, phase, List.of(), java.util.Set.of()));
    }
}
