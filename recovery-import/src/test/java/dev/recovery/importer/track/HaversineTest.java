package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** Great-circle distances on the IUGG mean sphere, against figures known in closed form. */
class HaversineTest {

    private static final double R = Haversine.EARTH_RADIUS_METRES;

    @Test
    void theSamePointIsNoDistance() {
        assertEquals(0, Haversine.metres(45.5, 5.25, 45.5, 5.25));
    }

    @Test
    void oneDegreeOfLongitudeOnTheEquatorIsOneDegreeOfTheSphere() {
        assertEquals(R * Math.PI / 180, Haversine.metres(0, 10, 0, 11), 1e-6);
    }

    @Test
    void aQuarterOfTheEquatorIsAQuarterCircle() {
        assertEquals(R * Math.PI / 2, Haversine.metres(0, 0, 0, 90), 1e-6);
    }

    @Test
    void theEquatorToThePoleIsAQuarterCircleWhateverTheLongitude() {
        assertEquals(R * Math.PI / 2, Haversine.metres(0, 37, 90, -120), 1e-6);
    }

    @Test
    void antipodesAreHalfACircleApart() {
        assertEquals(R * Math.PI, Haversine.metres(0, 0, 0, 180), 1e-6);
        assertEquals(R * Math.PI, Haversine.metres(30, 20, -30, -160), 1e-3);
    }

    /** Along a parallel the great circle is shorter than the parallel itself; at 60 degrees 1 degree is 55.6 km. */
    @Test
    void oneDegreeOfLongitudeAtSixtyDegreesNorthIsHalfAsLongAsOnTheEquator() {
        double expected = 2 * R * Math.asin(Math.cos(Math.toRadians(60)) * Math.sin(Math.toRadians(0.5)));
        assertEquals(expected, Haversine.metres(60, 5, 60, 6), 1e-6);
        assertEquals(R * Math.PI / 360, Haversine.metres(60, 5, 60, 6), 5);
    }

    /** The spherical law of cosines is another formula for the same distance, accurate beyond a few kilometres. */
    @Test
    void agreesWithTheSphericalLawOfCosines() {
        qt().forAll(doubles().between(-80, 80), doubles().between(-179, 179), doubles().between(-80, 80), doubles().between(-179, 179))
                .assuming((a, b, c, d) -> Math.abs(a - c) + Math.abs(b - d) > 1)
                .checkAssert((a, b, c, d) -> {
                    double p1 = Math.toRadians(a);
                    double p2 = Math.toRadians(c);
                    double cos = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(d - b));
                    double expected = R * Math.acos(Math.max(-1, Math.min(1, cos)));
                    assertEquals(expected, Haversine.metres(a, b, c, d), 1e-6 * expected + 1);
                });
    }
}
