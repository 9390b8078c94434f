package dev.recovery.shell.export;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.workout.Planned;
import dev.recovery.plans.workout.Repeat;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutPart;
import dev.recovery.plans.workout.Zone;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The names a planned run gets on the watch and on disk.
 *
 * <p>On the watch the name is what the workout list shows, so it says what the session is in at
 * most {@value #MAX_CHARACTERS} characters: {@code Long run 32 km}, {@code 6 x 1000 m I},
 * {@code Tempo 20 min}, {@code Easy + 6 strides}; distances in the runner's unit. The file name
 * is the date and the run's role, e.g. {@code 2027-03-14-long-run.fit}, with {@code -2},
 * {@code -3} ... when a day has two runs of the same role.
 */
public final class WatchNames {

    /**
     * The longest workout name written, in characters (all ASCII, so also bytes): 16. A product
     * choice: watches cut longer names in their workout lists, and the FIT string field is sized
     * to the name, well inside its 255-byte limit.
     */
    public static final int MAX_CHARACTERS = 16;
    /** The file name extension watches look for. */
    public static final String EXTENSION = ".fit";

    private static final int TENTHS = 10;
    private static final int SECONDS_PER_MINUTE = 60;

    private WatchNames() {
    }

    /**
     * The workout's name on the watch.
     *
     * @param workout the planned workout
     * @param unit    the runner's unit for distances (reps stay in metres)
     * @return a name of 1 to {@value #MAX_CHARACTERS} ASCII characters
     * @throws IllegalArgumentException if a part is missing
     */
    public static String watchName(Workout workout, DistanceUnit unit) {
        Checks.required("workout", workout, "a workout");
        Checks.requiredOneOf("unit", unit, DistanceUnit.class);
        String name = describe(workout, unit);
        if (name.length() > MAX_CHARACTERS) {
            name = shortLabel(workout.kind());
        }
        return name.length() > MAX_CHARACTERS ? name.substring(0, MAX_CHARACTERS).strip() : name;
    }

    /**
     * The file name of a run: its date and role, unique among {@code taken}.
     *
     * @param date  the run's day
     * @param kind  its role in the week
     * @param taken the file names already given (not changed here)
     * @return e.g. {@code 2027-03-14-long-run.fit}, or {@code 2027-03-14-long-run-2.fit} if that is taken
     * @throws IllegalArgumentException if a part is missing
     */
    public static String fileName(LocalDate date, WorkoutKind kind, Set<String> taken) {
        Checks.required("date", date, "a date");
        Checks.requiredOneOf("workout", kind, WorkoutKind.class);
        Checks.required("taken", taken, "the names given so far");
        String base = date + "-" + kind.label().toLowerCase(Locale.ROOT).replace(' ', '-');
        String name = base + EXTENSION;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n + EXTENSION;
        }
        return name;
    }

    private static String describe(Workout workout, DistanceUnit unit) {
        String total = distance(workout.metres(), unit);
        Repeat main = mainRepeat(workout);
        return switch (workout.kind()) {
            case EASY -> "Easy " + total;
            case RECOVERY -> "Recovery " + total;
            case STRIDES -> "Easy + " + strides(workout) + " strides";
            case HILLS -> (main != null ? main.count() + " x " : "") + "hill reps";
            case REPETITIONS -> reps(main, Zone.R, workout, unit);
            case TEMPO -> "Tempo " + mainMeasure(workout, Zone.T, unit);
            case CRUISE_INTERVALS -> reps(main, Zone.T, workout, unit);
            case INTERVALS -> reps(main, Zone.I, workout, unit);
            case MARATHON_PACE -> distance(workout.mainSetMetres(Zone.M), unit) + " at MP";
            case LONG -> "Long run " + total;
            case LONG_WITH_MARATHON_PACE -> longWithMarathonPace(workout, unit);
            case MEDIUM_LONG -> "Med-long " + total;
            case SHARPENER -> shortest("Sharpener " + distance(workout.mainSetMetres(Zone.M), unit) + " MP",
                    "Sharpen " + distance(workout.mainSetMetres(Zone.M), unit) + " MP", shortLabel(workout.kind()));
            case SHAKEOUT -> "Shake-out " + minutes(workout.seconds());
            case TUNE_UP -> "Tune-up " + total;
            case RACE -> "Race " + total;
        };
    }

    private static String longWithMarathonPace(Workout workout, DistanceUnit unit) {
        String marathonPace = " " + wholeUnits(workout.mainSetMetres(Zone.M), unit) + " MP";
        return shortest("Long " + distance(workout.metres(), unit) + marathonPace,
                "Long " + wholeUnits(workout.metres(), unit) + " " + unit.symbol() + marathonPace,
                "Long " + distance(workout.metres(), unit) + " +MP");
    }

    /** The first name that fits the watch, else the last one. */
    private static String shortest(String... names) {
        for (String name : names) {
            if (name.length() <= MAX_CHARACTERS) {
                return name;
            }
        }
        return names[names.length - 1];
    }

    /** When the main set is not a repeat (a shortened session), the kind's short label. */
    private static String reps(Repeat main, Zone zone, Workout workout, DistanceUnit unit) {
        Step bout = main == null ? null : work(main);
        if (bout == null) {
            return shortLabel(workout.kind()) + " " + mainMeasure(workout, zone, unit);
        }
        String measure = bout.planned() == Planned.DISTANCE ? bout.metres() + " m" : time(bout.seconds());
        return main.count() + " x " + measure + " " + zone.id();
    }

    private static String mainMeasure(Workout workout, Zone zone, DistanceUnit unit) {
        for (WorkoutPart part : workout.parts()) {
            if (part instanceof Step step && step.type() == StepType.WORK && step.zone() == zone) {
                return step.planned() == Planned.DURATION ? time(step.seconds()) : distance(step.metres(), unit);
            }
        }
        return distance(workout.mainSetMetres(zone), unit);
    }

    private static Repeat mainRepeat(Workout workout) {
        for (WorkoutPart part : workout.parts()) {
            if (part instanceof Repeat repeat && work(repeat) != null) {
                return repeat;
            }
        }
        return null;
    }

    private static Step work(Repeat repeat) {
        for (Step step : repeat.steps()) {
            if (step.type() == StepType.WORK) {
                return step;
            }
        }
        return null;
    }

    private static int strides(Workout workout) {
        for (WorkoutPart part : workout.parts()) {
            if (part instanceof Repeat repeat && repeat.steps().get(0).type() == StepType.STRIDES) {
                return repeat.count();
            }
        }
        return 0;
    }

    private static String shortLabel(WorkoutKind kind) {
        return switch (kind) {
            case LONG_WITH_MARATHON_PACE -> "Long run + MP";
            case MEDIUM_LONG -> "Medium-long run";
            case SHARPENER -> "Sharpener";
            case STRIDES -> "Easy + strides";
            default -> capitalised(kind.label());
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A distance in the runner's unit to a tenth, without a trailing {@code .0}: {@code 10 km}, {@code 6.2 mi}. */
    static String distance(int metres, DistanceUnit unit) {
        long tenths = Math.round(metres * TENTHS / unit.metres());
        String number = tenths % TENTHS == 0 ? String.valueOf(tenths / TENTHS) : tenths / TENTHS + "." + tenths % TENTHS;
        return number + " " + unit.symbol();
    }

    private static String wholeUnits(int metres, DistanceUnit unit) {
        return String.valueOf(Math.round(metres / unit.metres()));
    }

    private static String minutes(int seconds) {
        return Math.round(seconds / (double) SECONDS_PER_MINUTE) + " min";
    }

    /** {@code 20 min}, {@code 90 s}, {@code 2 min 30 s}. */
    static String time(int seconds) {
        int minutes = seconds / SECONDS_PER_MINUTE;
        int rest = seconds % SECONDS_PER_MINUTE;
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
