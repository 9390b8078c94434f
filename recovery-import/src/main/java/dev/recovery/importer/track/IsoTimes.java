package dev.recovery.importer.track;

import dev.recovery.core.unit.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses the ISO-8601 timestamps of GPX and TCX ({@code 2020-10-07T14:43:11Z},
 * {@code 2020-10-07T14:43:11.000Z}, {@code 2020-10-07T16:43:11+02:00}) to epoch milliseconds
 * without the general-purpose formatter, which at one point per second over ten years of history
 * would dominate the import time. Anything unusual falls back to {@link Instant#parse}.
 *
 * @since 0.1.0
 */
public final class IsoTimes {

    /** {@code 2020-10-07T14:43:11Z}: the shortest timestamp {@link #epochMillis(byte[], int, int)} reads. */
    private static final int SHORTEST_UTC = 20;
    /** Where the seconds end in that shape. */
    private static final int SECONDS_END = 19;

    private IsoTimes() {
    }

    /**
     * The instant in epoch milliseconds.
     *
     * @throws IllegalArgumentException naming {@code time} and the text if it is not an ISO-8601 timestamp
     */
    public static long epochMillis(String text) {
        String t = text.strip();
        int n = t.length();
        if (n >= 19 && t.charAt(4) == '-' && t.charAt(7) == '-' && (t.charAt(10) == 'T' || t.charAt(10) == ' ')
                && t.charAt(13) == ':' && t.charAt(16) == ':') {
            int year = digits(t, 0, 4);
            int month = digits(t, 5, 2);
            int day = digits(t, 8, 2);
            int hour = digits(t, 11, 2);
            int minute = digits(t, 14, 2);
            int second = digits(t, 17, 2);
            int i = 19;
            int millis = 0;
            if (i < n && t.charAt(i) == '.') {
                int scale = 100;
                i++;
                while (i < n && Character.isDigit(t.charAt(i))) {
                    millis += (t.charAt(i) - '0') * scale;
                    scale /= 10;
                    i++;
                }
            }
            int offsetSeconds = Integer.MIN_VALUE;
            if (i == n - 1 && t.charAt(i) == 'Z') {
                offsetSeconds = 0;
            } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
                int h = digits(t, i + 1, 2);
                int m = digits(t, i + 4, 2);
                offsetSeconds = (t.charAt(i) == '-' ? -1 : 1) * (h * 3600 + m * 60);
            } else if (i == n) {
                offsetSeconds = 0; // No zone: GPX times are UTC by definition.
            }
            // A leap second (second 60) is left to java.time, which reads 23:59:60 as 23:59:59 and
            // refuses it at any other time of day, as it does 24:00:00 other than at midnight.
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && offsetSeconds != Integer.MIN_VALUE) {
                if (day > lengthOfMonth(year, month)) {
                    throw invalid(text);
                }
                long days = epochDay(year, month, day);
                return ((days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds) * 1000) + millis;
            }
        }
        try {
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw invalid(text);
        }
    }

    /**
     * The instant in epoch milliseconds of a timestamp in its most common shape, read straight from
     * a file's bytes ({@code 2020-10-07T14:43:11Z} or with a fraction of a second,
     * {@code 2020-10-07T14:43:11.000Z}), so that a track point costs no string. Anything else, valid
     * or not, gives {@link Long#MIN_VALUE}: the caller then decodes the text and calls
     * {@link #epochMillis(String)}, which gives the same instant for the shapes read here.
     *
     * @param bytes ASCII bytes holding the text
     * @param from  where the text starts
     * @param to    where it ends (exclusive)
     * @return epoch milliseconds, or {@link Long#MIN_VALUE} if the text is not of this shape
     */
    public static long epochMillis(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n < SHORTEST_UTC || bytes[from + 4] != '-' || bytes[from + 7] != '-' || bytes[from + 10] != 'T'
                || bytes[from + 13] != ':' || bytes[from + 16] != ':' || bytes[to - 1] != 'Z') {
            return Long.MIN_VALUE;
        }
        int year = digits(bytes, from, 4);
        int month = digits(bytes, from + 5, 2);
        int day = digits(bytes, from + 8, 2);
        int hour = digits(bytes, from + 11, 2);
        int minute = digits(bytes, from + 14, 2);
        int second = digits(bytes, from + 17, 2);
        int millis = 0;
        int i = from + SECONDS_END;
        if (i < to - 1) {
            if (bytes[i] != '.') {
                return Long.MIN_VALUE;
            }
            int scale = 100;
            for (i++; i < to - 1; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    return Long.MIN_VALUE;
                }
                millis += d * scale;
                scale /= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return Long.MIN_VALUE;
        }
        return ((epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second) * 1000) + millis;
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1000;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * Days since 1970-01-01 of a valid proleptic Gregorian date, by the civil-from-days inverse
     * (Hinnant, "chrono-Compatible Low-Level Date Algorithms"): no object per point, the same
     * result as {@link LocalDate#toEpochDay()}.
     */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return java.time.Year.isLeap(year) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return Checks.invalid("time", text, "an ISO-8601 timestamp such as 2020-10-07T14:43:11Z");
    }

    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1000;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
