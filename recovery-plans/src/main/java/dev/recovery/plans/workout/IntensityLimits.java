package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import java.util.List;

/**
 * The limits every workout of the library is sized within, one named rule each, from Daniels'
 * Running Formula (3rd ed., 2014) and Pfitzinger &amp; Douglas, Advanced Marathoning. The per-session
 * caps on the main set are fractions of the week's planned volume, so a taper or cutback week keeps
 * its intensity at a lower volume (Bosquet et al. 2007, Med Sci Sports Exerc 39:1358).
 */
public final class IntensityLimits {

    private IntensityLimits() {
    }

    /** Threshold: the main set of one session at most 10% of the week's volume. */
    public static final WorkoutLimit THRESHOLD_SHARE = new WorkoutLimit("workout-threshold-share", 0.10, "share of the week",
            "Threshold work in one session is at most 10% of the week's running.", Sources.DANIELS_2014);
    /** Threshold: a steady tempo run holds T pace for about 20 min. */
    public static final WorkoutLimit TEMPO_STEADY_SECONDS = new WorkoutLimit("workout-tempo-steady", 20 * 60, "s",
            "A steady tempo run holds threshold pace for about 20 minutes.", Sources.DANIELS_2014);
    /** Threshold: a cruise-interval bout is at least 5 min... */
    public static final WorkoutLimit CRUISE_BOUT_MIN_SECONDS = new WorkoutLimit("workout-cruise-bout-min", 5 * 60, "s",
            "Cruise intervals are bouts of 5 to 15 minutes at threshold pace.", Sources.DANIELS_2014);
    /** ...and at most 15 min. */
    public static final WorkoutLimit CRUISE_BOUT_MAX_SECONDS = new WorkoutLimit("workout-cruise-bout-max", 15 * 60, "s",
            "Cruise intervals are bouts of 5 to 15 minutes at threshold pace.", Sources.DANIELS_2014);
    /** Threshold: cruise intervals rest 1 min for every 5 min run. */
    public static final WorkoutLimit CRUISE_REST_SECONDS_PER_5_MIN = new WorkoutLimit("workout-cruise-rest", 60, "s",
            "Cruise intervals rest 1 minute for every 5 minutes run.", Sources.DANIELS_2014);

    /** Interval: the main set of one session at most 8% of the week... */
    public static final WorkoutLimit INTERVAL_SHARE = new WorkoutLimit("workout-interval-share", 0.08, "share of the week",
            "Interval work in one session is at most 8% of the week's running, and at most 10 km.", Sources.DANIELS_2014);
    /** ...and at most 10 km. */
    public static final WorkoutLimit INTERVAL_MAX_METRES = new WorkoutLimit("workout-interval-max", 10_000, "m",
            "Interval work in one session is at most 8% of the week's running, and at most 10 km.", Sources.DANIELS_2014);
    /** Interval: bouts of at least 3 min... */
    public static final WorkoutLimit INTERVAL_BOUT_MIN_SECONDS = new WorkoutLimit("workout-interval-bout-min", 3 * 60, "s",
            "Interval bouts last 3 to 5 minutes at interval pace, never more than 5.", Sources.DANIELS_2014);
    /** ...and never over 5 min at I pace. */
    public static final WorkoutLimit INTERVAL_BOUT_MAX_SECONDS = new WorkoutLimit("workout-interval-bout-max", 5 * 60, "s",
            "Interval bouts last 3 to 5 minutes at interval pace, never more than 5.", Sources.DANIELS_2014);

