package dev.recovery.core.load;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties every load measure must have, whatever the loads. */
class LoadPropertiesTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final Convention[] CONVENTIONS = Convention.values();

    private static Gen<List<Double>> loads() {
        return lists().of(doubles().between(0, 1000)).ofSizeBetween(1, 200);
    }

    private static Gen<Convention> conventions() {
        return integers().between(0, CONVENTIONS.length - 1).map(i -> CONVENTIONS[i]);
    }

    private static double[] array(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static LoadState state(double[] loads, Convention c) {
        return LoadState.of(DailyLoads.of(START, loads), c);
    }

    private static boolean near(double expected, double actual, double relative) {
        return Math.abs(expected - actual) <= relative * Math.max(1, Math.abs(expected));
    }

    private static double[] constant(double load, int days) {
        double[] d = new double[days];
        Arrays.fill(d, load);
        return d;
    }

    @Test
    void constantLoadGivesEveryRatioOneOnceTheWindowsFill() {
        qt().forAll(doubles().between(1, 1500), integers().between(28, 400)).check((load, days) -> {
            Acwr a = state(constant(load, days), Convention.RUNALYZE).acwr();
            return near(1, a.rollingCoupled().ratio(), 1e-9) && near(1, a.rollingUncoupled().ratio(), 1e-9)
                    && near(1, a.ewma().ratio(), 1e-9);
        });
    }

    @Test
    void constantLoadMakesFitnessAndFatigueConvergeToThatLoad() {
        qt().forAll(doubles().between(1, 1500), conventions()).check((load, c) -> {
            LoadState s = state(constant(load, 1000), c);
            return near(load, s.fitness(), 1e-6) && near(load, s.fatigue(), 1e-6) && Math.abs(s.form()) < 1e-6 * load;
        });
    }

    @Test
    void scalingAllLoadsScalesFitnessAndFatigueLinearly() {
        qt().forAll(loads(), doubles().between(0.1, 10), conventions()).check((list, factor, c) -> {
            double[] base = array(list);
            double[] scaled = Arrays.stream(base).map(x -> x * factor).toArray();
            LoadState a = state(base, c);
            LoadState b = state(scaled, c);
            return near(a.fitness() * factor, b.fitness(), 1e-9) && near(a.fatigue() * factor, b.fatigue(), 1e-9);
        });
    }

    @Test
    void aRestDayRaisesNegativeForm() {
        // With rest, form changes by k_fat x fatigue - k_fit x fitness, positive whenever fatigue >= fitness (k_fat > k_fit).
        qt().forAll(loads(), conventions()).assuming((list, c) -> state(array(list), c).form() < 0).check((list, c) -> {
            LoadState s = state(array(list), c);
            double before = s.form();
            s.addDay(0);
            return s.form() > before;
        });
    }

    @Test
    void fatigueReactsFasterThanFitness() {
        // From a steady state at one load, a change of load moves fatigue further than fitness, for any number of days.
        qt().forAll(doubles().between(0, 1000), doubles().between(0, 1000), integers().between(1, 60), conventions())
                .assuming((from, to, days, c) -> Math.abs(from - to) > 1)
                .check((from, to, days, c) -> {
                    double[] d = constant(from, 1000 + days);
                    Arrays.fill(d, 1000, d.length, to);
                    LoadState s = state(d, c);
                    return Math.abs(s.fatigue() - from) > Math.abs(s.fitness() - from);
                });
    }

    @Test
    void metricsAreNeverNegative() {
        qt().forAll(loads(), conventions()).check((list, c) -> {
            LoadState s = state(array(list), c);
            Monotony m = s.monotony();
            Acwr a = s.acwr();
            return s.fitness() >= 0 && s.fatigue() >= 0 && s.acuteLoad() >= 0 && s.chronicLoad() >= 0
                    && m.monotony() >= 0 && m.monotony() <= Monotony.CAP && m.strain() >= 0
                    && nonNegative(a.rollingCoupled()) && nonNegative(a.rollingUncoupled()) && nonNegative(a.ewma());
        });
    }

    @Test
    void restDaysUntilFreshFormMatchStepping() {
        qt().forAll(loads(), conventions()).check((list, c) -> {
            LoadState s = state(array(list), c);
            FitnessFatigue ff = s.fitnessFatigue();
            var closed = ff.restDaysUntilFreshForm(c);
            if (closed.isEmpty()) {
                return ff.fitness() == 0 && ff.fatigue() > 0;
            }
            int n = closed.getAsInt();
            FitnessFatigue x = ff;
            for (int i = 0; i < n - 1; i++) {
                x = x.next(0, c);
            }
            boolean stillNegativeBefore = n == 0 || x.form() < 1e-9 * Math.max(1, ff.fatigue());
            FitnessFatigue after = n == 0 ? x : x.next(0, c);
            return stillNegativeBefore && after.form() >= -1e-9 * Math.max(1, ff.fatigue());
        });
    }

    @Test
    void addingDaysOneByOneEqualsTheBatchPass() {
        qt().forAll(loads(), conventions()).check((list, c) -> {
            double[] d = array(list);
            LoadState batch = state(d, c);
            LoadState step = LoadState.start(c);
            for (double x : d) {
                step.addDay(x);
            }
            return batch.fitness() == step.fitness() && batch.fatigue() == step.fatigue()
                    && batch.acwr().equals(step.acwr()) && batch.monotony().equals(step.monotony());
        });
    }

    @Test
    void monotonyIsScaleFree() {
        qt().forAll(lists().of(doubles().between(0, 1000)).ofSize(7), doubles().between(0.1, 10)).check((week, factor) -> {
            double[] w = array(week);
            double[] scaled = Arrays.stream(w).map(x -> x * factor).toArray();
            return near(Monotony.ofWeek(w).monotony(), Monotony.ofWeek(scaled).monotony(), 1e-9);
        });
    }

    private static boolean nonNegative(AcwrRatio v) {
        return !v.isDefined() || v.ratio() >= 0;
    }
}
