package dev.recovery.plans.request;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a runner asks a marathon plan for. Build one with {@link #builder(LocalDate, Distance, Distance, RaceResult)};
 * days not chosen get sensible defaults (long run on the race's weekday, rest the day after it).
 *
 * <p>A plan always ends on race day, so its weeks run from the day after the race's weekday: a
 * Sunday race gives Monday-to-Sunday weeks ({@link #weekStart()}).
 *
 * @param raceDate         the marathon's date, the plan's last day
 * @param weeks            the plan length in weeks, {@value #MIN_WEEKS} to {@value #MAX_WEEKS}
 * @param currentWeekly    the runner's weekly volume now (at least 16 km / 10 mi)
 * @param peakWeekly       the weekly volume to peak at: at least the current volume, at most 240 km / 150 mi
 * @param runsPerWeek      runs a week, 3 to 7 (7 means one day holds two short easy runs)
 * @param longRunDay       the day of the long run
 * @param restDay          the full rest day; not the long-run day, not the race's weekday
 * @param strengthDays     exactly two strength days; never the long-run day, the day before it or the rest day
 * @param crossTrainingDay the low-impact cross-training day; not the rest day or the long-run day
 * @param paceBasis        a goal marathon time or a recent race the paces come from
 * @param units            km or mi: the unit every distance in the plan is rounded in
 * @param weekStart        the first day of each plan week: the day after the race's weekday
 * @param tuneUp           an optional 10K or half-marathon tune-up race 3-6 weeks before the marathon
 * @since 0.1.0
 */
public record PlanRequest(LocalDate raceDate, int weeks, Distance currentWeekly, Distance peakWeekly, int runsPerWeek,
        DayOfWeek longRunDay, DayOfWeek restDay, List<DayOfWeek> strengthDays, DayOfWeek crossTrainingDay,
        RaceResult paceBasis, DistanceUnit units, DayOfWeek weekStart, Optional<TuneUp> tuneUp) {

    /** Shortest plan: 12 weeks (issue 5; Higdon's shortest marathon plans are 12 weeks or more). */
    public static final int MIN_WEEKS = 12;
    /** Longest plan: 24 weeks (issue 5). */
    public static final int MAX_WEEKS = 24;
    /** Fewest runs a week (issue 5). */
    public static final int MIN_RUNS = 3;
    /** Most runs a week (issue 5). */
    public static final int MAX_RUNS = 7;
    /** Strength sessions a week: twice (Postma and Chung). */
    public static final int STRENGTH_SESSIONS = 2;
    /** Days in a week, for the weekday arithmetic. */
    private static final int DAYS_IN_WEEK = 7;

    /** @throws IllegalArgumentException naming the first invalid field, the value given and what is allowed */
    public PlanRequest {
        Dates.check("race-date", raceDate);
        Checks.inRange("weeks", weeks, MIN_WEEKS, MAX_WEEKS);
        Checks.required("units", units, "km or mi");
        Checks.required("current-weekly", currentWeekly, "a weekly distance such as 40km or 25mi");
        Checks.required("peak-weekly", peakWeekly, "a weekly distance such as 70km or 45mi");
        // Compared as distances (whole millimetres), so a volume stated exactly at a limit (16 km, 10 mi,
        // 240 km, 150 mi) is exactly at it.
        double minCurrent = VolumeLimits.minCurrent(units);
        double maxPeak = VolumeLimits.maxPeak(units);
        Distance leastCurrent = Distance.of(minCurrent, units);
        Distance mostPeak = Distance.of(maxPeak, units);
        if (currentWeekly.compareTo(leastCurrent) < 0 || currentWeekly.compareTo(mostPeak) > 0) {
            throw Checks.invalidFormatted("current-weekly", currentWeekly.format(units),
                    "from " + fmt(minCurrent) + " to " + fmt(maxPeak) + " " + units.symbol()
                            + " (a marathon plan starts from at least " + fmt(minCurrent) + " " + units.symbol() + " a week)");
        }
        if (peakWeekly.compareTo(currentWeekly) < 0 || peakWeekly.compareTo(mostPeak) > 0) {
            throw Checks.invalidFormatted("peak-weekly", peakWeekly.format(units),
                    "from the current weekly volume (" + currentWeekly.format(units) + ") to " + fmt(maxPeak) + " " + units.symbol());
        }
        Checks.inRange("runs-per-week", runsPerWeek, MIN_RUNS, MAX_RUNS);
        double minRun = VolumeLimits.minAverageRun(units);
        long mostRuns = currentWeekly.millimetres() / Distance.of(minRun, units).millimetres();
        if (runsPerWeek > mostRuns) {
            throw Checks.invalid("runs-per-week", runsPerWeek, "at most " + mostRuns + " for a current weekly volume of "
                    + currentWeekly.format(units) + " (runs of at least " + fmt(minRun) + " " + units.symbol() + " on average)");
        }
        Checks.required("race-date", raceDate, "a date");
        DayOfWeek raceDay = raceDate.getDayOfWeek();
        Checks.required("week-start", weekStart, "the day after the race's weekday");
        if (weekStart != raceDay.plus(1)) {
            throw Checks.invalidFormatted("week-start", name(weekStart), name(raceDay.plus(1))
                    + ", the day after the race's weekday, so the race on " + raceDate + " is the plan's last day");
        }
        Checks.required("long-run-day", longRunDay, "a day of the week");
        Checks.required("rest-day", restDay, "a day of the week");
        if (restDay == longRunDay) {
            throw Checks.invalidFormatted("rest-day", name(restDay), "a day other than the long-run day (" + name(longRunDay) + ")");
        }
        if (restDay == raceDay) {
            throw Checks.invalidFormatted("rest-day", name(restDay), "a day other than the race's weekday (" + name(raceDay) + ")");
        }
        Checks.required("cross-training-day", crossTrainingDay, "a day of the week");
        if (crossTrainingDay == restDay || crossTrainingDay == longRunDay) {
            throw Checks.invalidFormatted("cross-training-day", name(crossTrainingDay), "a day other than the rest day ("
                    + name(restDay) + ") and the long-run day (" + name(longRunDay) + ")");
        }
        Checks.required("strength-days", strengthDays, "two days of the week");
        if (strengthDays.size() != STRENGTH_SESSIONS || new HashSet<>(strengthDays).size() != STRENGTH_SESSIONS
                || strengthDays.stream().anyMatch(java.util.Objects::isNull)) {
            throw Checks.invalidFormatted("strength-days", String.valueOf(strengthDays), "two different days of the week");
        }
        for (DayOfWeek day : strengthDays) {
            if (day == longRunDay || day == longRunDay.minus(1) || day == restDay) {
                throw Checks.invalidFormatted("strength-days", name(day), "days other than the long-run day (" + name(longRunDay)
                        + "), the day before it (" + name(longRunDay.minus(1)) + ") and the rest day (" + name(restDay) + ")");
            }
        }
        strengthDays = List.copyOf(strengthDays);
        Checks.required("pace-basis", paceBasis, "a goal marathon time or a recent race result");
        Checks.required("tune-up", tuneUp, "a tune-up race or none");
        if (tuneUp.isPresent()) {
            LocalDate date = tuneUp.get().date();
            LocalDate earliest = raceDate.minusDays(TuneUp.MAX_DAYS_BEFORE_RACE);
            LocalDate latest = raceDate.minusDays(TuneUp.MIN_DAYS_BEFORE_RACE);
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                throw Checks.invalidFormatted("tune-up", date + ":" + tuneUp.get().distance().label().toLowerCase(Locale.ROOT),
                        "a date 3 to 6 weeks before the race on " + raceDate + ": from " + earliest + " to " + latest);
            }
        }
    }

    /** A request without a tune-up race, as before tune-ups existed (and as journals of earlier versions hold it). */
    public PlanRequest(LocalDate raceDate, int weeks, Distance currentWeekly, Distance peakWeekly, int runsPerWeek,
            DayOfWeek longRunDay, DayOfWeek restDay, List<DayOfWeek> strengthDays, DayOfWeek crossTrainingDay,
            RaceResult paceBasis, DistanceUnit units, DayOfWeek weekStart) {
        this(raceDate, weeks, currentWeekly, peakWeekly, runsPerWeek, longRunDay, restDay, strengthDays, crossTrainingDay,
                paceBasis, units, weekStart, Optional.empty());
    }

    /**
     * Starts a request with defaults: 18 weeks, 5 runs a week, the long run on the race's weekday,
     * rest the day after the long run, cross-training mid-week, strength on two days away from the
     * long run, units km.
     */
    public static Builder builder(LocalDate raceDate, Distance currentWeekly, Distance peakWeekly, RaceResult paceBasis) {
        return new Builder(raceDate, currentWeekly, peakWeekly, paceBasis);
    }

    /** The plan's first day: {@code weeks} whole weeks before race day, inclusive. */
    public LocalDate startDate() {
        return raceDate.minusDays(7L * weeks - 1);
    }

    /**
     * The number of whole plan weeks between {@code start} and the race, counting the race week.
     * Days before the first whole week are left out of the plan.
     */
    public static int weeksBetween(LocalDate start, LocalDate raceDate) {
        long days = ChronoUnit.DAYS.between(start, raceDate) + 1;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, days / 7));
    }

    /** A copy with a different weekly plan length. */
    public PlanRequest withWeeks(int value) {
        return new PlanRequest(raceDate, value, currentWeekly, peakWeekly, runsPerWeek, longRunDay, restDay, strengthDays,
                crossTrainingDay, paceBasis, units, weekStart, tuneUp);
    }

    /** A copy with a different peak weekly volume. */
    public PlanRequest withPeakWeekly(Distance value) {
        return new PlanRequest(raceDate, weeks, currentWeekly, value, runsPerWeek, longRunDay, restDay, strengthDays,
                crossTrainingDay, paceBasis, units, weekStart, tuneUp);
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String name(DayOfWeek day) {
        return day == null ? "nothing" : day.name().toLowerCase(Locale.ROOT);
    }

    /** Collects a request's fields; {@link #build()} fills the days not chosen and validates. */
    public static final class Builder {
        private final LocalDate raceDate;
        private final Distance currentWeekly;
        private final Distance peakWeekly;
        private final RaceResult paceBasis;
        private int weeks = 18;
        private LocalDate startDate;
        private int runsPerWeek = 5;
        private DayOfWeek longRunDay;
        private DayOfWeek restDay;
        private List<DayOfWeek> strengthDays;
        private DayOfWeek crossTrainingDay;
        private DistanceUnit units = DistanceUnit.KM;
        private DayOfWeek weekStart;
        private TuneUp tuneUp;

        Builder(LocalDate raceDate, Distance currentWeekly, Distance peakWeekly, RaceResult paceBasis) {
            this.raceDate = Dates.check("race-date", raceDate);
            this.currentWeekly = currentWeekly;
            this.peakWeekly = peakWeekly;
            this.paceBasis = paceBasis;
        }

        /**
         * An optional tune-up race, 3 to 6 weeks before the marathon.
         *
         * @param value the tune-up, or null for none
         * @return this builder
         */
        public Builder tuneUp(TuneUp value) {
            this.tuneUp = value;
            return this;
        }

        /** Plan length in weeks, 12-24 (default 18). */
        public Builder weeks(int value) {
            weeks = value;
            startDate = null;
            return this;
        }

        /**
         * Start on or after {@code date} instead of giving a length: the plan has as many whole weeks
         * as fit before the race (12-24 are allowed).
         */
        public Builder startDate(LocalDate date) {
            startDate = Dates.check("start-date", date);
            return this;
        }

        /** Runs a week, 3-7 (default 5). */
        public Builder runsPerWeek(int value) {
            runsPerWeek = value;
            return this;
        }

        /** The long-run day (default: the race's weekday). */
        public Builder longRunDay(DayOfWeek value) {
            longRunDay = value;
            return this;
        }

        /** The rest day (default: the day after the long run, or the one after that if it is the race's weekday). */
        public Builder restDay(DayOfWeek value) {
            restDay = value;
            return this;
        }

        /** The two strength days (default: two days away from the long run, the day before it and rest). */
        public Builder strengthDays(DayOfWeek first, DayOfWeek second) {
            strengthDays = new ArrayList<>(java.util.Arrays.asList(first, second));
            return this;
        }

        /** The cross-training day (default: mid-week, away from the long run). */
        public Builder crossTrainingDay(DayOfWeek value) {
            crossTrainingDay = value;
            return this;
        }

        /** Units (default km). */
        public Builder units(DistanceUnit value) {
            units = value;
            return this;
        }

        /** The week start (default and only allowed value: the day after the race's weekday). */
        public Builder weekStart(DayOfWeek value) {
            weekStart = value;
            return this;
        }

        /**
         * Fills the days not chosen and validates the request.
         *
         * @throws IllegalArgumentException naming the first invalid field, its value and what is allowed
         */
        public PlanRequest build() {
            int planWeeks = weeks;
            if (startDate != null) {
                planWeeks = weeksBetween(startDate, raceDate);
                if (planWeeks < MIN_WEEKS || planWeeks > MAX_WEEKS) {
                    throw Checks.invalidFormatted("start-date", startDate.toString(), "a date giving " + MIN_WEEKS + " to "
                            + MAX_WEEKS + " whole weeks before the race on " + raceDate + ": from "
                            + raceDate.minusDays(7L * MAX_WEEKS - 1) + " to " + raceDate.minusDays(7L * MIN_WEEKS - 1));
                }
            }
            DayOfWeek raceDay = raceDate.getDayOfWeek();
            DayOfWeek start = weekStart != null ? weekStart : raceDay.plus(1);
            DayOfWeek longRun = longRunDay != null ? longRunDay : raceDay;
            DayOfWeek rest = restDay;
            if (rest == null) {
                rest = longRun.plus(1);
                if (rest == raceDay) {
                    rest = longRun.plus(2);
                }
            }
            DayOfWeek cross = crossTrainingDay;
            if (cross == null) {
                for (int offset : new int[] {3, 4, 2, 5, 1, 6}) {
                    DayOfWeek candidate = longRun.plus(offset);
                    if (candidate != rest && candidate != raceDay) {
                        cross = candidate;
                        break;
                    }
                }
            }
            List<DayOfWeek> strength = strengthDays;
            if (strength == null) {
                strength = defaultStrength(longRun, rest);
            }
            return new PlanRequest(raceDate, planWeeks, currentWeekly, peakWeekly, runsPerWeek, longRun, rest, strength, cross,
                    paceBasis, units, start, Optional.ofNullable(tuneUp));
        }

        private static List<DayOfWeek> defaultStrength(DayOfWeek longRun, DayOfWeek rest) {
            List<DayOfWeek> allowed = new ArrayList<>();
            for (int offset : new int[] {2, 4, 3, 1, 5}) {
                DayOfWeek candidate = longRun.plus(offset);
                if (candidate != rest && candidate != longRun.minus(1)) {
                    allowed.add(candidate);
                }
            }
            DayOfWeek first = allowed.get(0);
            for (DayOfWeek candidate : allowed.subList(1, allowed.size())) {
                // Not on the day before or after the first: 2 to 5 days on, either way round the week.
                int apart = Math.floorMod(candidate.getValue() - first.getValue(), DAYS_IN_WEEK);
                if (apart > 1 && apart < DAYS_IN_WEEK - 1) {
                    return List.of(first, candidate);
                }
            }
            // Unreachable: the rest day takes at most one candidate. The first is 2 days after the long
            // run, with the day 4 after it (or 5, if rest takes 4) 2 or 3 days on; or, if rest takes the
            // day 2 after, the first is 4 after, with the day 1 after the long run 4 days on.
            throw new IllegalStateException("no second strength day 2 to 5 days after " + first);
        }
    }
}
