package dev.recovery.plans.export;

import dev.recovery.core.log.RunType;

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
}
