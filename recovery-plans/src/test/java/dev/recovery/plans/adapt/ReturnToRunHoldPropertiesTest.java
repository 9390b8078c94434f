package dev.recovery.plans.adapt;

import static dev.recovery.plans.adapt.ReturnToRunFixture.MONDAY;
import static dev.recovery.plans.adapt.ReturnToRunFixture.adapt;
import static dev.recovery.plans.adapt.ReturnToRunFixture.easy;
import static dev.recovery.plans.adapt.ReturnToRunFixture.metres;
import static dev.recovery.plans.adapt.ReturnToRunFixture.onStep;
import static dev.recovery.plans.adapt.ReturnToRunFixture.put;
import static dev.recovery.plans.adapt.ReturnToRunFixture.ran;
import static dev.recovery.plans.adapt.ReturnToRunFixture.restDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.log.Session;
import dev.recovery.plans.adapt.ReturnToRunFixture.Adapted;
import dev.recovery.plans.plan.Day;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the weekly hold in the return to run: a held week never exceeds its cap and no run
 * grows; a week within its cap is kept as planned.
 */
class ReturnToRunHoldPropertiesTest {

    private static final LocalDate OPENED = MONDAY.minusDays(10);
    /** 20 km a week before: the first week's cap is 10,000 m, the fourth week's 13,310 m. */
    private static final List<Session> TWENTY_KM_A_WEEK = List.of(ran(OPENED.minusDays(1), 20_000),
            ran(OPENED.minusDays(8), 20_000), ran(OPENED.minusDays(15), 20_000), ran(OPENED.minusDays(22), 20_000));
    private static final int WEEK_FOUR = 21;
    private static final int WEEK_FOUR_CAP = 13_310;

    private static Adapted weekFour(int first, int second) {
        List<Day> future = restDays(MONDAY, 35);
        put(future, WEEK_FOUR + 1, easy(first));
        put(future, WEEK_FOUR + 4, easy(second));
        return adapt(onStep(MONDAY, 7, OPENED), TWENTY_KM_A_WEEK, future);
    }

    private static int weekFourMetres(Adapted a) {
        int sum = 0;
        for (int i = WEEK_FOUR; i < WEEK_FOUR + 7; i++) {
            sum += metres(a.day(i));
        }
        return sum;
    }

    @Test
    void aHeldWeekNeverExceedsItsCapAndNoRunGrows() {
        qt().withExamples(60).forAll(integers().between(1_000, 20_000), integers().between(1_000, 20_000))
                .checkAssert((first, second) -> {
                    Adapted a = weekFour(first, second);
                    assertTrue(weekFourMetres(a) <= WEEK_FOUR_CAP || first + second <= WEEK_FOUR_CAP);
                    assertTrue(metres(a.day(WEEK_FOUR + 1)) <= first);
                    assertTrue(metres(a.day(WEEK_FOUR + 4)) <= second);
                });
    }

    @Test
    void aWeekWithinItsCapIsKeptAsPlanned() {
        qt().withExamples(60).forAll(integers().between(1_000, WEEK_FOUR_CAP - 1_000))
                .checkAssert(first -> {
                    int second = WEEK_FOUR_CAP - first;
                    Adapted a = weekFour(first, second);
                    assertEquals(first, metres(a.day(WEEK_FOUR + 1)));
                    assertEquals(second, metres(a.day(WEEK_FOUR + 4)));
                });
    }

    @Test
    void aHeldWeekLosesLessThanOneHundredMetresARunBelowItsCap() {
        qt().withExamples(60).forAll(integers().between(7_000, 20_000), integers().between(7_000, 20_000))
                .checkAssert((first, second) -> {
                    int week = weekFourMetres(weekFour(first, second));
                    assertTrue(week > WEEK_FOUR_CAP - 2 * 100, "week " + week);
                });
    }
}
