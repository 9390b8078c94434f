package dev.recovery.core.unit;

/**
 * The range of heart rates the library accepts anywhere (a session's average or maximum, a
 * runner's resting or maximum rate, a TRIMP input), written once so every check agrees. The range
 * is a plausibility guard against typos and sensor noise, not a physiological model.
 */
public final class HeartRates {

    /**
     * The lowest heart rate accepted, in beats per minute: below the lowest resting rates reported in
     * trained endurance athletes (high 20s to 30s bpm; Jensen-Urstad et al. 1997, Scand J Med Sci Sports 7:274).
     */
    public static final int MIN_BPM = 25;
    /**
     * The highest heart rate accepted, in beats per minute: above any recorded human maximum
     * (age-predicted maxima stay near or below 210 bpm; Tanaka, Monahan &amp; Seals 2001, JACC 37:153).
     */
    public static final int MAX_BPM = 250;

    private HeartRates() {
    }

    /**
     * @param bpm a heart rate in beats per minute
     * @return whether it lies from {@value #MIN_BPM} to {@value #MAX_BPM} bpm inclusive
     */
    public static boolean isPlausible(int bpm) {
        return bpm >= MIN_BPM && bpm <= MAX_BPM;
    }
}