    /** Repetition: the main set of one session at most 5% of the week... */
    public static final WorkoutLimit REPETITION_SHARE = new WorkoutLimit("workout-repetition-share", 0.05, "share of the week",
            "Repetition work in one session is at most 5% of the week's running, and at most 8 km.", Sources.DANIELS_2014);
    /** ...and at most 8 km. */
    public static final WorkoutLimit REPETITION_MAX_METRES = new WorkoutLimit("workout-repetition-max", 8_000, "m",
            "Repetition work in one session is at most 5% of the week's running, and at most 8 km.", Sources.DANIELS_2014);
    /** Repetition: every bout under 2 min. */
    public static final WorkoutLimit REPETITION_BOUT_MAX_SECONDS = new WorkoutLimit("workout-repetition-bout-max", 2 * 60, "s",
            "Repetition bouts last under 2 minutes.", Sources.DANIELS_2014);
    /** Repetition: full recovery, at least 2 times as long as the bout... */
    public static final WorkoutLimit REPETITION_RECOVERY_MIN_RATIO = new WorkoutLimit("workout-repetition-recovery-min", 2, "x",
            "Repetitions get full recovery, 2 to 3 times as long as the bout.", Sources.DANIELS_2014);
    /** ...and at most 3 times. */
    public static final WorkoutLimit REPETITION_RECOVERY_MAX_RATIO = new WorkoutLimit("workout-repetition-recovery-max", 3, "x",
            "Repetitions get full recovery, 2 to 3 times as long as the bout.", Sources.DANIELS_2014);

    /** Marathon pace: the main set of one session at most 20% of the week... */
    public static final WorkoutLimit MARATHON_SHARE = new WorkoutLimit("workout-marathon-share", 0.20, "share of the week",
            "Marathon-pace running in one session is at most 20% of the week's running, and at most 29 km (18 mi).",
            Sources.DANIELS_2014);
    /** ...and at most 29 km (18 mi). */
    public static final WorkoutLimit MARATHON_MAX_METRES = new WorkoutLimit("workout-marathon-max", 29_000, "m",
            "Marathon-pace running in one session is at most 20% of the week's running, and at most 29 km (18 mi).",
            Sources.DANIELS_2014);

    /** Warm-up: at least 10 min or 2 km easy... */
    public static final WorkoutLimit WARMUP_MIN_METRES = new WorkoutLimit("workout-warmup-min", 2_000, "m",
            "A quality session starts with 10-15 minutes or 2-3 km of easy running.", Sources.DANIELS_2014);
    /** ...and at most 15 min or 3 km. */
    public static final WorkoutLimit WARMUP_MAX_METRES = new WorkoutLimit("workout-warmup-max", 3_000, "m",
            "A quality session starts with 10-15 minutes or 2-3 km of easy running.", Sources.DANIELS_2014);
    /** Cool-down: at least 10 min easy... */
    public static final WorkoutLimit COOLDOWN_MIN_SECONDS = new WorkoutLimit("workout-cooldown-min", 10 * 60, "s",
            "A quality session ends with 10-15 minutes of easy running.", Sources.DANIELS_2014);
    /** ...and at most 15 min. */
    public static final WorkoutLimit COOLDOWN_MAX_SECONDS = new WorkoutLimit("workout-cooldown-max", 15 * 60, "s",
            "A quality session ends with 10-15 minutes of easy running.", Sources.DANIELS_2014);

    /** Long run: at most about 3 h at the runner's easy pace, so a slower runner's long run is shorter in distance. */
    public static final WorkoutLimit LONG_RUN_MAX_SECONDS = new WorkoutLimit("workout-long-run-time", 3 * 3600, "s",
            "The long run takes at most about 3 hours at your easy pace: a slower runner's long run is shorter, not longer in time.",
            Sources.PFITZINGER);
    /** Long run: at most 35 km (22 mi; books cap it at 20-22 mi, 32-35 km). */
    public static final WorkoutLimit LONG_RUN_MAX_METRES = new WorkoutLimit("workout-long-run-distance", 35_000, "m",
            "The long run is at most 32-35 km (20-22 mi).", Sources.PFITZINGER);
    /** Marathon-specific long run: a marathon-pace segment of at least 13 km (8 mi)... */
    public static final WorkoutLimit LONG_RUN_MARATHON_MIN_METRES = new WorkoutLimit("workout-long-run-marathon-min", 13_000, "m",
            "In the last 8-10 weeks before the taper, some long runs carry 13-22 km (8-14 mi) at marathon pace in their "
                    + "second half, less where the week is too small for it.", Sources.PFITZINGER);
    /** ...and at most 22 km (14 mi), in the second half of the run. */
    public static final WorkoutLimit LONG_RUN_MARATHON_MAX_METRES = new WorkoutLimit("workout-long-run-marathon-max", 22_000, "m",
            "In the last 8-10 weeks before the taper, some long runs carry 13-22 km (8-14 mi) at marathon pace in their "
                    + "second half, less where the week is too small for it.", Sources.PFITZINGER);
    /** Marathon-specific long runs come in the last 10 weeks (8-10) before the taper. */
    public static final WorkoutLimit LONG_RUN_MARATHON_WEEKS_BEFORE_TAPER = new WorkoutLimit("workout-long-run-marathon-weeks", 10,
            "count", "Marathon-pace long runs come in the last 8-10 weeks before the taper.", Sources.PFITZINGER);

