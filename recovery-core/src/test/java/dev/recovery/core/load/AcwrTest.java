package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked example: 21 days at 100 AU then 7 days at 200 AU (28 days).
 * Acute = 7 x 200 = 1400. Coupled chronic = (2100 + 1400) / 4 = 875 -> 1400/875 = 1.6.
 * Uncoupled chronic = 2100 / 3 = 700 -> 1400/700 = 2.0.
 * EWMA: both start at 100 and stay there for 21 days; then 7 steps towards 200:
 * acute = 200 - 100 x 0.75^7 = 186.651611; chronic = 200 - 100 x (27/29)^7 = 139.359836; ratio 1.339350.
 */
class AcwrTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    private static double[] days(double first21, double last7) {
        double[] d = new double[28];
        Arrays.fill(d, 0, 21, first21);
        Arrays.fill(d, 21, 28, last7);
        return d;
    }

    private static Acwr acwr(double... loads) {
        return LoadState.of(DailyLoads.of(START, loads), Convention.RUNALYZE).acwr();
    }

    @Test
    void rollingCoupledDividesByTheTwentyEightDayWeeklyAverage() {
        assertEquals(1.6, acwr(days(100, 200)).rollingCoupled().ratio(), 1e-12);
    }

    @Test
    void rollingUncoupledUsesTheTwentyOneDaysBeforeTheAcuteWeek() {
        assertEquals(2.0, acwr(days(100, 200)).rollingUncoupled().ratio(), 1e-12);
    }

    @Test
    void ewmaStartsFromTheFirstDaysLoad() {
        assertEquals(1.339350, acwr(days(100, 200)).ewma().ratio(), 1e-6);
    }

    @Test
    void theWindowsSlideDayByDay() {
        // One more day at 0: acute = days 23-29 = 6 x 200 = 1200; 28-day window = days 2-29: 20 x 100 + 1400 + 0 = 3400
        // -> 1200 / (3400/4) = 1200/850 = 1.411765.
        double[] d = Arrays.copyOf(days(100, 200), 29);
        assertEquals(1.411765, acwr(d).rollingCoupled().ratio(), 1e-6);
        // Uncoupled: the 21 days before are days 2-22: 20 x 100 + 200 = 2200 / 3 -> 1200 / 733.33 = 1.636364.
        assertEquals(1.636364, acwr(d).rollingUncoupled().ratio(), 1e-6);
    }

    @Test
    void noRatioBeforeTheChronicWindowIsFull() {
        Acwr a = acwr(Arrays.copyOf(days(100, 200), 27));
        assertEquals(Acwr.NONE, a);
    }

    @Test
    void noRatioWhenTheChronicLoadIsZero() {
        Acwr a = acwr(new double[40]);
        assertTrue(!a.rollingCoupled().isDefined() && !a.rollingUncoupled().isDefined() && !a.ewma().isDefined());
    }

    @Test
    void uncoupledIsUndefinedWhenOnlyTheAcuteWeekHasLoad() {
        Acwr a = acwr(days(0, 100));
        assertFalse(a.rollingUncoupled().isDefined());
        assertEquals(4.0, a.rollingCoupled().ratio(), 1e-12);
    }

    @Test
    void zonesHaveGabbettsBoundaries() {
        assertEquals(AcwrZone.UNDER_LOADED, AcwrZone.of(0.79));
        assertEquals(AcwrZone.SWEET_SPOT, AcwrZone.of(0.8));
        assertEquals(AcwrZone.SWEET_SPOT, AcwrZone.of(1.3));
        assertEquals(AcwrZone.CAUTION, AcwrZone.of(1.31));
        assertEquals(AcwrZone.CAUTION, AcwrZone.of(1.49));
        assertEquals(AcwrZone.DANGER, AcwrZone.of(1.5));
    }

    @Test
    void dangerReasonNamesItsRuleAndSource() {
        var reason = AcwrZone.DANGER.reason(1.62, AcwrMethod.EWMA);
        assertEquals("load-acwr-danger", reason.ruleId());
        assertEquals("gabbett-2016", reason.source().id());
        assertTrue(reason.message().contains("1.62"), reason.message());
    }

    @Test
    void theZoneIsTakenFromTheEwmaRatio() {
        // Coupled 1.6 would be danger, but EWMA 1.34 is caution: flags follow EWMA.
        assertEquals(Optional.of(AcwrZone.CAUTION), acwr(days(100, 200)).zone());
        assertEquals(Optional.of(AcwrZone.DANGER), acwr(days(100, 200)).zone(AcwrMethod.ROLLING_COUPLED));
    }

    @Test
    void aRestWeekAfterThreeWeeksGivesRollingRatiosOfExactlyZeroUnderLoaded() {
        Acwr a = acwr(days(100, 0));
        assertEquals(0.0, a.rollingCoupled().ratio());
        assertEquals(0.0, a.rollingUncoupled().ratio());
        assertEquals(Optional.of(AcwrZone.UNDER_LOADED), a.zone(AcwrMethod.ROLLING_COUPLED));
        assertEquals(AcwrZone.UNDER_LOADED, AcwrZone.of(0));
    }

    @Test
    void aCoupledRatioOfExactlyOnePointThreeFromWholeLoadsIsStillTheSweetSpot() {
        // 21 days at 90 AU, 7 at 130: 910 / ((1890 + 910) / 4) = 1.3.
        assertEquals(1.3, acwr(days(90, 130)).rollingCoupled().ratio());
        assertEquals(Optional.of(AcwrZone.SWEET_SPOT), acwr(days(90, 130)).zone(AcwrMethod.ROLLING_COUPLED));
        assertEquals(Optional.of(AcwrZone.CAUTION), acwr(days(90, 131)).zone(AcwrMethod.ROLLING_COUPLED));
    }

    @Test
    void aCoupledRatioOfExactlyZeroPointEightFromWholeLoadsIsTheSweetSpot() {
        // 21 days at 100 AU, 7 at 75: 525 / ((2100 + 525) / 4) = 0.8.
        assertEquals(0.8, acwr(days(100, 75)).rollingCoupled().ratio());
        assertEquals(Optional.of(AcwrZone.SWEET_SPOT), acwr(days(100, 75)).zone(AcwrMethod.ROLLING_COUPLED));
        assertEquals(Optional.of(AcwrZone.UNDER_LOADED), acwr(days(100, 74)).zone(AcwrMethod.ROLLING_COUPLED));
    }

    @Test
    void aCoupledRatioOfExactlyOnePointFiveFromWholeLoadsIsDanger() {
        // 21 days at 100 AU, 7 at 180: 1260 / ((2100 + 1260) / 4) = 1.5.
        assertEquals(1.5, acwr(days(100, 180)).rollingCoupled().ratio());
        assertEquals(Optional.of(AcwrZone.DANGER), acwr(days(100, 180)).zone(AcwrMethod.ROLLING_COUPLED));
        assertEquals(Optional.of(AcwrZone.CAUTION), acwr(days(100, 179)).zone(AcwrMethod.ROLLING_COUPLED));
    }

    @Test
    void anUncoupledRatioOfExactlyOnePointThreeIsTheSweetSpot() {
        // Uncoupled: 7 x 130 / (21 x 100 / 3) = 1.3.
        assertEquals(1.3, acwr(days(100, 130)).rollingUncoupled().ratio());
        assertEquals(Optional.of(AcwrZone.SWEET_SPOT), acwr(days(100, 130)).zone(AcwrMethod.ROLLING_UNCOUPLED));
    }

    @Test
    void eachMethodReadsItsOwnRatio() {
        Acwr a = acwr(days(100, 200));
        assertEquals(a.rollingCoupled(), a.value(AcwrMethod.ROLLING_COUPLED));
        assertEquals(a.rollingUncoupled(), a.value(AcwrMethod.ROLLING_UNCOUPLED));
        assertEquals(a.ewma(), a.value(AcwrMethod.EWMA));
    }

    @Test
    void onlyCautionAndDangerAreWarnings() {
        assertFalse(AcwrZone.UNDER_LOADED.isWarning());
        assertFalse(AcwrZone.SWEET_SPOT.isWarning());
        assertTrue(AcwrZone.CAUTION.isWarning());
        assertTrue(AcwrZone.DANGER.isWarning());
    }

    @Test
    void theReasonNamesTheMethodItWasComputedWith() {
        String message = AcwrZone.CAUTION.reason(1.41, AcwrMethod.ROLLING_UNCOUPLED).message();
        assertTrue(message.endsWith("Method: rolling-uncoupled."), message);
        assertTrue(message.contains("ratio 1.41"), message);
    }
}
