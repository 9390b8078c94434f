package dev.recovery.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked example for every convention: three days with loads 100, 0, 50 AU, starting from 0.
 * Each step is X_t = X_(t-1) + k x (load_t - X_(t-1)).
 */
class FitnessFatigueTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final DailyLoads THREE_DAYS = DailyLoads.of(START, 100, 0, 50);

    @Test
    void trainingPeaksDividesByTau() {
        // k_fit = 1/42, k_fat = 1/7.
        // Day 1: fitness 100/42 = 2.380952; fatigue 100/7 = 14.285714.
        // Day 2: fitness 2.380952 x 41/42 = 2.324263; fatigue 14.285714 x 6/7 = 12.244898.
        // Day 3: fitness 2.324263 x 41/42 + 50/42 = 2.268923 + 1.190476 = 3.459400;
        //        fatigue 12.244898 x 6/7 + 50/7 = 10.495627 + 7.142857 = 17.638484.
        LoadState s = LoadState.of(THREE_DAYS, Convention.TRAININGPEAKS);
        assertEquals(3.459400, s.fitness(), 1e-6);
        assertEquals(17.638484, s.fatigue(), 1e-6);
        assertEquals(-14.179084, s.form(), 1e-6);
    }

    @Test
    void goldenCheetahUsesExponentialDecay() {
        // k_fit = 1 - e^(-1/42) = 0.0235283; k_fat = 1 - e^(-1/7) = 0.1331221.
        // Day 1: fitness 2.352831, fatigue 13.312210. Day 2: x e^(-1/tau): 2.297473, 11.540061.
        // Day 3: 2.297473 x 0.9764717 + 50 x 0.0235283 = 2.243419 + 1.176416 = 3.419833 (fitness);
        //        11.540061 x 0.8668779 + 50 x 0.1331221 = 10.003868 + 6.656105 = 16.659929 (fatigue).
        LoadState s = LoadState.of(THREE_DAYS, Convention.GOLDENCHEETAH);
        assertEquals(3.419833, s.fitness(), 1e-6);
        assertEquals(16.659929, s.fatigue(), 1e-6);
    }

    @Test
    void runalyzeUsesTwoOverTauPlusOne() {
        // lambda_fit = 2/43 = 0.0465116; lambda_fat = 2/8 = 0.25.
        // Day 1: fitness 200/43 = 4.651163, fatigue 25. Day 2: 4.651163 x 41/43 = 4.434830, 25 x 0.75 = 18.75.
        // Day 3: 4.434830 x 41/43 + 100/43 = 4.228559 + 2.325581 = 6.554140; 18.75 x 0.75 + 12.5 = 26.5625.
        LoadState s = LoadState.of(THREE_DAYS, Convention.RUNALYZE);
        assertEquals(6.554140, s.fitness(), 1e-6);
        assertEquals(26.5625, s.fatigue(), 1e-9);
    }

    @Test
    void morningFormIsThePreviousDaysEndOfDayForm() {
        // Runalyze, day 3 morning: day 2's 4.434830 - 18.75 = -14.315170; end of day 3: 6.554140 - 26.5625 = -20.008360.
        LoadState s = LoadState.of(THREE_DAYS, Convention.RUNALYZE);
        assertEquals(-14.315170, s.formMorning(), 1e-6);
        assertEquals(-20.008360, s.form(), 1e-6);
    }

    @Test
    void aSeedIsTheStartingPoint() {
        // TrainingPeaks from fitness 50, fatigue 60 and one rest day: 50 x 41/42 = 48.809524, 60 x 6/7 = 51.428571.
        LoadState s = LoadState.of(DailyLoads.of(START, 0), Convention.TRAININGPEAKS, FitnessFatigue.of(50, 60));
        assertEquals(48.809524, s.fitness(), 1e-6);
        assertEquals(51.428571, s.fatigue(), 1e-6);
        assertEquals(-10, s.formMorning(), 1e-9);
    }

    @Test
    void nextMatchesTheIncrementalState() {
        FitnessFatigue ff = FitnessFatigue.ZERO.next(100, Convention.GOLDENCHEETAH).next(0, Convention.GOLDENCHEETAH)
                .next(50, Convention.GOLDENCHEETAH);
        assertEquals(3.419833, ff.fitness(), 1e-6);
        assertEquals(16.659929, ff.fatigue(), 1e-6);
    }

    @Test
    void restDaysUntilFreshFormFollowRunalyzesFormula() {
        // Runalyze after the three days: ln(6.554140 / 26.5625) / ln(0.75 / (41/43)) = -1.399389 / -0.240052 = 5.83 -> 6 days.
        FitnessFatigue ff = FitnessFatigue.of(6.554140, 26.5625);
        assertEquals(OptionalInt.of(6), ff.restDaysUntilFreshForm(Convention.RUNALYZE));
    }

    @Test
    void restDaysDifferByConvention() {
        // Same closed form with each convention's weights, checked by stepping: GoldenCheetah 13.3 -> 14, TrainingPeaks 12.5 -> 13.
        assertEquals(OptionalInt.of(14), LoadState.of(THREE_DAYS, Convention.GOLDENCHEETAH).fitnessFatigue()
                .restDaysUntilFreshForm(Convention.GOLDENCHEETAH));
        assertEquals(OptionalInt.of(13), LoadState.of(THREE_DAYS, Convention.TRAININGPEAKS).fitnessFatigue()
                .restDaysUntilFreshForm(Convention.TRAININGPEAKS));
    }

    @Test
    void noRestIsNeededWhenFormIsAlreadyZeroOrMore() {
        assertEquals(OptionalInt.of(0), FitnessFatigue.of(40, 40).restDaysUntilFreshForm(Convention.RUNALYZE));
        assertEquals(OptionalInt.of(0), FitnessFatigue.ZERO.restDaysUntilFreshForm(Convention.GOLDENCHEETAH));
    }

    @Test
    void fatigueWithoutFitnessNeverReachesFreshForm() {
        assertTrue(FitnessFatigue.of(0, 10).restDaysUntilFreshForm(Convention.RUNALYZE).isEmpty());
    }

    @Test
    void formBandsArePercentOfFitnessWithInclusiveProductiveBounds() {
        // Fitness 200: -10% is form -20, -30% is form -60.
        assertEquals(FormBand.NEUTRAL, FormBand.of(-19.98, 200));
        assertEquals(FormBand.PRODUCTIVE, FormBand.of(-20, 200));
        assertEquals(FormBand.PRODUCTIVE, FormBand.of(-60, 200));
        assertEquals(FormBand.HIGH_RISK, FormBand.of(-60.02, 200));
        assertEquals("load-form-high-risk", FormBand.HIGH_RISK.reason(-61, 200).ruleId());
    }

    @Test
    void formBandsDoNotDependOnTheLoadScale() {
        // The same training in TSS-like units and in session-RPE units four times larger: same band.
        assertEquals(FormBand.of(-25, 60), FormBand.of(-100, 240));
        assertEquals(FormBand.HIGH_RISK, FormBand.of(-25, 60));
    }

    @Test
    void fatigueWithoutAnyFitnessIsHighRisk() {
        assertEquals(FormBand.HIGH_RISK, FormBand.of(-5, 0));
        assertEquals(FormBand.NEUTRAL, FormBand.of(0, 0));
    }

    @Test
    void theSameLoadsGiveDifferentNumbersPerConvention() {
        double gc = LoadState.of(THREE_DAYS, Convention.GOLDENCHEETAH).fitness();
        double tp = LoadState.of(THREE_DAYS, Convention.TRAININGPEAKS).fitness();
        double ra = LoadState.of(THREE_DAYS, Convention.RUNALYZE).fitness();
        assertTrue(gc < tp && tp < ra);
    }

    @Test
    void aNegativeSeedIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FitnessFatigue.of(-1, 0));
        assertEquals("fitness: -1 is not allowed; expected a number from 0 to 14400 AU/day", e.getMessage());
    }

    @Test
    void aNegativeDailyLoadIsRefusedNamingTheDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DailyLoads.of(START, 10, -3));
        assertEquals("load on 2026-11-02: -3.0 is not allowed; expected a number from 0 to 14400 AU", e.getMessage());
    }

    @Test
    void addDayRefusesANegativeLoadAndKeepsTheState() {
        LoadState s = LoadState.start(Convention.RUNALYZE);
        s.addDay(100);
        assertThrows(IllegalArgumentException.class, () -> s.addDay(-1));
        assertEquals(1, s.days());
        assertEquals(25, s.fatigue(), 1e-12);
    }

    @Test
    void conventionsParseByNameAndShortForm() {
        assertEquals(Convention.TRAININGPEAKS, Convention.parse("tp"));
        assertEquals(Convention.GOLDENCHEETAH, Convention.parse("GoldenCheetah"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Convention.parse("strava"));
        assertEquals("convention: 'strava' is not allowed; expected one of goldencheetah, trainingpeaks, runalyze", e.getMessage());
    }

    @Test
    void formIsFitnessLessFatigueAndItsBandIsMeasuredAgainstFitness() {
        FitnessFatigue ff = FitnessFatigue.of(40, 50);
        assertEquals(-10, ff.form(), 1e-12);
        // -10 is -25% of fitness 40: productive.
        assertEquals(FormBand.PRODUCTIVE, ff.band());
    }

    @Test
    void whenTwoRestDaysBringFormBackToZeroExactlyTheAnswerIsTwo() {
        // TrainingPeaks: each rest day keeps 41/42 of fitness and 6/7 of fatigue; fitness = fatigue x (36/41)^2
        // reaches form 0 after exactly two days, which rounding must not turn into three.
        double ratio = (6.0 / 7) / (41.0 / 42);
        FitnessFatigue ff = FitnessFatigue.of(100 * ratio * ratio, 100);
        assertEquals(java.util.OptionalInt.of(2), ff.restDaysUntilFreshForm(Convention.TRAININGPEAKS));
    }
}
