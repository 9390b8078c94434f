package dev.recovery.core.unit;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a runner takes to cover one kilometre (or mile): lower is faster.
 *
 * <p>Held as seconds per kilometre. Accepted range: {@value #MIN_SECONDS_PER_KM} s/km (faster
 * than any human has run a kilometre) to {@value #MAX_SECONDS_PER_KM} s/km (a slow walk), so a
 * typo such as a 10 km run in 5 minutes is caught rather than stored.
 *
 * @param secondsPerKm seconds per kilometre
 * @since 0.1.0
 */
public record Pace(double secondsPerKm) implements Comparable<Pace> {

    /** 2:00/km: faster than the 1,000 m world record (2:11.96), so anything quicker is a typo. */
    public static final double MIN_SECONDS_PER_KM = 120;
    /** 20:00/km: slower than a slow walk; slower entries are almost certainly mistakes. */
    public static final double MAX_SECONDS_PER_KM = 1_200;

    private static final Pattern TEXT = Pattern.compile(
            "(\\d{1,2}):(\\d{2})\\s*(?:/|per\\s*|min/)?\\s*(km|mi|mile|k)", Pattern.CASE_INSENSITIVE);

    /** @throws IllegalArgumentException if the pace is outside 2:00/km to 20:00/km */
    public Pace {
        if (!Double.isFinite(secondsPerKm) || secondsPerKm < MIN_SECONDS_PER_KM || secondsPerKm > MAX_SECONDS_PER_KM) {
            throw Checks.invalidFormatted("pace",
                    Double.isFinite(secondsPerKm) && secondsPerKm > 0 ? formatSeconds(secondsPerKm) + "/km" : String.valueOf(secondsPerKm),
                    "a pace from 2:00/km to 20:00/km (3:13/mi to 32:11/mi)");
        }
    }

    /** A pace of {@code seconds} per kilometre. */
    public static Pace ofSecondsPerKm(double seconds) {
        return new Pace(seconds);
    }

    /** A pace of {@code seconds} per mile. */
    public static Pace ofSecondsPerMile(double seconds) {
        return new Pace(seconds / DistanceUnit.MI.metres() * DistanceUnit.KM.metres());
    }

    /**
     * The average pace of covering {@code distance} in {@code time}.
     *
     * @throws IllegalArgumentException if the distance is zero or the result is outside the accepted range
     */
    public static Pace of(Distance distance, Duration time) {
        if (distance.metres() <= 0) {
            throw Checks.invalidFormatted("distance", distance.toString(), "more than 0 to compute a pace");
        }
        return new Pace(time.toMillis() / 1000.0 / distance.km());
    }

    /**
     * Parses {@code 5:30/km}, {@code 8:51/mi}, {@code 5:30 per km}, {@code 8:51 min/mile}.
     *
     * @throws IllegalArgumentException naming {@code pace}, the text and the accepted forms
     */
    public static Pace parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) >= 60) {
            throw Checks.invalidFormatted("pace", text, "minutes:seconds per km or mile, e.g. 5:30/km or 8:51/mi");
        }
        double seconds = Integer.parseInt(m.group(1)) * 60.0 + Integer.parseInt(m.group(2));
        return m.group(3).toLowerCase(Locale.ROOT).startsWith("m") ? ofSecondsPerMile(seconds) : ofSecondsPerKm(seconds);
    }

    /** Seconds per mile. */
    public double secondsPerMile() {
        return secondsPerKm * DistanceUnit.MI.metres() / DistanceUnit.KM.metres();
    }

    /** Seconds per {@code unit}. */
    public double secondsPer(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? secondsPerKm : secondsPerMile();
    }

    /** Speed in metres per minute, the unit of the Daniels-Gilbert equations. */
    public double metresPerMinute() {
        return 60_000.0 / secondsPerKm;
    }

    /** The time this pace takes over {@code distance}. */
    public Duration timeFor(Distance distance) {
        return Duration.ofMillis(Math.round(secondsPerKm * distance.km() * 1000));
    }

    /** This pace slowed by {@code seconds} per kilometre (negative speeds it up). */
    public Pace plusSecondsPerKm(double seconds) {
        return new Pace(secondsPerKm + seconds);
    }

    /** True if this pace is faster (fewer seconds per km) than {@code other}. */
    public boolean isFasterThan(Pace other) {
        return secondsPerKm < other.secondsPerKm;
    }

    /** Shows the pace in {@code unit}, rounded to the second: {@code 5:30/km}, {@code 8:51/mi}. */
    public String format(DistanceUnit unit) {
        return formatSeconds(secondsPer(unit)) + "/" + unit.symbol();
    }

    @Override
    public int compareTo(Pace other) {
        return Double.compare(secondsPerKm, other.secondsPerKm);
    }

    @Override
    public String toString() {
        return format(DistanceUnit.KM);
    }

    private static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
