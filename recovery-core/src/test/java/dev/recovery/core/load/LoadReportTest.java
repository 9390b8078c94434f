package dev.recovery.core.load;

import static dev.recovery.core.load.VolumeTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.unit.Rpe;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    /** {@code weeks} weeks of 10 km easy runs at RPE 3 on Mon, Wed, Fri (60 min x 3 = 180 AU each). */
    private static List<Session> steadyWeeks(int weeks) {
        List<Session> sessions = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (int d : new int[] {0, 2, 4}) {
                sessions.add(run(START.plusWeeks(w).plusDays(d), 10).withRpe(Rpe.of(3)));
            }
        }
        return sessions;
    }

    @Test
    void aSteadyLogIsInTheSweetSpotWithNoFlags() {
        TrainingLog log = TrainingLog.of(steadyWeeks(6));
        LoadReport r = LoadReport.of(log, START.plusWeeks(6).minusDays(1), Convention.RUNALYZE);
        assertTrue(r.flags().isEmpty(), r.flags().toString());
        // The EWMA ratio swings from day to day with three runs a week (on this rest Sunday it is low), but it never warns.
        assertFalse(r.acwr().zone().get().isWarning());
        assertEquals(AcwrZone.SWEET_SPOT, r.acwr().zone(AcwrMethod.ROLLING_UNCOUPLED).get());
        // Each rolling week holds exactly three runs of 180 AU: coupled and uncoupled ratios are 1.
        assertEquals(1.0, r.acwr().rollingCoupled().ratio(), 1e-9);
        assertEquals(1.0, r.acwr().rollingUncoupled().ratio(), 1e-9);
        assertEquals(4, r.recentWeeks().size());
        assertEquals(30, r.recentWeeks().get(3).runDistance().km(), 1e-9);
        assertEquals(0, r.estimatedSessions());
    }

    @Test
    void theReportMatchesTheStateOverTheDailyLoads() {
        TrainingLog log = TrainingLog.of(steadyWeeks(6));
        LocalDate date = START.plusWeeks(6).minusDays(3);
        LoadReport r = LoadReport.of(log, date, Convention.GOLDENCHEETAH);
        LoadState s = LoadState.of(DailyLoads.of(log, LoadModel.sessionRpe(), date), Convention.GOLDENCHEETAH);
        assertEquals(s.fitness(), r.fitness(), 0);
        assertEquals(s.fatigue(), r.fatigue(), 0);
        assertEquals(s.formMorning(), r.formMorning(), 0);
        assertEquals(s.monotony().strain(), r.strain(), 0);
    }

    @Test
    void formIsNotRatedInARunnersFirstTwelveWeeks() {
        LoadReport r = LoadReport.of(TrainingLog.of(steadyWeeks(3)), START.plusWeeks(3).minusDays(1), Convention.TRAININGPEAKS);
        assertEquals(FormBand.NOT_ESTABLISHED, r.formBand());
        assertFalse(r.hasFlag("load-form-high-risk"));
        assertTrue(r.notes().stream().anyMatch(n -> n.ruleId().equals("load-form-not-established")), r.notes().toString());
    }

    @Test
    void aSteadySeventyFourKmWeekIsNeverHighRiskForm() {
        // Six runs a week (5 x 10 km easy at RPE 3, a 24 km long run at RPE 5): 74 km, the same every week.
        // Session-RPE loads are about 4x TSS; on the absolute -30 scale this runner was "high risk" weekly.
        List<Session> sessions = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            for (int d = 0; d < 5; d++) {
                sessions.add(run(START.plusWeeks(w).plusDays(d), 10).withRpe(Rpe.of(3)));
            }
            sessions.add(run(START.plusWeeks(w).plusDays(6), 24).withRpe(Rpe.of(5)));
        }
        TrainingLog log = TrainingLog.of(sessions);
        for (int day = FormBand.ESTABLISHED_DAYS; day < 16 * 7; day++) {
            LoadReport r = LoadReport.of(log, START.plusDays(day), Convention.TRAININGPEAKS);
            assertFalse(r.hasFlag("load-form-high-risk"), "day " + day + ": " + r.flags());
        }
    }

    @Test
    void aBigJumpRaisesAcwrDangerSpikeAndTenPercentFlags() {
        List<Session> sessions = new ArrayList<>(steadyWeeks(12));
        LocalDate mon = START.plusWeeks(12);
        // Week 13: a 25 km long run at RPE 7 and four hard 15 km runs at RPE 8.
        sessions.add(run(mon, 25).withRpe(Rpe.of(7)));
        for (int d = 1; d <= 4; d++) {
            sessions.add(run(mon.plusDays(d), 15).withRpe(Rpe.of(8)));
        }
        LoadReport r = LoadReport.of(TrainingLog.of(sessions), mon.plusDays(4), Convention.RUNALYZE);
        assertTrue(r.hasFlag("load-acwr-danger"), r.flags().toString());
        assertTrue(r.hasFlag("load-single-run-spike"), r.flags().toString());
        assertTrue(r.hasFlag("load-ten-percent-rule"), r.flags().toString());
        assertTrue(r.hasFlag("load-form-high-risk"), r.flags().toString());
        assertTrue(r.readinessFlags().stream().allMatch(f -> LoadReport.READINESS_RULE_IDS.contains(f.ruleId())));
        assertFalse(r.readinessFlags().isEmpty());
    }

    @Test
    void sessionsWithoutRpeAreCountedAsEstimatedAndNoted() {
        TrainingLog log = TrainingLog.of(run(START, 10), run(START.plusDays(1), 10).withRpe(Rpe.of(3)));
        LoadReport r = LoadReport.of(log, START.plusDays(1), Convention.RUNALYZE);
        assertEquals(1, r.estimatedSessions());
        assertTrue(r.notes().stream().anyMatch(n -> n.ruleId().equals(LoadReport.ESTIMATED_RULE_ID)));
    }

    @Test
    void aShortLogHasNoRatioAndSaysWhy() {
        LoadReport r = LoadReport.of(TrainingLog.of(steadyWeeks(2)), START.plusDays(13), Convention.RUNALYZE);
        assertEquals(Acwr.NONE, r.acwr());
        assertTrue(r.notes().stream().anyMatch(n -> n.ruleId().equals(LoadReport.ACWR_UNDEFINED_RULE_ID)
                && n.message().contains("14 of the 28 days")), r.notes().toString());
    }

    @Test
    void sessionsAfterTheDateAreIgnored() {
        TrainingLog log = TrainingLog.of(steadyWeeks(6));
        LocalDate date = START.plusWeeks(3);
        assertEquals(LoadReport.of(TrainingLog.of(log.sessionsBetween(START, date)), date, Convention.RUNALYZE),
                LoadReport.of(log, date, Convention.RUNALYZE));
    }

    @Test
    void anEmptyLogReportsZerosAndTheSeed() {
        LoadReport r = LoadReport.of(TrainingLog.empty(), START, Convention.TRAININGPEAKS,
                LoadSettings.defaults().withSeed(FitnessFatigue.of(40, 50)));
        assertEquals(40, r.fitness(), 0);
        assertEquals(-10, r.form(), 1e-9);
        assertEquals(-10, r.formMorning(), 1e-9);
        assertEquals(Monotony.NONE, r.monotony());
    }

    @Test
    void restDaysUntilFreshFormAreReported() {
        Run hard = run(START, 20).withRpe(Rpe.of(8));
        LoadReport r = LoadReport.of(TrainingLog.of(hard), START, Convention.RUNALYZE);
        // One day of 960 AU (120 min x RPE 8) from zero: fitness 960 x 2/43 = 44.65, fatigue 960 x 0.25 = 240;
        // ln(44.65/240) / ln(0.75 / (41/43)) = -1.68187 / -0.24005 = 7.006 -> 8 whole days.
        assertEquals(OptionalInt.of(8), r.restDaysUntilFreshForm());
    }

    @Test
    void weekStartIsConfigurable() {
        LoadReport r = LoadReport.of(TrainingLog.of(steadyWeeks(2)), START.plusDays(9), Convention.RUNALYZE,
                LoadSettings.defaults().withWeekStart(DayOfWeek.WEDNESDAY));
        assertEquals(DayOfWeek.WEDNESDAY, r.recentWeeks().get(0).weekStart().getDayOfWeek());
    }

    @Test
    void aDateInTheYear3000IsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadReport.of(TrainingLog.empty(), LocalDate.of(3000, 1, 1), Convention.RUNALYZE));
        assertEquals("date: 3000-01-01 is not allowed; expected a date from 1900-01-01 to 2100-12-31", e.getMessage());
    }

    /** The same {@code km} easy run at RPE 3 on each of {@code days} (0 = Monday) of {@code weeks} weeks. */
    private static List<Session> sameRunsOn(int weeks, double km, int... days) {
        List<Session> sessions = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (int d : days) {
                sessions.add(run(START.plusWeeks(w).plusDays(d), km).withRpe(Rpe.of(3)));
            }
        }
        return sessions;
    }

    @Test
    void sixIdenticalDaysAndARestDayRaiseTheCriticalMonotonyFlag() {
        // Six equal loads and one rest day: monotony 6 / sqrt(6) = 2.45, critical (Foster 1998).
        LoadReport r = LoadReport.of(TrainingLog.of(sameRunsOn(1, 8, 0, 1, 2, 3, 4, 5)), START.plusDays(6), Convention.RUNALYZE);
        assertTrue(r.hasFlag("load-monotony-critical"), r.flags().toString());
        assertTrue(r.flags().stream().anyMatch(f -> f.ruleId().equals("load-monotony-critical") && f.message().contains("2.45")),
                r.flags().toString());
        assertTrue(r.readinessFlags().stream().anyMatch(f -> f.ruleId().equals("load-monotony-critical")));
    }

    @Test
    void fiveIdenticalDaysAndTwoRestDaysRaiseTheMonotonyWarningButNotReadiness() {
        // Five equal loads, two rest days: monotony 5 / sqrt(10) = 1.58, a warning (Runalyze), not a readiness flag.
        LoadReport r = LoadReport.of(TrainingLog.of(sameRunsOn(1, 8, 0, 1, 2, 3, 4)), START.plusDays(6), Convention.RUNALYZE);
        assertTrue(r.flags().stream().anyMatch(f -> f.ruleId().equals("load-monotony-warn") && f.message().contains("1.58")),
                r.flags().toString());
        assertFalse(r.hasFlag("load-monotony-critical"));
        assertTrue(r.readinessFlags().stream().noneMatch(f -> f.ruleId().startsWith("load-monotony")), r.readinessFlags().toString());
    }

    @Test
    void theStrainIsTheWeeksLoadTimesItsMonotony() {
        LoadReport r = LoadReport.of(TrainingLog.of(sameRunsOn(1, 8, 0, 1, 2, 3, 4, 5)), START.plusDays(6), Convention.RUNALYZE);
        // 6 runs of 48 min at RPE 3: 864 AU; monotony sqrt(6).
        assertEquals(864, r.monotony().weeklyLoad(), 1e-9);
        assertEquals(864 * Math.sqrt(6), r.strain(), 1e-9);
    }

    @Test
    void aRestWeekAfterThreeWeeksOfTrainingHasARollingRatioOfExactlyZero() {
        LoadReport r = LoadReport.of(TrainingLog.of(sameRunsOn(3, 10, 0, 2, 4)), START.plusWeeks(4).minusDays(1), Convention.RUNALYZE);
        assertEquals(0.0, r.acwr().rollingCoupled().ratio());
        assertEquals(0.0, r.acwr().rollingUncoupled().ratio());
        assertEquals(AcwrZone.UNDER_LOADED, r.acwr().zone(AcwrMethod.ROLLING_COUPLED).get());
        assertEquals(AcwrZone.UNDER_LOADED, r.acwr().zone().get());
        assertTrue(r.notes().stream().anyMatch(n -> n.ruleId().equals("load-acwr-under-loaded")), r.notes().toString());
    }

    @Test
    void aLongBreakLeavesNoRatioAndSaysToBuildBackGradually() {
        List<Session> sessions = sameRunsOn(1, 10, 0);
        LoadReport r = LoadReport.of(TrainingLog.of(sessions), START.plusDays(400), Convention.RUNALYZE);
        assertFalse(r.acwr().rollingCoupled().isDefined());
        assertTrue(r.notes().stream().anyMatch(n -> n.ruleId().equals(LoadReport.ACWR_UNDEFINED_RULE_ID)
                && n.message().contains("no training in the last 28 days")), r.notes().toString());
    }

    @Test
    void anAcwrInTheSweetSpotIsANoteNotAFlag() {
        LoadReport r = LoadReport.of(TrainingLog.of(sameRunsOn(5, 10, 0, 1, 2, 3, 4, 5, 6)), START.plusWeeks(5).minusDays(1),
                Convention.RUNALYZE);
        assertTrue(r.notes().stream().anyMatch(n -> n.ruleId().equals("load-acwr-sweet-spot")), r.notes().toString());
        assertFalse(r.hasFlag("load-acwr-sweet-spot"));
    }

    @Test
    void theTenPercentFlagAppearsInTheReportExactlyAboveTheLimit() {
        // Week 1: 4 x 10 km = 40 km; week 2: 44 km (exactly +10%) is not flagged, 44.001 km is.
        List<Session> within = new ArrayList<>(sameRunsOn(1, 10, 0, 2, 4, 6));
        within.add(run(START.plusWeeks(1), 44));
        assertFalse(LoadReport.of(TrainingLog.of(within), START.plusWeeks(1).plusDays(6), Convention.RUNALYZE)
                .hasFlag("load-ten-percent-rule"));
        List<Session> above = new ArrayList<>(sameRunsOn(1, 10, 0, 2, 4, 6));
        above.add(run(START.plusWeeks(1), 44.001));
        assertTrue(LoadReport.of(TrainingLog.of(above), START.plusWeeks(1).plusDays(6), Convention.RUNALYZE)
                .hasFlag("load-ten-percent-rule"));
    }

    @Test
    void aWornShoeIsFlaggedInTheRunnersUnit() {
        List<Session> sessions = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            sessions.add(run(START.plusDays(d), 10).withRpe(Rpe.of(3)).withShoe("Daily"));
        }
        LoadReport r = LoadReport.of(TrainingLog.of(sessions), START.plusDays(60), Convention.RUNALYZE);
        assertTrue(r.hasFlag(ShoeMileage.WORN_RULE_ID), r.flags().toString());
    }

    @Test
    void hasFlagIsFalseForARuleThatDidNotFire() {
        LoadReport r = LoadReport.of(TrainingLog.of(steadyWeeks(6)), START.plusWeeks(6).minusDays(1), Convention.RUNALYZE);
        assertFalse(r.hasFlag("load-acwr-danger"));
        assertTrue(r.readinessFlags().isEmpty());
    }

    @Test
    void formIsRatedFromTheEightyFourthDayOfTheLog() {
        TrainingLog log = TrainingLog.of(steadyWeeks(13));
        assertEquals(FormBand.NOT_ESTABLISHED, LoadReport.of(log, START.plusDays(FormBand.ESTABLISHED_DAYS - 2), Convention.RUNALYZE)
                .formBand());
        assertFalse(LoadReport.of(log, START.plusDays(FormBand.ESTABLISHED_DAYS - 1), Convention.RUNALYZE).formBand()
                == FormBand.NOT_ESTABLISHED);
    }

    @Test
    void aSeededFitnessIsRatedFromTheFirstDay() {
        LoadReport r = LoadReport.of(TrainingLog.of(steadyWeeks(1)), START.plusDays(2), Convention.RUNALYZE,
                LoadSettings.defaults().withSeed(FitnessFatigue.of(50, 40)));
        assertFalse(r.formBand() == FormBand.NOT_ESTABLISHED);
    }

    @Test
    void aLogWithAnRpeForEverySessionHasNoEstimatedLoadsNote() {
        LoadReport r = LoadReport.of(TrainingLog.of(steadyWeeks(2)), START.plusDays(13), Convention.RUNALYZE);
        assertTrue(r.notes().stream().noneMatch(n -> n.ruleId().equals(LoadReport.ESTIMATED_RULE_ID)), r.notes().toString());
    }

    @Test
    void withTwoRecentWeeksTheTenPercentRuleComparesWithLastWeek() {
        List<Session> sessions = new ArrayList<>(sameRunsOn(1, 10, 0, 2, 4, 6));
        sessions.add(run(START.plusWeeks(1), 45));
        LoadReport r = LoadReport.of(TrainingLog.of(sessions), START.plusWeeks(1).plusDays(6), Convention.RUNALYZE,
                LoadSettings.defaults().withRecentWeeks(2));
        assertTrue(r.flags().stream().anyMatch(f -> f.ruleId().equals("load-ten-percent-rule") && f.message().contains("on last week")),
                r.flags().toString());
    }
}
