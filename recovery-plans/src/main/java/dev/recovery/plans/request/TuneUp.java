package dev.recovery.plans.request;

import dev.recovery.core.pace.RaceDistance;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;

/**
 * An optional tune-up race before the marathon (Pfitzinger &amp; Douglas, Advanced Marathoning): a
 * 10K or a half marathon 3-6 weeks out, run as a race, with easier days around it. Its result can
 * recalibrate the runner's VDOT and paces for the weeks after it.
 *
 * @param date     the race day
 * @param distance {@link RaceDistance#TEN_K} or {@link RaceDistance#HALF_MARATHON}
 */
public record TuneUp(LocalDate date, RaceDistance distance) {

    /** The earliest a tune-up comes before the marathon: 3 weeks (21 days). */
    public static final int MIN_DAYS_BEFORE_RACE = 21;
    /** The latest: 6 weeks (42 days). */
    public static final int MAX_DAYS_BEFORE_RACE = 42;

    /** @throws IllegalArgumentException naming {@code tune-up} if the date or distance is missing or the distance is not 10K or half */
    public TuneUp {
        Dates.check("tune-up", date);
        Checks.requiredOneOf("tune-up", distance, RaceDistance.class);
        if (distance != RaceDistance.TEN_K && distance != RaceDistance.HALF_MARATHON) {
            throw Checks.invalidFormatted("tune-up", distance.label(), "a 10k or half marathon tune-up");
        }
    }

    /**
     * Parses {@code 2027-03-14:half} or {@code 2027-03-14:10k}.
     *
     * @param text the date and the distance, separated by a colon
     * @return the tune-up
     * @throws IllegalArgumentException naming {@code tune-up}, the text and the form allowed
     */
    public static TuneUp parse(String text) {
        String form = "a date and 10k or half, e.g. 2027-03-14:half";
        if (text == null || text.indexOf(':') < 0) {
            throw Checks.invalidFormatted("tune-up", String.valueOf(text), form);
        }
        String[] parts = text.strip().split(":", 2);
        LocalDate date;
        RaceDistance distance;
        try {
            date = Dates.parse("tune-up", parts[0].strip());
            distance = RaceDistance.parse(parts[1].strip());
        } catch (IllegalArgumentException e) {
            throw Checks.invalidFormatted("tune-up", text.strip(), form);
        }
        if (distance != RaceDistance.TEN_K && distance != RaceDistance.HALF_MARATHON) {
            throw Checks.invalidFormatted("tune-up", text.strip(), form);
        }
        return new TuneUp(date, distance);
    }

    /** The race distance in whole metres (10,000 or 21,098). */
    public int metres() {
        return (int) Math.round(distance.distance().metres());
    }
}
