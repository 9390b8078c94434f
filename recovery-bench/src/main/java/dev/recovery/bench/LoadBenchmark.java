package dev.recovery.bench;

import dev.recovery.core.load.Acwr;
import dev.recovery.core.load.Convention;
import dev.recovery.core.load.DailyLoads;
import dev.recovery.core.load.LoadModel;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.load.LoadSettings;
import dev.recovery.core.load.LoadState;
import dev.recovery.core.load.Monotony;
import dev.recovery.core.log.TrainingLog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3's speed targets for the load measures (docs/performance.md, "Load measures"):
 * recomputing every measure over 3,650 days in at most 50 microseconds, adding one day in at most
 * 1 microsecond, and no allocation per day.
 *
 * <p>Run: {@code ./mvnw -q -pl recovery-bench -am package -DskipTests && java -jar recovery-bench/target/benchmarks.jar Load -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LoadBenchmark {

    private TrainingLog log;
    private DailyLoads loads;
    private double[] dayLoads;
    private LoadState incremental;
    private int next;
    private LoadSettings settings;

    /** Builds the ten-year log and its daily loads once per trial. */
    @Setup
    public void setUp() {
        log = TenYearLog.build();
        settings = LoadSettings.defaults().withModel(LoadModel.withHeartRate(TenYearLog.PROFILE));
        loads = DailyLoads.of(log, settings.model(), TenYearLog.LAST_DAY);
        dayLoads = loads.toArray();
        incremental = LoadState.of(loads, Convention.RUNALYZE);
        if (log.size() < 3_900 || loads.days() != TenYearLog.DAYS) {
            throw new IllegalStateException("expected about 4,000 sessions over 3,650 days, got " + log.size() + " over " + loads.days());
        }
    }

    /**
     * Every day-by-day measure over the 3,650 daily loads in one pass: fitness, fatigue, both
     * forms, the three ACWRs, monotony and strain. The 50-microsecond target.
     */
    @Benchmark
    public void recomputeAllMeasures(Blackhole bh) {
        LoadState s = LoadState.of(loads, Convention.RUNALYZE);
        bh.consume(s.form());
        bh.consume(s.formMorning());
        Acwr a = s.acwr();
        bh.consume(a);
        Monotony m = s.monotony();
        bh.consume(m);
    }

    /** Adding one day to a running state. The 1-microsecond target; reported in microseconds like the rest. */
    @Benchmark
    public double addOneDay() {
        incremental.addDay(dayLoads[next]);
        next = next + 1 == dayLoads.length ? 0 : next + 1;
        return incremental.checksum();
    }

    /** Building the daily loads from the 4,000 sessions (session load, daily aggregation). */
    @Benchmark
    public DailyLoads dailyLoadsFromSessions() {
        return DailyLoads.of(log, settings.model(), TenYearLog.LAST_DAY);
    }

    /** The whole facade: daily loads, every measure, weekly volumes, spikes, shoes and flags. */
    @Benchmark
    public LoadReport fullReport() {
        return LoadReport.of(log, TenYearLog.LAST_DAY, Convention.RUNALYZE, settings);
    }
}
