package dev.recovery.core.load;

import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Training load per calendar day in AU, from the first logged day to a chosen end day; a day
 * without training is 0 (docs/reference/load.md: "days without training count as 0"). Every load measure is
 * computed from this series. Immutable; held as a primitive array so a 10-year history is
 * processed without allocation per day.
 *
 * @since 0.1.0
 */
public final class DailyLoads {

    private final LocalDate start;
    private final double[] loads;
    private final int estimatedSessions;

    private DailyLoads(LocalDate start, double[] loads, int estimatedSessions) {
        this.start = start;
        this.loads = loads;
        this.estimatedSessions = estimatedSessions;
    }

    /**
     * The daily loads of {@code log} under {@code model}, from the log's first day to {@code to}
     * (both included). Sessions after {@code to} are left out. An empty log, or a {@code to}
     * before the first session, gives no days.
     *
     * @throws IllegalArgumentException if an argument is missing or {@code to} is outside 1900-2100
     */
    public static DailyLoads of(TrainingLog log, LoadModel model, LocalDate to) {
        Checks.required("log", log, "a training log");
        Checks.required("load model", model, "a load model");
        Dates.check("date", to);
        if (log.isEmpty() || to.isBefore(log.firstDate().get())) {
            return new DailyLoads(to.plusDays(1), new double[0], 0);
        }
        LocalDate first = log.firstDate().get();
        int[] estimated = new int[1];
        double[] loads = log.daily(first, to, (Session s) -> {
            LoadMethod method = model.method(s);
            if (method == LoadMethod.ESTIMATED) {
                estimated[0]++;
            }
            return model.au(s, method);
        });
        return new DailyLoads(first, loads, estimated[0]);
    }

    /**
     * Daily loads given directly, {@code loads[0]} being {@code start}.
     *
     * @throws IllegalArgumentException naming {@code load on DATE} if a load is negative, not finite
     *                                  or above {@value #MAX_DAILY_AU} AU, or if the days run past 2100
     */
    public static DailyLoads of(LocalDate start, double... loads) {
        Dates.check("start", start);
        Checks.required("loads", loads, "daily loads");
        if (loads.length > 0) {
            Dates.check("date", start.plusDays(loads.length - 1L));
        }
        for (int i = 0; i < loads.length; i++) {
            if (!(loads[i] >= 0) || loads[i] > MAX_DAILY_AU) {
                throw Checks.invalidFormatted("load on " + start.plusDays(i), String.valueOf(loads[i]),
                        "a number from 0 to " + (long) MAX_DAILY_AU + " AU");
            }
        }
        return new DailyLoads(start, loads.clone(), 0);
    }

    /** The highest daily load accepted, in AU: 24 hours at RPE 10. */
    public static final double MAX_DAILY_AU = 24 * 60 * 10;

    /** The first day. */
    public LocalDate start() {
        return start;
    }

    /** The last day (the day before {@link #start()} when there are no days). */
    public LocalDate end() {
        return start.plusDays(loads.length - 1L);
    }

    /** How many days the series covers. */
    public int days() {
        return loads.length;
    }

    /** The load on day {@code index} (0 is {@link #start()}). */
    public double get(int index) {
        return loads[index];
    }

    /** The load on {@code date}; 0 outside the series. */
    public double on(LocalDate date) {
        long i = date.toEpochDay() - start.toEpochDay();
        return i < 0 || i >= loads.length ? 0 : loads[(int) i];
    }

    /** The index of {@code date}, if it lies in the series. */
    public OptionalInt indexOf(LocalDate date) {
        long i = date.toEpochDay() - start.toEpochDay();
        return i < 0 || i >= loads.length ? OptionalInt.empty() : OptionalInt.of((int) i);
    }

    /** A copy of the loads, index 0 being {@link #start()}. */
    public double[] toArray() {
        return loads.clone();
    }

    /** How many sessions had their load estimated (no RPE and no usable heart rate). */
    public int estimatedSessions() {
        return estimatedSessions;
    }

    /** The loads themselves, not copied: for this package's single-pass calculations only. */
    double[] array() {
        return loads;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyLoads && ((DailyLoads) o).start.equals(start) && Arrays.equals(((DailyLoads) o).loads, loads);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + Arrays.hashCode(loads);
    }

    @Override
    public String toString() {
        return "DailyLoads[" + start + ", " + loads.length + " days]";
    }
}
