package dev.recovery.core.load;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The single-run spike (2025 BJSM cohort of 5,205 runners): a run more than 10% longer than the
 * longest run of the previous 30 days raised the injury hazard (HRR 1.64), while the weekly
 * ratio did not. A run with no run in the 30 days before has nothing to compare with and is not
 * flagged (a return after a break is a different question).
 *
 * <p>A race is never flagged itself: the marathon is meant to be longer than every training run,
 * and a warning on race day would only tell the runner what they planned. Races still count as
 * earlier runs, so a long run soon after a race is compared with it.
  *
 * @since 0.1.0
 */
public final class SingleRunSpike {

    /** The rule id. */
    public static final String RULE_ID = "load-single-run-spike";
    /**
     * How much longer than the previous longest a run may be, in whole percent (BJSM 2025): a run
     * exactly 10% longer is not a spike.
     */
    public static final int MAX_INCREASE_PERCENT = 10;
    /** {@link #MAX_INCREASE_PERCENT} as a fraction (0.10), for callers that scale a distance. */
    public static final double MAX_INCREASE = MAX_INCREASE_PERCENT / 100.0;
    /** Percent in a whole: the comparison is made on whole millimetres times whole percent, exactly. */
    private static final long WHOLE_PERCENT = 100;
    /** The look-back window in days (BJSM 2025). */
    public static final int LOOKBACK_DAYS = 30;
    /**
     * A report for a day looks for spikes in the runs of the 7 days ending on it: the added hazard
     * does not vanish the next morning. The product's choice; the cohort study reports the run itself.
     */
    public static final int RECENT_DAYS = 7;

    private SingleRunSpike() {
    }

    /**
     * A warning if {@code run} is more than 10% longer than the longest run of the 30 days before its
     * day; never for a race. The comparison is exact, in whole millimetres: 22 km after a longest
     * run of 20 km is not a spike, 22 km and 1 m is.
     *
     * @param log the training log the earlier runs are read from
     * @param run the run to check
     * @return the warning, or empty
     * @throws IllegalArgumentException naming the field if either is missing
     */
    public static Optional<Reason> check(TrainingLog log, Run run) {
        Checks.required("log", log, "a training log");
        Checks.required("run", run, "a run");
        if (run.type() == RunType.RACE) {
            return Optional.empty();
        }
        LocalDate from = run.date().minusDays(LOOKBACK_DAYS);
        LocalDate to = run.date().minusDays(1);
        if (from.isBefore(Dates.EARLIEST)) {
            from = Dates.EARLIEST;
        }
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        Distance longest = Distance.ZERO;
        for (Session s : log.sessionsBetween(from, to)) {
            if (s instanceof Run earlier && earlier.distance().isLongerThan(longest)) {
                longest = earlier.distance();
            }
        }
        if (longest.millimetres() == 0 || WHOLE_PERCENT * run.distance().millimetres()
                <= (WHOLE_PERCENT + MAX_INCREASE_PERCENT) * longest.millimetres()) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RULE_ID, String.format(Locale.ROOT,
                "The %.1f km run on %s was %.0f%% longer than your longest run of the 30 days before (%.1f km); "
                        + "runs more than 10%% longer raised injury risk (hazard ratio 1.64). Keep the next runs short and easy.",
                run.distance().km(), run.date(), (run.distance().metres() / longest.metres() - 1) * 100, longest.km()), Sources.BJSM_2025_SPIKE));
    }

    /** Warnings for every spiking run in the {@value #RECENT_DAYS} days ending on {@code date}, oldest first. */
    public static List<Reason> recent(TrainingLog log, LocalDate date) {
        Checks.required("log", log, "a training log");
        Dates.check("date", date);
        LocalDate from = date.minusDays(RECENT_DAYS - 1L);
        List<Reason> result = new ArrayList<>();
        for (Session s : log.sessionsBetween(from.isBefore(Dates.EARLIEST) ? Dates.EARLIEST : from, date)) {
            if (s instanceof Run) {
                check(log, (Run) s).ifPresent(result::add);
            }
        }
        return Collections.unmodifiableList(result);
    }
}
