package dev.recovery.plans.workout;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.Checks;
import java.util.List;

/**
 * The workout library: builds every kind of session from a {@link WorkoutRequest}, and says which
 * quality sessions each phase carries. Intensity comes in progressively (Daniels' Running Formula,
 * 3rd ed. 2014; Pfitzinger &amp; Douglas, Advanced Marathoning): the base phase is easy running,
 * strides and hills or short repetitions; the build brings threshold work, then intervals; the
 * peak is marathon-specific; the taper and race week keep intensity at a lower volume (Bosquet et
 * al. 2007, Med Sci Sports Exerc 39:1358). Every session is sized within {@link IntensityLimits}.
 */
public final class WorkoutLibrary {

    /** How many quality sessions {@link #qualitySessions(TrainingPhase, int)} names for a week: a first and a second. */
    public static final int QUALITY_SESSIONS = 2;
    /** The week of the build phase from which intervals come in; threshold work comes first. */
    static final int INTERVALS_FROM_BUILD_WEEK = 2;

    private WorkoutLibrary() {
    }

    /**
     * Builds a session of {@code kind}. Its distance is the request's target, except where a limit
     * holds it: the long run within its distance and time caps, a medium-long run within 75% of the
     * runner's longest allowed long run (use {@link #mediumLong(WorkoutRequest, int)} to size it
     * from the week's actual long run), a shake-out within 20-30 min, and a quality session whose
     * target is shorter than its warm-up, smallest main set and cool-down.
     *
     * @param kind    the session to build
     * @param request the paces, week and target
     * @return the workout, its main set within the limits for the week
     * @throws IllegalArgumentException naming {@code workout} if the kind is missing
     */
    public static Workout build(WorkoutKind kind, WorkoutRequest request) {
        Checks.required("request", request, "a workout request");
        return switch (Checks.requiredOneOf("workout", kind, WorkoutKind.class)) {
            case EASY -> EasyRuns.easy(request);
            case RECOVERY -> EasyRuns.recovery(request);
            case STRIDES -> EasyRuns.strides(request);
            case HILLS -> RepetitionWorkouts.hills(request);
            case REPETITIONS -> RepetitionWorkouts.repetitions(request);
            case TEMPO -> ThresholdWorkouts.tempo(request);
            case CRUISE_INTERVALS -> ThresholdWorkouts.cruise(request);
            case INTERVALS -> IntervalWorkouts.intervals(request);
            case MARATHON_PACE -> MarathonPaceWorkouts.marathonPace(request);
            case LONG -> LongRuns.longRun(request);
            case LONG_WITH_MARATHON_PACE -> LongRuns.withMarathonPace(request);
            case MEDIUM_LONG -> LongRuns.mediumLongWithinCap(request);
            case SHARPENER -> MarathonPaceWorkouts.sharpener(request);
            case SHAKEOUT -> EasyRuns.shakeout(request);
            case RACE -> race(request.paces());
            case TUNE_UP -> race(request.paces(), request.targetMetres());
        };
    }

    /**
     * The marathon itself: 42.195 km at marathon pace, in one step.
     *
     * @param paces the runner's training paces
     * @return the race
     * @throws IllegalArgumentException naming {@code paces} if they are missing
     */
    public static Workout race(TrainingPaces paces) {
        Checks.required("paces", paces, "the runner's training paces");
        return race(paces, MARATHON_METRES);
    }

    /**
     * A race over {@code metres} at the pace the runner would race it: marathon pace for the
     * marathon, threshold pace for a half marathon or 10K tune-up (Daniels 2014: T is about the pace
     * held for an hour, the closest training zone to both).
     *
     * @param paces  the runner's training paces
     * @param metres the race distance, 1 to {@value Step#MAX_METRES} m
     * @return the race
     * @throws IllegalArgumentException naming the field if the paces are missing or the distance is out of range
     */
    public static Workout race(TrainingPaces paces, int metres) {
        Checks.required("paces", paces, "the runner's training paces");
        Zone zone = metres >= MARATHON_METRES ? Zone.M : Zone.T;
        return Workout.of(metres >= MARATHON_METRES ? WorkoutKind.RACE : WorkoutKind.TUNE_UP,
                Step.ofMetres(StepType.WORK, zone, metres, Sessions.pace(paces, zone)));
    }

