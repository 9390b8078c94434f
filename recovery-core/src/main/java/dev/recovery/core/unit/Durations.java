package dev.recovery.core.unit;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats the durations runners type and read: {@code 55:00} (minutes:seconds),
 * {@code 1:05:30} (hours:minutes:seconds), {@code 45} or {@code 45min} (minutes), {@code 1h05}
 * and ISO-8601 ({@code PT45M}). The library itself uses {@link java.time.Duration}.
 *
 * @since 0.1.0
 */
public final class Durations {

    /** The longest single duration accepted: 48 hours (a multi-day ultra is out of scope). */
    public static final Duration MAX = Duration.ofHours(48);

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*(?:m|min|mins|minutes?)?");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2})\\s*h\\s*(?:(\\d{1,2})\\s*(?:m|min)?)?");
    private static final String ALLOWED = "a duration such as 55:00 (min:s), 1:05:30 (h:min:s), 45min or 1h05, up to 48 hours";

    private Durations() {
    }

    /**
     * Parses a positive duration of at most 48 hours.
     *
     * @throws IllegalArgumentException naming {@code duration}, the text and the accepted forms
     */
    public static Duration parse(String text) {
        return parse("duration", text);
    }

    /** Like {@link #parse(String)}, naming {@code field} in the error (e.g. {@code goal}). */
    public static Duration parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Checks.invalid(field, text, ALLOWED);
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration result = null;
        Matcher m;
        if ((m = CLOCK.matcher(t)).matches()) {
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long minutes = Long.parseLong(m.group(2));
            long seconds = Long.parseLong(m.group(3));
            boolean minutesOk = m.group(1) == null || minutes < 60;
            if (seconds < 60 && minutesOk) {
                result = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
            }
        } else if ((m = HOURS.matcher(t)).matches()) {
            long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            if (minutes < 60) {
                result = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(minutes);
            }
        } else if ((m = MINUTES.matcher(t)).matches()) {
            result = Duration.ofMinutes(Long.parseLong(m.group(1)));
        } else if (t.startsWith("pt")) {
            try {
                result = Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                result = null;
            }
        }
        if (result == null || result.isZero() || result.isNegative() || result.compareTo(MAX) > 0) {
            throw Checks.invalid(field, text, ALLOWED);
        }
        return result;
    }

    /**
     * Formats as a runner writes a time: {@code 55:00}, {@code 1:05:30}; whole seconds, rounded.
     * Negative durations are shown with a leading minus.
     */
    public static String format(Duration duration) {
        long total = Math.round(duration.toMillis() / 1000.0);
        String sign = total < 0 ? "-" : "";
        total = Math.abs(total);
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, h, m, s)
                : String.format(Locale.ROOT, "%s%d:%02d", sign, m, s);
    }

    /** The duration in minutes, with fractions: the unit session loads are counted in. */
    public static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }
}
