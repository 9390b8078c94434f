package dev.recovery.shell.journal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Fast readers for the ISO dates and instants the journal writes ({@code 2026-11-22},
 * {@code 2026-11-22T04:07:42.431057755Z}). Loading ten years of training parses thousands of each,
 * and {@code java.time}'s general formatters cost several microseconds per call and a noticeable
 * class-initialisation time on a cold start. Anything not in the exact shape written is handed to
 * {@link LocalDate#parse} / {@link Instant#parse}, so every valid ISO text is still accepted.
 */
final class IsoText {

    private static final long SECONDS_PER_DAY = 86_400;

    private IsoText() {
    }

    /** Parses {@code YYYY-MM-DD}. @throws DateTimeException if it is not a valid date */
    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    /** Parses {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z}. @throws DateTimeException if it is not a valid instant */
    static Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nanos = 0;
            boolean ok = hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
            if (ok && n > 20) {
                int fraction = n - 21;
                ok = s.charAt(19) == '.' && fraction >= 1 && fraction <= 9;
                if (ok) {
                    nanos = digits(s, 20, n - 1);
                    ok = nanos >= 0;
                    for (int i = fraction; ok && i < 9; i++) {
                        nanos *= 10;
                    }
                }
            } else if (ok) {
                ok = n == 20;
            }
            if (ok) {
                LocalDate date = date(s.substring(0, 10));
                return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
            }
        }
        return Instant.parse(s);
    }

    /** The decimal number in {@code s[from, to)}, or -1 if it holds anything but ASCII digits. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
