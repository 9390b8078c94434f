package dev.recovery.plans.workout;

import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Checks;

/**
 * The role of a run in its week: which session of the library it is. Hard kinds are the days that
 * must never come back to back (Pfitzinger &amp; Douglas, Advanced Marathoning).
 */
public enum WorkoutKind {
    /** A general easy run at the easy range. */
    EASY(false, "easy run", RunType.EASY),
    /** A recovery run the day after a hard session: shorter, at the slow end of the easy range. */
    RECOVERY(false, "recovery run", RunType.RECOVERY),
    /** An easy run finished with 6-8 strides. */
    STRIDES(false, "easy run with strides", RunType.EASY),
    /** Short uphill repeats at R effort with jog-down recoveries (base phase). */
    HILLS(true, "hill repeats", RunType.INTERVALS),
    /** Short repetitions at R pace with full recovery (base phase). */
    REPETITIONS(true, "repetitions", RunType.INTERVALS),
    /** A steady tempo run of up to 20 min at T pace. */
    TEMPO(true, "tempo run", RunType.TEMPO),
    /** Cruise intervals: bouts of 5-15 min at T pace, 1 min rest per 5 min run. */
    CRUISE_INTERVALS(true, "cruise intervals", RunType.TEMPO),
    /** Intervals: bouts of 3-5 min at I pace with jog recoveries about as long. */
    INTERVALS(true, "intervals", RunType.INTERVALS),
    /** A run with a continuous marathon-pace segment. */
    MARATHON_PACE(true, "marathon-pace run", RunType.MARATHON_PACE),
    /** The week's long run, all at easy pace. */
    LONG(true, "long run", RunType.LONG),
    /** A long run with a marathon-pace segment in its second half. */
    LONG_WITH_MARATHON_PACE(true, "long run with marathon pace", RunType.LONG),
    /** A medium-long run midweek: 60-75% of the long run, easy. */
    MEDIUM_LONG(false, "medium-long run", RunType.EASY),
    /** Race week, 3-5 days out: a short marathon-pace segment and strides. */
    SHARPENER(false, "race-week sharpener", RunType.MARATHON_PACE),
    /** The day before the race: 20-30 min easy with a few strides. */
    SHAKEOUT(false, "shake-out", RunType.EASY),
    /** A tune-up race, 10K or half marathon, 3-6 weeks before the marathon, at threshold effort or faster. */
    TUNE_UP(true, "tune-up race", RunType.RACE),
    /** The race itself: the marathon at marathon pace. Not built from the library's limits. */
    RACE(true, "race", RunType.RACE);

    private final boolean hard;
    private final String label;
    private final RunType runType;

    WorkoutKind(boolean hard, String label, RunType runType) {
        this.hard = hard;
        this.label = label;
        this.runType = runType;
    }

    /**
     * The run type a session of this kind is logged as in recovery-core (its load model and
     * readiness checks know runs by type): easy days as easy or recovery, hills, repetitions and
     * intervals as intervals, tempo and cruise intervals as tempo, marathon-pace work and the
     * sharpener as marathon pace, both long kinds as long.
     *
     * @return the core run type
     */
    public RunType runType() {
        return runType;
    }

    /**
     * The kind a run of core's {@code type} is read as when it has no structure of its own (a plan
     * saved before runs were workouts, or a run logged by type).
     *
     * @param type the core run type
     * @return the matching kind
     * @throws IllegalArgumentException naming {@code type} if it is missing
     */
    public static WorkoutKind of(RunType type) {
        return switch (Checks.requiredOneOf("type", type, RunType.class)) {
            case EASY -> EASY;
            case RECOVERY -> RECOVERY;
            case LONG -> LONG;
            case TEMPO -> TEMPO;
            case INTERVALS -> INTERVALS;
            case MARATHON_PACE -> MARATHON_PACE;
            case RACE -> RACE;
        };
    }

    /**
     * True for the sessions that count as hard days (quality sessions and the long run). The
     * race-week sharpener is deliberately not hard: its marathon-pace segment is short and meant to
     * leave the legs fresh.
     *
     * @return whether the session is a hard day
     */
    public boolean isHard() {
        return hard;
    }

    /** {@return a short name for a runner, e.g. {@code cruise intervals}} */
    public String label() {
        return label;
    }

    /** {@return the id shown to users: {@code easy}, {@code long-with-marathon-pace}, ...} */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id such as {@code intervals} or {@code medium-long}.
     *
     * @param text the id
     * @return the kind
     * @throws IllegalArgumentException naming {@code workout}, the text and the accepted ids
     */
    public static WorkoutKind parse(String text) {
        return Checks.parseEnum("workout", text, WorkoutKind.class);
    }
}
