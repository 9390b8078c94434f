package dev.recovery.bench;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Week;
import org.openjdk.jmh.infra.Blackhole;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
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

/**
 * Issue 5's speed target (docs/performance.md, "Plans"): an 18-week plan generated in at most 200
 * microseconds, validation and feasibility checks included.
 *
 * <p>Run: {@code ./mvnw -q -pl recovery-bench -am package -DskipTests && java -jar recovery-bench/target/benchmarks.jar Plan -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PlanBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private PlanRequest intermediate;

    /** An 18-week intermediate request: 5 runs a week, 35 to 55 mi. */
    @Setup
    public void setUp() {
        intermediate = PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(5).units(DistanceUnit.MI).build();
        if (PlanBuilder.build(intermediate, TODAY).weeks().size() != 18) {
            throw new IllegalStateException("expected an 18-week plan");
        }
    }

    /**
     * Builds the whole 18-week plan from its request. Day prescriptions are not part of it: a plan
     * derives them from its sessions when they are asked for.
     */
    @Benchmark
    public Plan eighteenWeekPlan() {
        return PlanBuilder.build(intermediate, TODAY);
    }

    /**
     * Builds the plan and derives every day's recovery prescription (recovery-core's prescriber on
     * each of the 126 days), as an export or the JSON summary does.
     */
    @Benchmark
    public void eighteenWeekPlanWithPrescriptions(Blackhole bh) {
        Plan plan = PlanBuilder.build(intermediate, TODAY);
        for (Week week : plan.weeks()) {
            for (Day day : week.days()) {
                Prescription p = week.recovery(day);
                bh.consume(p);
            }
        }
    }
}