    /** The marathon's distance in whole metres: 42,195 m. */
    public static final int MARATHON_METRES = 42_195;

    /**
     * A medium-long run for a week whose long run is {@code longRunMetres}: the request's target
     * held within 60-75% of it.
     *
     * @param request       the paces, week and target
     * @param longRunMetres the week's long run in metres, more than 0
     * @return the medium-long run
     * @throws IllegalArgumentException naming {@code long run} if it is not positive
     */
    public static Workout mediumLong(WorkoutRequest request, int longRunMetres) {
        Checks.required("request", request, "a workout request");
        Checks.inRange("long run", longRunMetres, 1, Workout.MAX_METRES);
        return LongRuns.mediumLong(request, longRunMetres);
    }

    /**
     * The quality sessions of a week, the first the more important (a week with room for one takes
     * the first): base, strides then hills or short repetitions on alternate weeks; build, a tempo,
     * then cruise intervals, then intervals with cruise intervals; peak, a marathon-pace run and
     * intervals; a cutback week, strides only, so the week absorbs the weeks before; taper,
     * intervals or a marathon-pace run with threshold work; race week, the sharpener and the shake-out.
     *
     * @param phase       the week's phase
     * @param weekInPhase the week's place in its phase, from 0
     * @return {@value #QUALITY_SESSIONS} kinds, the first the more important
     * @throws IllegalArgumentException naming the field if the phase is missing or the week is negative
     */
    public static List<WorkoutKind> qualitySessions(TrainingPhase phase, int weekInPhase) {
        Checks.inRange("week in phase", weekInPhase, 0, WorkoutRequest.MAX_WEEK_IN_PHASE);
        return switch (Checks.requiredOneOf("phase", phase, TrainingPhase.class)) {
            case BASE -> weekInPhase == 0 ? List.of(WorkoutKind.STRIDES, WorkoutKind.STRIDES)
                    : List.of(weekInPhase % 2 == 1 ? WorkoutKind.HILLS : WorkoutKind.REPETITIONS, WorkoutKind.STRIDES);
            case BUILD -> weekInPhase == 0 ? List.of(WorkoutKind.TEMPO, WorkoutKind.STRIDES)
                    : weekInPhase < INTERVALS_FROM_BUILD_WEEK ? List.of(WorkoutKind.CRUISE_INTERVALS, WorkoutKind.STRIDES)
                    : List.of(WorkoutKind.INTERVALS, WorkoutKind.CRUISE_INTERVALS);
            case PEAK -> List.of(WorkoutKind.MARATHON_PACE, WorkoutKind.INTERVALS);
            case DELOAD -> List.of(WorkoutKind.STRIDES, WorkoutKind.STRIDES);
            case TAPER -> weekInPhase == 0 ? List.of(WorkoutKind.INTERVALS, WorkoutKind.MARATHON_PACE)
                    : List.of(WorkoutKind.MARATHON_PACE, WorkoutKind.CRUISE_INTERVALS);
            case RACE_WEEK -> List.of(WorkoutKind.SHARPENER, WorkoutKind.SHAKEOUT);
        };
    }

    /**
     * The week's long run: with a marathon-pace segment on alternate weeks of the build and peak in
     * the last 10 weeks before the taper ({@link IntensityLimits#LONG_RUN_MARATHON_WEEKS_BEFORE_TAPER}) (the week just before the
     * taper included), else all easy.
     *
     * @param phase            the week's phase
     * @param weeksBeforeTaper how many weeks the taper is away: 1 for the week just before it
     * @return {@link WorkoutKind#LONG_WITH_MARATHON_PACE} or {@link WorkoutKind#LONG}
     * @throws IllegalArgumentException naming {@code phase} if it is missing
     */
    public static WorkoutKind longRun(TrainingPhase phase, int weeksBeforeTaper) {
        boolean specific = Checks.requiredOneOf("phase", phase, TrainingPhase.class) == TrainingPhase.BUILD
                || phase == TrainingPhase.PEAK;
        boolean window = weeksBeforeTaper >= 1 && weeksBeforeTaper <= IntensityLimits.LONG_RUN_MARATHON_WEEKS_BEFORE_TAPER.whole();
        return specific && window && weeksBeforeTaper % 2 == 1 ? WorkoutKind.LONG_WITH_MARATHON_PACE : WorkoutKind.LONG;
    }
}
