package dev.recovery.plans.plan;

import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One day of a plan. Sessions are listed in the order to do them: runs first, then strength (never
 * strength before a run on the same day), then cross-training and mobility. A day with no session
 * is a full rest day.
 *
 * @param date     the day
 * @param runs     the runs (two on a double day), possibly none
 * @param strength the strength workout, if any
 * @param cross    the cross-training session, if any
 * @param mobility the yoga or mobility session, if any
 * @param reasons  why the day looks as it does (rule id, message, source); possibly empty
 * @param recovery the day's recovery prescription (RULES.md 4-5: every planned day carries its
 *                 protocol), from recovery-core's {@code Prescriber} for the day's sessions and phase
 * @since 0.1.0
 */
public record Day(LocalDate date, List<PlannedRun> runs, Optional<StrengthWorkout> strength, Optional<CrossWorkout> cross,
        Optional<MobilityWorkout> mobility, List<Reason> reasons, Prescription recovery) {

    /** @throws IllegalArgumentException naming the first missing part */
    public Day {
        Dates.check("date", date);
        runs = List.copyOf(Checks.required("runs", runs, "a list of runs, possibly empty"));
        Checks.required("strength", strength, "a strength workout or none");
        Checks.required("cross", cross, "a cross-training session or none");
        Checks.required("mobility", mobility, "a mobility session or none");
        reasons = List.copyOf(Checks.required("reasons", reasons, "a list of reasons, possibly empty"));
        Checks.required("recovery", recovery, "the day's recovery prescription");
        if (!recovery.date().equals(date)) {
            throw Checks.invalidFormatted("recovery", recovery.date().toString(), "a prescription for " + date);
        }
    }

    /** True if nothing is planned: a full rest day. */
    public boolean isRest() {
        return runs.isEmpty() && strength.isEmpty() && cross.isEmpty() && mobility.isEmpty();
    }

    /** True if a hard run (long, tempo, intervals, marathon pace, race) is planned. */
    public boolean isHard() {
        return runs.stream().anyMatch(PlannedRun::isHard);
    }

    /** The total distance run this day. */
    public Distance runDistance() {
        double metres = 0;
        for (PlannedRun run : runs) {
            metres += run.distance().metres();
        }
        return Distance.ofMetres(metres);
    }

    /** A copy with other runs (the prescription is left as it was: recompute it after changing sessions). */
    public Day withRuns(List<PlannedRun> value) {
        return new Day(date, value, strength, cross, mobility, reasons, recovery);
    }

    /** A copy with another cross-training session (recompute the prescription after). */
    public Day withCross(Optional<CrossWorkout> value) {
        return new Day(date, runs, strength, value, mobility, reasons, recovery);
    }

    /** A copy with these reasons. */
    public Day withReasons(List<Reason> value) {
        return new Day(date, runs, strength, cross, mobility, value, recovery);
    }

    /** A copy with this recovery prescription. */
    public Day withRecovery(Prescription value) {
        return new Day(date, runs, strength, cross, mobility, reasons, value);
    }
}
