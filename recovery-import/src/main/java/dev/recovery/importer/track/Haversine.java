package dev.recovery.importer.track;

/**
 * Great-circle distance between two GPS points by the haversine formula. Over the few metres
 * between consecutive track points it agrees with the ellipsoid to well under 0.5%, which is within
 * GPS noise.
 *
 * @since 0.1.0
 */
public final class Haversine {

    /** The Earth's mean radius in metres (IUGG mean radius R1 = 6,371,008.8 m). */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /** Up to this sine of half the central angle (points about 12 km apart) the series is used. */
    static final double SERIES_LIMIT = 1e-3;
    /** The arcsine series' coefficients of x cubed, x to the 5th and x to the 7th: 1/6, 3/40, 15/336. */
    private static final double ASIN_X3 = 1.0 / 6;
    private static final double ASIN_X5 = 3.0 / 40;
    private static final double ASIN_X7 = 15.0 / 336;

    private Haversine() {
    }

    /**
     * The distance in metres between two points given in decimal degrees.
     *
     * @param lat1 latitude of the first point, -90 to 90
     * @param lon1 longitude of the first point, -180 to 180
     * @param lat2 latitude of the second point
     * @param lon2 longitude of the second point
     */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_METRES * arcsine(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The arcsine, by its Maclaurin series for the small arguments of consecutive track points
     * (Abramowitz &amp; Stegun 1964, Handbook of Mathematical Functions, 4.4.40): the library's
     * arcsine is computed in software and was a tenth of the time of reading a GPX file. Below
     * {@link #SERIES_LIMIT} the first omitted term is under 1e-25 of the result, far below a
     * double's precision.
     */
    private static double arcsine(double x) {
        if (x >= SERIES_LIMIT) {
            return Math.asin(x);
        }
        double x2 = x * x;
        return x + x * x2 * (ASIN_X3 + x2 * (ASIN_X5 + x2 * ASIN_X7));
    }
}
