package dev.recovery.core.episode;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;

/**
 * A check-in with the day it was made.
 *
 * @param date    the day of the check-in (1900-2100)
 * @param checkIn what the runner reported
 */
public record DatedCheckIn(LocalDate date, CheckIn checkIn) {

    /** @throws IllegalArgumentException if the date is missing or out of range, or the check-in is missing */
    public DatedCheckIn {
        Dates.check("date", date);
        Checks.required("check-in", checkIn, "a soreness check-in");
    }

    /**
     * A check-in made on {@code date}.
     *
     * @param date    the day
     * @param checkIn the check-in
     * @return the dated check-in
     */
    public static DatedCheckIn of(LocalDate date, CheckIn checkIn) {
        return new DatedCheckIn(date, checkIn);
    }

    /**
     * This check-in, if it is dated on or before {@code today}: a check-in cannot describe a day
     * that has not come.
     *
     * @param today the day it is recorded
     * @return this check-in
     * @throws IllegalArgumentException naming {@code date}, the value and the latest day allowed
     */
    public DatedCheckIn notAfter(LocalDate today) {
        Dates.check("today", today);
        if (date.isAfter(today)) {
            throw Checks.invalidFormatted("date", date.toString(), "today (" + today + ") or earlier");
        }
        return this;
    }

    /**
     * The check-in's own triage (computed, never stored).
     *
     * @return the triage
     */
    public Triage triage() {
        return Triage.of(checkIn);
    }
}
