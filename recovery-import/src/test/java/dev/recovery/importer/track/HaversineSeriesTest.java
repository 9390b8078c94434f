package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** The arcsine series used between close track points gives the library arcsine's distance. */
class HaversineSeriesTest {

    private static double withLibraryArcsine(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinPhi = Math.sin((phi2 - phi1) / 2);
        double sinLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * Haversine.EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Test
    void closePointsAgreeWithTheLibraryArcsineToANanometre() {
        qt().forAll(doubles().between(-80, 80), doubles().between(-170, 170), doubles().between(-0.05, 0.05),
                doubles().between(-0.05, 0.05)).checkAssert((lat, lon, dLat, dLon) ->
                assertEquals(withLibraryArcsine(lat, lon, lat + dLat, lon + dLon), Haversine.metres(lat, lon, lat + dLat, lon + dLon), 1e-9));
    }

    @Test
    void distantPointsUseTheLibraryArcsine() {
        assertEquals(withLibraryArcsine(45, 5, 46, 5), Haversine.metres(45, 5, 46, 5));
    }
}