    /** Medium-long run: at least 60% of the week's long run... */
    public static final WorkoutLimit MEDIUM_LONG_MIN_SHARE = new WorkoutLimit("workout-medium-long-min", 0.60, "share of the long run",
            "A medium-long run midweek is 60-75% of the long run.", Sources.PFITZINGER);
    /** ...and at most 75%. */
    public static final WorkoutLimit MEDIUM_LONG_MAX_SHARE = new WorkoutLimit("workout-medium-long-max", 0.75, "share of the long run",
            "A medium-long run midweek is 60-75% of the long run.", Sources.PFITZINGER);
    /** Medium-long runs come once the week reaches about 64 km (40 mi)... */
    public static final WorkoutLimit MEDIUM_LONG_MIN_WEEK_METRES = new WorkoutLimit("workout-medium-long-week", 64_000, "m",
            "A medium-long run comes once the week reaches about 64 km (40 mi) over 5 or more runs.", Sources.PFITZINGER);
    /** ...over 5 or more runs. */
    public static final WorkoutLimit MEDIUM_LONG_MIN_RUNS = new WorkoutLimit("workout-medium-long-runs", 5, "count",
            "A medium-long run comes once the week reaches about 64 km (40 mi) over 5 or more runs.", Sources.PFITZINGER);

    /** Strides: at least 6 a session... */
    public static final WorkoutLimit STRIDES_MIN = new WorkoutLimit("workout-strides-min", 6, "count",
            "Strides: 6-8 quick, relaxed runs of about 20 s (100 m) after an easy run, with full recovery.", Sources.DANIELS_2014);
    /** ...and at most 8. */
    public static final WorkoutLimit STRIDES_MAX = new WorkoutLimit("workout-strides-max", 8, "count",
            "Strides: 6-8 quick, relaxed runs of about 20 s (100 m) after an easy run, with full recovery.", Sources.DANIELS_2014);
    /** A stride covers about 100 m (about 20 s). */
    public static final WorkoutLimit STRIDE_METRES = new WorkoutLimit("workout-stride-distance", 100, "m",
            "Strides: 6-8 quick, relaxed runs of about 20 s (100 m) after an easy run, with full recovery.", Sources.DANIELS_2014);

    /** Race week: a marathon-pace segment of at least 2 km 3-5 days out... */
    public static final WorkoutLimit SHARPENER_MIN_METRES = new WorkoutLimit("workout-sharpener-min", 2_000, "m",
            "Race week keeps a short marathon-pace segment of 2-3 km 3-5 days out, with strides.", Sources.PFITZINGER);
    /** ...and at most 3 km. */
    public static final WorkoutLimit SHARPENER_MAX_METRES = new WorkoutLimit("workout-sharpener-max", 3_000, "m",
            "Race week keeps a short marathon-pace segment of 2-3 km 3-5 days out, with strides.", Sources.PFITZINGER);
    /** The day before the race: a shake-out of at least 20 min... */
    public static final WorkoutLimit SHAKEOUT_MIN_SECONDS = new WorkoutLimit("workout-shakeout-min", 20 * 60, "s",
            "The day before the race is rest or a 20-30 minute shake-out with a few strides.", Sources.PFITZINGER);
    /** ...and at most 30 min. */
    public static final WorkoutLimit SHAKEOUT_MAX_SECONDS = new WorkoutLimit("workout-shakeout-max", 30 * 60, "s",
            "The day before the race is rest or a 20-30 minute shake-out with a few strides.", Sources.PFITZINGER);

