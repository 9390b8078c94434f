package dev.recovery.plans.workout;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.recovery.TrainingPhase;
import java.util.Random;
import org.quicktheories.core.Gen;

/** Generates workout requests: VDOT 30-70, weeks of 30-160 km, every phase, weeks 0-7 of a phase, runs of 3-40 km. */
final class WorkoutRequests {

    static final double MIN_VDOT = 30;
    static final double MAX_VDOT = 70;
    static final int MIN_WEEK_METRES = 30_000;
    static final int MAX_WEEK_METRES = 160_000;
    static final int MAX_WEEK_IN_PHASE = 7;
    static final int MIN_TARGET_METRES = 3_000;
    static final int MAX_TARGET_METRES = 40_000;

    private WorkoutRequests() {
    }

    static Gen<WorkoutRequest> any() {
        return longs().all().map(WorkoutRequests::fromSeed);
    }

    static WorkoutRequest fromSeed(long seed) {
        Random random = new Random(seed);
        double vdot = MIN_VDOT + random.nextDouble() * (MAX_VDOT - MIN_VDOT);
        int week = MIN_WEEK_METRES + random.nextInt(MAX_WEEK_METRES - MIN_WEEK_METRES + 1);
        TrainingPhase phase = TrainingPhase.values()[random.nextInt(TrainingPhase.values().length)];
        int weekInPhase = random.nextInt(MAX_WEEK_IN_PHASE + 1);
        int target = MIN_TARGET_METRES + random.nextInt(MAX_TARGET_METRES - MIN_TARGET_METRES + 1);
        return new WorkoutRequest(TrainingPaces.of(Vdot.of(vdot)), week, phase, weekInPhase, target);
    }

    /** A request at VDOT {@code vdot}. */
    static WorkoutRequest at(double vdot, int weekMetres, TrainingPhase phase, int weekInPhase, int targetMetres) {
        return new WorkoutRequest(TrainingPaces.of(Vdot.of(vdot)), weekMetres, phase, weekInPhase, targetMetres);
    }
}
