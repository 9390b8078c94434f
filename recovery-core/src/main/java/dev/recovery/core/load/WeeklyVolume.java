package dev.recovery.core.load;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One week's training volume: distance and time run, and time spent on all training.
 *
 * @param weekStart    the first day of the week
 * @param through      the last day counted: the week's last day, or an earlier "as of" day for the current week
 * @param runDistance  distance run
 * @param runTime      time spent running
 * @param trainingTime time spent on every kind of session (runs, cross-training, strength, yoga)
 * @param runs         how many runs
 * @since 0.1.0
 */
public record WeeklyVolume(LocalDate weekStart, LocalDate through, Distance runDistance, Duration runTime,
        Duration trainingTime, int runs) {

    /** @throws IllegalArgumentException if a component is missing or inconsistent */
    public WeeklyVolume {
        Dates.check("week-start", weekStart);
        Dates.check("through", through);
        if (through.isBefore(weekStart) || through.isAfter(weekStart.plusDays(6))) {
            throw Checks.invalidFormatted("through", through.toString(), "a day from " + weekStart + " to " + weekStart.plusDays(6));
        }
        Checks.required("run distance", runDistance, "a distance");
        Checks.required("run time", runTime, "a duration");
        Checks.required("training time", trainingTime, "a duration");
        if (runs < 0) {
            throw Checks.invalid("runs", runs, "0 or more");
        }
    }

    /**
     * The volume of the week holding {@code asOf} (weeks starting on {@code firstDay}), counting
     * sessions up to and including {@code asOf} only.
     */
    public static WeeklyVolume of(TrainingLog log, LocalDate asOf, DayOfWeek firstDay) {
        Checks.required("log", log, "a training log");
        LocalDate start = TrainingLog.weekStart(asOf, firstDay);
        if (start.isBefore(Dates.EARLIEST)) {
            start = Dates.EARLIEST; // the first week of 1900 is cut at the earliest date the library accepts
        }
        Distance distance = Distance.ZERO;
        Duration runTime = Duration.ZERO;
        Duration total = Duration.ZERO;
        int runs = 0;
        for (Session s : log.sessionsBetween(start, asOf)) {
            total = total.plus(s.duration());
            if (s instanceof Run) {
                Run r = (Run) s;
                distance = distance.plus(r.distance());
                runTime = runTime.plus(r.duration());
                runs++;
            }
        }
        return new WeeklyVolume(start, asOf, distance, runTime, total, runs);
    }

    /**
     * The last {@code weeks} weeks up to {@code asOf}, oldest first; the last one is the week holding
     * {@code asOf}, counted up to {@code asOf} (so it may be partial).
     *
     * @throws IllegalArgumentException if {@code weeks} is not from 1 to 520
     */
    public static List<WeeklyVolume> recent(TrainingLog log, LocalDate asOf, DayOfWeek firstDay, int weeks) {
        Checks.inRange("weeks", weeks, 1, 520);
        LocalDate currentStart = TrainingLog.weekStart(asOf, firstDay);
        List<WeeklyVolume> result = new ArrayList<>(weeks);
        for (int w = weeks - 1; w >= 1; w--) {
            LocalDate start = currentStart.minusWeeks(w);
            if (start.isBefore(Dates.EARLIEST)) {
                continue;
            }
            result.add(of(log, start.plusDays(6), firstDay));
        }
        result.add(of(log, asOf, firstDay));
        return Collections.unmodifiableList(result);
    }

    /** True if the week is counted only up to a day before its end. */
    public boolean isPartial() {
        return through.isBefore(weekStart.plusDays(6));
    }
}