    /** Every limit, for documentation and for listing the rules a plan follows. */
    public static final List<WorkoutLimit> ALL = List.of(THRESHOLD_SHARE, TEMPO_STEADY_SECONDS, CRUISE_BOUT_MIN_SECONDS,
            CRUISE_BOUT_MAX_SECONDS, CRUISE_REST_SECONDS_PER_5_MIN, INTERVAL_SHARE, INTERVAL_MAX_METRES,
            INTERVAL_BOUT_MIN_SECONDS, INTERVAL_BOUT_MAX_SECONDS, REPETITION_SHARE, REPETITION_MAX_METRES,
            REPETITION_BOUT_MAX_SECONDS, REPETITION_RECOVERY_MIN_RATIO, REPETITION_RECOVERY_MAX_RATIO, MARATHON_SHARE,
            MARATHON_MAX_METRES, WARMUP_MIN_METRES, WARMUP_MAX_METRES, COOLDOWN_MIN_SECONDS, COOLDOWN_MAX_SECONDS,
            LONG_RUN_MAX_SECONDS, LONG_RUN_MAX_METRES, LONG_RUN_MARATHON_MIN_METRES, LONG_RUN_MARATHON_MAX_METRES,
            LONG_RUN_MARATHON_WEEKS_BEFORE_TAPER, MEDIUM_LONG_MIN_SHARE, MEDIUM_LONG_MAX_SHARE, MEDIUM_LONG_MIN_WEEK_METRES,
            MEDIUM_LONG_MIN_RUNS, STRIDES_MIN, STRIDES_MAX, STRIDE_METRES, SHARPENER_MIN_METRES, SHARPENER_MAX_METRES,
            SHAKEOUT_MIN_SECONDS, SHAKEOUT_MAX_SECONDS);

    /**
     * The most main-set work one session may carry in {@code zone}, for a week of {@code weekMetres}.
     *
     * @param zone       M, T, I or R
     * @param weekMetres the week's planned running in metres, more than 0
     * @return the cap in whole metres (rounded down)
     * @throws IllegalArgumentException naming {@code zone} for E, which has no cap, or {@code week} if not positive
     */
    public static int maxMainSetMetres(Zone zone, int weekMetres) {
        if (weekMetres <= 0) {
            throw Checks.invalid("week", weekMetres + " m", "a week of more than 0 m");
        }
        return switch (Checks.requiredOneOf("zone", zone, Zone.class)) {
            case T -> share(THRESHOLD_SHARE, weekMetres);
            case I -> Math.min(INTERVAL_MAX_METRES.whole(), share(INTERVAL_SHARE, weekMetres));
            case R -> Math.min(REPETITION_MAX_METRES.whole(), share(REPETITION_SHARE, weekMetres));
            case M -> Math.min(MARATHON_MAX_METRES.whole(), share(MARATHON_SHARE, weekMetres));
            case E -> throw Checks.invalidFormatted("zone", "E", "a quality zone (M, T, I or R): easy running has no per-session cap");
        };
    }

    /**
     * The longest long run for a runner whose easy range is {@code easy}: the distance cap, or what
     * 3 h at the slow end of the easy range covers, whichever is less.
     *
     * @param easy the runner's easy pace range
     * @return the cap in whole metres
     */
    public static int longRunMaxMetres(PaceRange easy) {
        Checks.required("easy", easy, "an easy pace range");
        int byTime = (int) Math.floor(LONG_RUN_MAX_SECONDS.value() * DistanceUnit.KM.metres() / easy.slow().secondsPerKm());
        return Math.min(LONG_RUN_MAX_METRES.whole(), byTime);
    }

    /**
     * True if a week of {@code weekMetres} over {@code runs} runs carries a medium-long run.
     *
     * @param weekMetres the week's planned running in metres
     * @param runs       runs in the week
     * @return whether the week has a medium-long run midweek
     */
    public static boolean hasMediumLong(int weekMetres, int runs) {
        return weekMetres >= MEDIUM_LONG_MIN_WEEK_METRES.whole() && runs >= MEDIUM_LONG_MIN_RUNS.whole();
    }

    private static int share(WorkoutLimit limit, int weekMetres) {
        return (int) Math.floor(limit.value() * weekMetres + 1e-9);
    }
}
