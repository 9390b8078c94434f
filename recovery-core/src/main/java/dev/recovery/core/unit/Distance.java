package dev.recovery.core.unit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distance run, walked or planned, held in whole millimetres whatever unit the runner uses, so
 * sums and differences are exact: {@code ofMiles(0.1).plus(ofMiles(0.2))} equals {@code ofMiles(0.3)},
 * and a week's total is the same in whatever order its runs are added. A factory rounds to the
 * nearest millimetre, far below what any watch or plan can tell apart.
 *
 * <p>Parse what a runner types with {@link #parse(String)} ({@code "10km"}, {@code "6.2mi"},
 * {@code "800m"}, {@code "26.2 miles"}) and show it in their unit with {@link #format(DistanceUnit)}.
 *
 * @param millimetres the distance in whole millimetres, from 0 to {@link #MAX_METRES} metres
 * @since 0.1.0
 */
public record Distance(long millimetres) implements Comparable<Distance> {

    /** The largest distance the library accepts: one million kilometres, far beyond a lifetime's running, so totals never overflow it. */
    public static final double MAX_METRES = 1_000_000_000.0;

    /** Millimetres in a metre: the resolution a distance is kept at. */
    private static final double MILLIMETRES_PER_METRE = 1000.0;

    private static final long MAX_MILLIMETRES = (long) (MAX_METRES * MILLIMETRES_PER_METRE);

    /** No distance at all. */
    public static final Distance ZERO = new Distance(0);

    /** The marathon: 42.195 km, the distance every plan ends with. */
    public static final Distance MARATHON = ofMetres(42_195);

    private static final Pattern TEXT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(km|k|kms|kilometres?|kilometers?|mi|miles?|m|metres?|meters?)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A distance of {@code millimetres} whole millimetres.
     *
     * @throws ValidationException if {@code millimetres} is negative or above {@link #MAX_METRES} metres
     */
    public Distance {
        if (millimetres < 0 || millimetres > MAX_MILLIMETRES) {
            throw Checks.invalidFormatted("distance", trimMetres(millimetres / MILLIMETRES_PER_METRE) + " metres",
                    "a number from 0 to " + (long) MAX_METRES + " metres");
        }
    }

    /**
     * A distance of {@code metres} metres, rounded to the nearest millimetre.
     *
     * @param metres the distance in metres, from 0 to {@link #MAX_METRES}
     * @return the distance
     * @throws ValidationException if {@code metres} is negative, not finite or above {@link #MAX_METRES}
     */
    public static Distance ofMetres(double metres) {
        Checks.inRange("distance", metres, 0, MAX_METRES, "metres");
        return new Distance(Math.round(metres * MILLIMETRES_PER_METRE));
    }

    /** A distance of {@code km} kilometres. */
    public static Distance ofKm(double km) {
        return ofMetres(km * DistanceUnit.KM.metres());
    }

    /** A distance of {@code miles} international miles. */
    public static Distance ofMiles(double miles) {
        return ofMetres(miles * DistanceUnit.MI.metres());
    }

    /** A distance of {@code amount} in {@code unit}. */
    public static Distance of(double amount, DistanceUnit unit) {
        return ofMetres(amount * Checks.required("units", unit, "km or mi").metres());
    }

    /**
     * Parses a distance with its unit: {@code 10km}, {@code 10 km}, {@code 10k}, {@code 6.2mi},
     * {@code 26.2 miles}, {@code 800m}. A number without a unit is refused, because 10 could be
     * kilometres or miles and guessing wrong would put a runner's load off by 60%.
     *
     * @throws IllegalArgumentException naming {@code distance}, the text and the accepted forms
     */
    public static Distance parse(String text) {
        return parse("distance", text);
    }

    /** Like {@link #parse(String)}, naming {@code field} in the error (e.g. {@code current-weekly}). */
    public static Distance parse(String field, String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw Checks.invalid(field, text, "a number with a unit, e.g. 10km, 6.2mi or 800m");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        double metres = unit.startsWith("mi") ? amount * DistanceUnit.MI.metres()
                : unit.startsWith("k") ? amount * DistanceUnit.KM.metres()
                : amount;
        if (metres > MAX_METRES) {
            throw Checks.invalid(field, text, "at most " + (long) (MAX_METRES / 1000) + " km");
        }
        return ofMetres(metres);
    }

    /**
     * This distance in metres.
     *
     * @return the distance in metres, with millimetre resolution
     */
    public double metres() {
        return millimetres / MILLIMETRES_PER_METRE;
    }

    /** This distance in kilometres. */
    public double km() {
        return metres() / DistanceUnit.KM.metres();
    }

    /** This distance in international miles. */
    public double miles() {
        return metres() / DistanceUnit.MI.metres();
    }

    /** This distance in {@code unit}. */
    public double in(DistanceUnit unit) {
        return metres() / unit.metres();
    }

    /** The sum of the two distances, exact. */
    public Distance plus(Distance other) {
        return new Distance(millimetres + other.millimetres);
    }

    /** This distance less {@code other}, never below zero. */
    public Distance minus(Distance other) {
        return new Distance(Math.max(0, millimetres - other.millimetres));
    }

    /** This distance scaled by a non-negative {@code factor}, rounded to the nearest millimetre. */
    public Distance multipliedBy(double factor) {
        return ofMetres(metres() * factor);
    }

    /** True if this distance is longer than {@code other}. */
    public boolean isLongerThan(Distance other) {
        return millimetres > other.millimetres;
    }

    /** Shows the distance in {@code unit} with one decimal, e.g. {@code 10.0 km} or {@code 6.2 mi}. */
    public String format(DistanceUnit unit) {
        return String.format(Locale.ROOT, "%.1f %s", in(unit), unit.symbol());
    }

    @Override
    public int compareTo(Distance other) {
        return Long.compare(millimetres, other.millimetres);
    }

    @Override
    public String toString() {
        return format(DistanceUnit.KM);
    }

    private static String trimMetres(double metres) {
        return metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres);
    }
}
