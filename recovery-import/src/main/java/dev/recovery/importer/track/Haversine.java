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
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
