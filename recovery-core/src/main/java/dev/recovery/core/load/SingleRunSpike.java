package dev.recovery.core.load;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
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
    /** How much longer than the previous longest a run may be, as a fraction (BJSM 2025). */
    public static final double MAX_INCREASE = 0.10;
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
     * day; never for a race.
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
        double longest = 0;
        for (Session s : log.sessionsBetween(from, to)) {
            if (s instanceof Run) {
                longest = Math.max(longest, ((Run) s).distance().metres());
            }
        }
        double metres = run.distance().metres();
        if (longest <= 0 || metres <= longest * (1 + MAX_INCREASE)) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RULE_ID, String.format(Locale.ROOT,
                "The %.1f km run on %s was %.0f%% longer than your longest run of the 30 days before (%.1f km); "
                        + "runs more than 10%% longer raised injury risk (hazard ratio 1.64). Keep the next runs short and easy.",
                run.distance().km(), run.date(), (metres / longest - 1) * 100, longest / 1000), Sources.BJSM_2025_SPIKE));
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
