package dev.recovery.plans.export;

import dev.recovery.core.log.RunType;
import dev.recovery.plans.workout.WorkoutKind;

/** How the exports name and describe each kind of run, for a runner reading a printed plan. */
final class RunTexts {

    private RunTexts() {
    }

    static String name(RunType type) {
        return switch (type) {
            case EASY -> "Easy run";
            case LONG -> "Long run";
            case TEMPO -> "Tempo run";
            case INTERVALS -> "Intervals";
            case MARATHON_PACE -> "Marathon-pace run";
            case RECOVERY -> "Recovery run";
            case RACE -> "Marathon";
        };
    }

    static String details(RunType type) {
        return switch (type) {
            case EASY -> "Relaxed, conversational effort.";
            case LONG -> "Steady and easy; the week's long run. Refuel within 30 min after.";
            case TEMPO -> "Warm up easy, a sustained block at threshold (T) pace, cool down easy.";
            case INTERVALS -> "Warm up easy, repeats at interval (I) pace with equal jog recoveries, cool down easy.";
            case MARATHON_PACE -> "Warm up easy, then a block at goal marathon (M) pace, cool down easy.";
            case RECOVERY -> "Very easy and short; slower than easy pace.";
            case RACE -> "Race day: the marathon, 42.195 km.";
        };
    }

    /** The feel of a one-step run of {@code kind}. */
    static String details(WorkoutKind kind) {
        return switch (kind) {
            case RECOVERY -> "Very easy and short, at the slow end of easy pace; the day after a hard day.";
            case MEDIUM_LONG -> "Steady and easy; the week's second-longest run.";
            case LONG -> "Steady and easy; the week's long run. Refuel within 30 min after.";
            default -> kind.runType() == RunType.RACE ? details(RunType.RACE) : "Relaxed, conversational effort.";
        };
    }
}
