package dev.recovery.plans.export;

import dev.recovery.core.log.RunType;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.CrossWorkout;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Exercise;
import dev.recovery.plans.plan.MobilityWorkout;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.StrengthWorkout;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A plan as the exporters show it: every text a printed page, a calendar event or a CSV row needs,
 * worked out once, in the plan's units. Renderers format a sheet; only this class reads the plan
 * model, so a change to the model touches one place.
 *
 * @param title     e.g. {@code Marathon plan for 2027-04-18}
 * @param raceDate  race day, the plan's last day
 * @param units     the unit every distance is shown in
 * @param basis     what the paces come from, e.g. {@code goal marathon 3:30:00}
 * @param paces     the training paces, one line each, e.g. {@code Easy 5:45-6:20/km}
 * @param weeks     every week, in order
 * @param strength  the strength programme: the exercises of a full workout, one line each
 * @param routines  each day type's usual recovery routine, printed once in the legend, e.g.
 *                  {@code After a long run: Refuel within 30 min · Foam rolling 8-12 min}
 * @since 0.1.0
 */
public record PlanSheet(String title, LocalDate raceDate, DistanceUnit units, String basis, List<String> paces,
        List<WeekSheet> weeks, List<String> strength, List<String> routines) {

    /** Day types, in the order the legend prints their routines. */
    static final String DAY_LONG = "long";
    static final String DAY_QUALITY = "quality";
    static final String DAY_EASY = "easy";
    static final String DAY_CROSS = "cross";
    static final String DAY_REST = "rest";
    static final String DAY_RACE = "race";
    private static final List<String> DAY_TYPES = List.of(DAY_LONG, DAY_QUALITY, DAY_EASY, DAY_CROSS, DAY_REST);
    private static final List<String> DAY_TYPE_NAMES = List.of("After a long run", "After a quality session", "After an easy run",
            "On a cross-training or strength day", "On a rest day");

    /** Builds the sheet of {@code plan}. */
    public static PlanSheet of(Plan plan) {
        return of(plan, date -> Map.of());
    }

    /**
     * Builds the sheet of {@code plan}, each day's recovery knowing the soreness episodes open on it
     * (the console passes the runner's open AMBER and RED episodes for the days ahead).
     *
     * @param plan         the plan
     * @param openEpisodes for each date, the level of each region with an open AMBER or RED episode
     * @return the sheet
     * @throws IllegalArgumentException if a part is missing
     */
    public static PlanSheet of(Plan plan, Function<LocalDate, Map<BodyRegion, TriageLevel>> openEpisodes) {
        Checks.required("plan", plan, "a plan to export");
        Checks.required("openEpisodes", openEpisodes, "the open episodes by date");
        DistanceUnit units = plan.units();
        List<WeekSheet> weeks = new ArrayList<>(plan.weeks().size());
        double peak = 0;
        for (Week week : plan.weeks()) {
            peak = Math.max(peak, week.plannedVolume().metres());
        }
        for (Week week : plan.weeks()) {
            weeks.add(WeekSheet.of(week, units, week.plannedVolume().metres() >= peak * PEAK_SHARE, openEpisodes));
        }
        // A day type's routine is what most days of that type carry; each cell then shows only what differs.
        java.util.Map<String, java.util.Map<String, Integer>> seen = new java.util.HashMap<>();
        java.util.Map<String, Integer> daysOfType = new java.util.HashMap<>();
        for (WeekSheet week : weeks) {
            for (DaySheet day : week.days()) {
                daysOfType.merge(day.dayType(), 1, Integer::sum);
                java.util.Map<String, Integer> items = seen.computeIfAbsent(day.dayType(), t -> new java.util.LinkedHashMap<>());
                for (String item : day.recovery()) {
                    items.merge(item, 1, Integer::sum);
                }
            }
        }
        java.util.Map<String, List<String>> routine = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, java.util.Map<String, Integer>> type : seen.entrySet()) {
            List<String> usual = new ArrayList<>();
            int days = daysOfType.get(type.getKey());
            type.getValue().forEach((item, times) -> {
                if (times * 2 > days) {
                    usual.add(item);
                }
            });
            routine.put(type.getKey(), usual);
        }
        routine.remove(DAY_RACE);
        List<WeekSheet> printed = new ArrayList<>(weeks.size());
        for (WeekSheet week : weeks) {
            List<DaySheet> days = new ArrayList<>(7);
            for (DaySheet day : week.days()) {
                List<String> extras = new ArrayList<>(day.recovery());
                extras.removeAll(routine.getOrDefault(day.dayType(), List.of()));
                days.add(day.withExtras(extras));
            }
            printed.add(week.withDays(days));
        }
        List<String> routines = new ArrayList<>();
        for (int i = 0; i < DAY_TYPES.size(); i++) {
            List<String> items = routine.get(DAY_TYPES.get(i));
            if (items != null && !items.isEmpty()) {
                routines.add(DAY_TYPE_NAMES.get(i) + ": " + String.join(" · ", items));
            }
        }
        return new PlanSheet("Marathon plan for " + plan.raceDate(), plan.raceDate(), units, basis(plan.request()),
                PaceLines.of(plan), printed, strengthProgramme(plan), List.copyOf(routines));
    }

    /** Weeks within 3% of the largest planned volume are marked as peak weeks (the peak is held within 3%). */
    static final double PEAK_SHARE = 0.97;

    /** Every session line of the plan, in date order: what the CSV writes one row per. */
    public List<SessionLine> lines() {
        List<SessionLine> all = new ArrayList<>();
        for (WeekSheet week : weeks) {
            for (DaySheet day : week.days()) {
                all.addAll(day.sessions());
            }
        }
        return all;
    }

    private static String basis(PlanRequest request) {
        var result = request.paceBasis();
        if (result.goal()) {
            return "goal marathon " + Durations.format(result.time());
        }
        return "recent race " + result.distance().format(request.units()) + " in " + Durations.format(result.time());
    }

    private static List<String> strengthProgramme(Plan plan) {
        for (Week week : plan.weeks()) {
            for (Day day : week.days()) {
                if (day.strength().isPresent() && !day.strength().get().light()) {
                    List<String> lines = new ArrayList<>();
                    for (Exercise exercise : day.strength().get().exercises()) {
                        lines.add(exerciseName(exercise) + ": " + dose(exercise));
                    }
                    lines.add("Sets ramp in over the first two weeks (1, then 2), are full in base and build, one fewer in cutback weeks"
                            + " and 2 in peak weeks (maintenance: same load, fewer sets).");
                    lines.add("The Bulgarian split squat hold builds from 20 s in the first weeks to 2 min by the end of the build,"
                            + " then holds there.");
                    lines.add("Taper workouts are lighter (fewer sets, shorter holds); none in the last 5 days before the race.");
                    lines.add("On a run day, strength comes after the run; never on the long-run day or the day before it.");
                    return List.copyOf(lines);
                }
            }
        }
        return List.of();
    }

    static String exerciseName(Exercise exercise) {
        String id = exercise.exercise().id().replace('-', ' ');
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    static String dose(Exercise exercise) {
        return exercise.reps() > 0 ? exercise.sets() + " x " + exercise.reps()
                : exercise.sets() + " x " + exercise.holdSeconds() + " s hold";
    }

    /**
     * One week.
     *
     * @param number  the week's number as a runner counts, from 1
     * @param phase   base, build, peak, taper or race
     * @param start   its first day
     * @param volume  the planned training volume (in race week, without the race)
     * @param volumeText the planned volume in the plan's unit, e.g. {@code 48.0 km}; {@code 24.8 mi + race} in race week
     * @param cutback true for a cutback (step-back) week
     * @param peak    true for a peak-volume week
     * @param notes   why the week has its shape, in words
     * @param days    its seven days
     */
    public record WeekSheet(int number, TrainingPhase phase, LocalDate start, Distance volume, String volumeText, boolean cutback,
            boolean peak, List<String> notes, List<DaySheet> days) {

        static WeekSheet of(Week week, DistanceUnit units, boolean peak, Function<LocalDate, Map<BodyRegion, TriageLevel>> openEpisodes) {
            List<DaySheet> days = new ArrayList<>(7);
            for (Day day : week.days()) {
                days.add(DaySheet.of(day, week, units, openEpisodes.apply(day.date())));
            }
            List<String> notes = new ArrayList<>();
            week.reasons().forEach(r -> notes.add(r.message()));
            // The race itself is not training volume: race week shows its light running plus the race.
            boolean raceWeek = week.phase() == TrainingPhase.RACE_WEEK;
            Distance volume = raceWeek ? week.trainingVolume() : week.plannedVolume();
            String volumeText = volume.format(units) + (raceWeek ? " + race" : "");
            return new WeekSheet(week.index() + 1, week.phase(), week.start(), volume, volumeText, week.cutback(), peak,
                    List.copyOf(notes), List.copyOf(days));
        }

        WeekSheet withDays(List<DaySheet> value) {
            return new WeekSheet(number, phase, start, volume, volumeText, cutback, peak, notes, List.copyOf(value));
        }

        /** A short label: {@code Week 5 · build · cutback}. */
        public String label() {
            return "Week " + number + " · " + phaseId() + (cutback ? " · cutback" : peak ? " · peak" : "");
        }

        /** The phase as plan outputs name it: {@code base}, {@code build}, {@code peak}, {@code taper}, {@code race}. */
        public String phaseId() {
            return Week.phaseId(phase);
        }
    }

    /**
     * One day.
     *
     * @param date     the date
     * @param sessions what is planned, in the order to do it; a rest day has one REST line
     * @param recovery the day's recovery items in short form, e.g. {@code Refuel within 30 min}
     * @param dayType  the kind of day whose usual recovery routine the legend prints once:
     *                 {@code long}, {@code quality}, {@code easy}, {@code cross}, {@code rest} or {@code race}
     * @param extras   the recovery items that differ from the day type's routine: what a printed cell shows
     */
    public record DaySheet(LocalDate date, List<SessionLine> sessions, List<String> recovery, String dayType, List<String> extras) {

        static DaySheet of(Day day, Week week, DistanceUnit units, Map<BodyRegion, TriageLevel> openEpisodes) {
            List<SessionLine> lines = new ArrayList<>();
            for (PlannedRun run : day.runs()) {
                lines.add(SessionLine.run(day.date(), week, run, units));
            }
            day.strength().ifPresent(s -> lines.add(SessionLine.strength(day.date(), week, s)));
            day.cross().ifPresent(c -> lines.add(SessionLine.cross(day.date(), week, c)));
            day.mobility().ifPresent(m -> lines.add(SessionLine.mobility(day.date(), week, m)));
            if (lines.isEmpty()) {
                lines.add(SessionLine.rest(day.date(), week));
            }
            List<String> recovery = RecoveryLines.of(week.recovery(day, openEpisodes));
            return new DaySheet(day.date(), List.copyOf(lines), recovery, dayType(day), recovery);
        }

        /** The kind of day for the routine: the race, a long run, a quality session, an easy run, cross-training only, or rest. */
        static String dayType(Day day) {
            String type = day.isRest() ? DAY_REST : DAY_CROSS;
            for (PlannedRun run : day.runs()) {
                if (run.type() == RunType.RACE) {
                    return DAY_RACE;
                }
                if (run.type() == RunType.LONG) {
                    type = DAY_LONG;
                } else if (run.isHard() && !type.equals(DAY_LONG)) {
                    type = DAY_QUALITY;
                } else if (type.equals(DAY_CROSS)) {
                    type = DAY_EASY;
                }
            }
            return type;
        }

        DaySheet withExtras(List<String> value) {
            return new DaySheet(date, sessions, recovery, dayType, List.copyOf(value));
        }

        /** Weekday and day of month, e.g. {@code Mon 28}. */
        public String shortDate() {
            return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth();
        }

        /** True if the only line is rest. */
        public boolean isRest() {
            return sessions.size() == 1 && sessions.get(0).kind() == SessionKind.REST;
        }

        /** A one-line summary for a calendar title: {@code Long run 29.0 km + Strength}. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            for (SessionLine line : sessions) {
                parts.add(line.headline());
            }
            return String.join(" + ", parts);
        }
    }

    /**
     * One session of a day.
     *
     * @param date      the day
     * @param week      the week number, from 1
     * @param phase     the week's phase
     * @param kind      run, strength, cross, yoga (the yoga/mobility slot) or rest
     * @param type      the run type id (e.g. {@code long}), the activity (e.g. {@code bike}), {@code full} or
     *                  {@code light} strength, {@code yoga} or {@code mobility}; empty for rest
     * @param distance  the distance, for runs
     * @param duration  the duration, where planned by time
     * @param paceRange the pace range, e.g. {@code 5:45-6:20/km}; empty where there is none
     * @param headline  the short text for a calendar cell or title, in the plan's unit:
     *                  {@code Long run 29.0 km}, {@code Bike 45 min}
     * @param details   what to do, e.g. the exercises of a strength workout or a workout's steps
     * @param workout   the run's workout, for runs
     * @param steps     the run's steps in words, in the plan's unit, e.g. {@code 2 km easy, 5 x 1000 m at I
     *                  4:10-4:20/km with 400 m jog, 2 km easy}; empty for other sessions
     */
    public record SessionLine(LocalDate date, int week, TrainingPhase phase, SessionKind kind, String type,
            Optional<Distance> distance, Optional<Duration> duration, String paceRange, String headline, String details,
            Optional<Workout> workout, String steps) {

        /** The week's phase as plan outputs name it: {@code base}, ..., {@code race}. */
        public String phaseId() {
            return Week.phaseId(phase);
        }

        static SessionLine run(LocalDate date, Week week, PlannedRun run, DistanceUnit units) {
            Workout workout = run.workout();
            String steps = WorkoutText.describe(workout, units);
            boolean race = run.type() == RunType.RACE;
            // A one-step run says it all in its headline; its details give the feel. A structured one details its steps.
            String details = race ? RunTexts.details(RunType.RACE) : workout.parts().size() > 1 ? steps : RunTexts.details(workout.kind());
            String name = race ? RunTexts.name(RunType.RACE) : capitalise(workout.kind().label());
            return new SessionLine(date, week.index() + 1, week.phase(), SessionKind.RUN, run.type().id(),
                    Optional.of(run.distance()), Optional.empty(), PaceLines.range(run, units),
                    name + " " + run.distance().format(units), details, Optional.of(workout), steps);
        }

        static SessionLine strength(LocalDate date, Week week, StrengthWorkout workout) {
            List<String> parts = new ArrayList<>();
            for (Exercise exercise : workout.exercises()) {
                parts.add(exerciseName(exercise) + " " + dose(exercise));
            }
            String details = (workout.light() ? "Light: " : "") + String.join("; ", parts);
            return new SessionLine(date, week.index() + 1, week.phase(), SessionKind.STRENGTH, workout.light() ? "light" : "full",
                    Optional.empty(), Optional.empty(), "", workout.light() ? "Strength (light)" : "Strength", details, Optional.empty(), "");
        }

        static SessionLine cross(LocalDate date, Week week, CrossWorkout cross) {
            return new SessionLine(date, week.index() + 1, week.phase(), SessionKind.CROSS, cross.activity().id(),
                    Optional.empty(), Optional.of(cross.duration()), "",
                    capitalise(cross.activity().id()) + " " + minutes(cross.duration()),
                    "Low-impact " + cross.activity().id() + " at an easy, conversational effort.", Optional.empty(), "");
        }

        static SessionLine mobility(LocalDate date, Week week, MobilityWorkout mobility) {
            return new SessionLine(date, week.index() + 1, week.phase(), SessionKind.YOGA,
                    mobility.yoga() ? "yoga" : "mobility", Optional.empty(), Optional.of(mobility.duration()), "",
                    (mobility.yoga() ? "Yoga " : "Mobility ") + minutes(mobility.duration()),
                    mobility.yoga() ? "Yoga: easy flow for hips, hamstrings and calves." : "Mobility: easy range of motion, nothing forced.",
                    Optional.empty(), "");
        }

        static SessionLine rest(LocalDate date, Week week) {
            return new SessionLine(date, week.index() + 1, week.phase(), SessionKind.REST, "", Optional.empty(),
                    Optional.empty(), "", "Rest", "Full rest: no running, no cross-training.", Optional.empty(), "");
        }

        /** The duration shown as {@code 45 min}, or empty. */
        public String durationText() {
            return duration.map(PlanSheet::minutes).orElse("");
        }
    }

    static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
