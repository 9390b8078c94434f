package dev.recovery.core.load;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The distance on one pair of shoes, from the runs logged with that shoe's name (names compared
 * ignoring case and surrounding blanks; the first spelling is kept).
 *
 * @param shoe     the runner's name for the shoe
 * @param distance the distance run in it
 * @param runs     how many runs
 * @param lastRun  the day it was last worn
 * @since 0.1.0
 */
public record ShoeMileage(String shoe, Distance distance, int runs, LocalDate lastRun) {

    /** Rule id: the shoe has passed the warning mileage. */
    public static final String WORN_RULE_ID = "load-shoe-worn";
    /** Rule id: the shoe has passed the replacement mileage. */
    public static final String REPLACE_RULE_ID = "load-shoe-replace";

    /** @throws IllegalArgumentException if a component is missing or invalid */
    public ShoeMileage {
        if (shoe == null || shoe.isBlank()) {
            throw Checks.invalid("shoe", shoe, "a shoe name");
        }
        Checks.required("distance", distance, "a distance");
        if (runs < 1) {
            throw Checks.invalid("runs", runs, "1 or more");
        }
        Dates.check("last run", lastRun);
    }

    /** Mileage of every shoe named in runs up to and including {@code asOf}, most worn first. */
    public static List<ShoeMileage> of(TrainingLog log, LocalDate asOf) {
        Checks.required("log", log, "a training log");
        Dates.check("date", asOf);
        // One pass over the runs, adding into a mutable total per shoe; the records are built at the end.
        Map<String, Total> byKey = new LinkedHashMap<>();
        for (Session s : log.sessions()) {
            if (s.date().isAfter(asOf)) {
                break;
            }
            if (!(s instanceof Run) || ((Run) s).shoe().isEmpty()) {
                continue;
            }
            Run run = (Run) s;
            String name = run.shoe().get();
            String key = name.toLowerCase(Locale.ROOT);
            Total total = byKey.get(key);
            if (total == null) {
                total = new Total(name);
                byKey.put(key, total);
            }
            total.distance = total.distance.plus(run.distance());
            total.runs++;
            total.lastRun = run.date();
        }
        List<ShoeMileage> result = new ArrayList<>(byKey.size());
        for (Total t : byKey.values()) {
            result.add(new ShoeMileage(t.name, t.distance, t.runs, t.lastRun));
        }
        result.sort(Comparator.comparing(ShoeMileage::distance).reversed());
        return List.copyOf(result);
    }

    /** A running total while adding up one shoe. */
    private static final class Total {
        private final String name;
        private Distance distance = Distance.ZERO;
        private int runs;
        private LocalDate lastRun;

        Total(String name) {
            this.name = name;
        }
    }

    /** The shoe's status in the runner's unit. */
    public ShoeStatus status(DistanceUnit unit) {
        return ShoeStatus.of(distance, Checks.required("unit", unit, "km or mi"));
    }

    /** A warning if the shoe is worn or due for replacement; empty while fine. */
    public Optional<Reason> reason(DistanceUnit unit) {
        ShoeStatus status = status(unit);
        if (status == ShoeStatus.FINE) {
            return Optional.empty();
        }
        String shown = distance.format(unit);
        String message = status == ShoeStatus.REPLACE
                ? "Shoe '" + shoe + "' has " + shown + " on it, past the 500 mi / 800 km replacement point: replace it."
                : "Shoe '" + shoe + "' has " + shown + " on it, past 300 mi / 480 km: check the midsole and plan a new pair "
                        + "(replace at 500 mi / 800 km, or sooner if they feel flat).";
        return Optional.of(Reason.of(status == ShoeStatus.REPLACE ? REPLACE_RULE_ID : WORN_RULE_ID, message, Sources.KUNZ));
    }
}
