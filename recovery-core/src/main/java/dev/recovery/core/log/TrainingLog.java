package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A runner's training log: every session, in date order, whatever order they were added in.
 *
 * <p>The log is immutable: {@link #plus(Session)} returns a new log. Sessions on the same day keep
 * the order they were given in. Daily aggregation ({@link #daily}) turns the log into one number per
 * calendar day, where a day without training counts as 0, which is what every load measure in
 * {@code dev.recovery.core.load} is computed from.
 *
 * @since 0.1.0
 */
public final class TrainingLog {

    private static final TrainingLog EMPTY = new TrainingLog(List.of());

    /** Sessions sorted by date (stable: same-day sessions keep their given order). */
    private final List<Session> sessions;
    /** {@code epochDay[i]} is the date of {@code sessions.get(i)}, for binary search by date. */
    private final long[] epochDays;

    private TrainingLog(List<Session> sorted) {
        this.sessions = List.copyOf(sorted);
        this.epochDays = new long[sorted.size()];
        for (int i = 0; i < epochDays.length; i++) {
            epochDays[i] = sorted.get(i).date().toEpochDay();
        }
    }

    /** A log with no sessions. */
    public static TrainingLog empty() {
        return EMPTY;
    }

    /**
     * A log of {@code sessions}, given in any order.
     *
     * @throws IllegalArgumentException naming {@code session} if the collection or one of its
     *                                  elements is missing
     */
    public static TrainingLog of(Collection<? extends Session> sessions) {
        Checks.required("sessions", sessions, "a collection of sessions");
        List<Session> sorted = new ArrayList<>(sessions.size());
        int index = 0;
        for (Session s : sessions) {
            if (s == null) {
                throw Checks.invalid("session " + (index + 1), null, "a run, cross-training, strength or yoga session");
            }
            sorted.add(s);
            index++;
        }
        sorted.sort(Comparator.comparing(Session::date));
        return sorted.isEmpty() ? EMPTY : new TrainingLog(sorted);
    }

    /** A log of {@code sessions}, given in any order. */
    public static TrainingLog of(Session... sessions) {
        return of(Arrays.asList(Checks.required("sessions", sessions, "sessions")));
    }

    /** A new log with {@code session} added after any others on its day. */
    public TrainingLog plus(Session session) {
        Checks.required("session", session, "a run, cross-training, strength or yoga session");
        List<Session> all = new ArrayList<>(sessions.size() + 1);
        all.addAll(sessions);
        all.add(session);
        return of(all);
    }

    /** A new log with every one of {@code more} added. */
    public TrainingLog plusAll(Collection<? extends Session> more) {
        Checks.required("sessions", more, "a collection of sessions");
        List<Session> all = new ArrayList<>(sessions.size() + more.size());
        all.addAll(sessions);
        all.addAll(more);
        return of(all);
    }

    /** Every session, oldest first. */
    public List<Session> sessions() {
        return sessions;
    }

    /** Every run, oldest first. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (Session s : sessions) {
            if (s instanceof Run) {
                runs.add((Run) s);
            }
        }
        return Collections.unmodifiableList(runs);
    }

    /** How many sessions the log holds. */
    public int size() {
        return sessions.size();
    }

    /** True if the log holds no session. */
    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** The day of the first session, if any. */
    public Optional<LocalDate> firstDate() {
        return isEmpty() ? Optional.empty() : Optional.of(sessions.get(0).date());
    }

    /** The day of the last session, if any. */
    public Optional<LocalDate> lastDate() {
        return isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1).date());
    }

    /** The sessions on {@code date}, in the order they were logged. */
    public List<Session> sessionsOn(LocalDate date) {
        return sessionsBetween(date, date);
    }

    /**
     * The sessions from {@code from} to {@code to}, both included, oldest first.
     *
     * @throws IllegalArgumentException if a date is missing or out of range, or {@code to} is before {@code from}
     */
    public List<Session> sessionsBetween(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return sessions.subList(firstIndexOnOrAfter(from.toEpochDay()), firstIndexOnOrAfter(to.toEpochDay() + 1));
    }

    /** The distance run on {@code date} (0 if no run). */
    public Distance distanceOn(LocalDate date) {
        return distanceBetween(date, date);
    }

    /** The distance run from {@code from} to {@code to}, both included. */
    public Distance distanceBetween(LocalDate from, LocalDate to) {
        Distance total = Distance.ZERO;
        for (Session s : sessionsBetween(from, to)) {
            if (s instanceof Run run) {
                total = total.plus(run.distance());
            }
        }
        return total;
    }

    /** The distance run in the week holding {@code day}, with weeks starting on {@code firstDay}. */
    public Distance weekDistance(LocalDate day, DayOfWeek firstDay) {
        LocalDate start = weekStart(day, firstDay);
        return distanceBetween(start, start.plusDays(6));
    }

    /** The time spent training (every kind of session) from {@code from} to {@code to}, both included. */
    public Duration durationBetween(LocalDate from, LocalDate to) {
        Duration total = Duration.ZERO;
        for (Session s : sessionsBetween(from, to)) {
            total = total.plus(s.duration());
        }
        return total;
    }

    /**
     * Daily aggregation: one value per calendar day from {@code from} to {@code to} (both included),
     * the sum of {@code measure} over that day's sessions; a day without sessions is 0. Index 0 is
     * {@code from}. This is how daily training loads are built (the measure being a session's load).
     *
     * @throws IllegalArgumentException if a date is missing or out of range, {@code to} is before
     *                                  {@code from}, or the measure gives a negative or non-finite value
     */
    public double[] daily(LocalDate from, LocalDate to, ToDoubleFunction<? super Session> measure) {
        checkRange(from, to);
        Checks.required("measure", measure, "a function giving each session's value");
        long start = from.toEpochDay();
        long end = to.toEpochDay();
        double[] days = new double[Math.toIntExact(end - start + 1)];
        for (int i = firstIndexOnOrAfter(start); i < epochDays.length && epochDays[i] <= end; i++) {
            double value = measure.applyAsDouble(sessions.get(i));
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw Checks.invalidFormatted("session value on " + sessions.get(i).date(), String.valueOf(value),
                        "a finite number of 0 or more");
            }
            days[(int) (epochDays[i] - start)] += value;
        }
        return days;
    }

    /** The distance run on each day from {@code from} to {@code to}, in metres (0 on days without a run). */
    public double[] dailyMetres(LocalDate from, LocalDate to) {
        return daily(from, to, s -> s instanceof Run ? ((Run) s).distance().metres() : 0);
    }

    /** The first day of the week holding {@code day}, with weeks starting on {@code firstDay}. */
    public static LocalDate weekStart(LocalDate day, DayOfWeek firstDay) {
        Dates.check("date", day);
        Checks.required("week-start", firstDay, "a day of the week, e.g. monday");
        return day.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    private int firstIndexOnOrAfter(long epochDay) {
        int lo = 0;
        int hi = epochDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochDays[mid] < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        Dates.check("from", from);
        Dates.check("to", to);
        if (to.isBefore(from)) {
            throw Checks.invalidFormatted("to", to.toString(), "a date on or after " + from);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingLog && ((TrainingLog) o).sessions.equals(sessions);
    }

    @Override
    public int hashCode() {
        return sessions.hashCode();
    }

    @Override
    public String toString() {
        return "TrainingLog[" + sessions.size() + " sessions" + firstDate().map(d -> ", " + d + " to " + lastDate().get()).orElse("") + "]";
    }
}
