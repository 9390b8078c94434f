package dev.recovery.bench;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutJson;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutLibrary;
import dev.recovery.plans.workout.WorkoutRequest;
import dev.recovery.plans.workout.WorkoutText;
import java.util.ArrayList;
import java.util.List;
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
 * The cost structured workouts add to an 18-week plan (issue 13's budget is 200 microseconds per plan):
 * the 108 sessions of 18 weeks of six runs built from the workout library, and the same rendered as
 * text and as the JSON shape.
 *
 * <p>Run: {@code ./mvnw -q -pl recovery-bench -am package -DskipTests && java -jar recovery-bench/target/benchmarks.jar Workout -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class WorkoutBenchmark {

    private static final int WEEKS = 18;
    private static final int RUNS = 6;
    private static final TrainingPhase[] PHASES = {TrainingPhase.BASE, TrainingPhase.BASE, TrainingPhase.BASE,
        TrainingPhase.DELOAD, TrainingPhase.BASE, TrainingPhase.BUILD, TrainingPhase.BUILD, TrainingPhase.DELOAD,
        TrainingPhase.BUILD, TrainingPhase.BUILD, TrainingPhase.BUILD, TrainingPhase.DELOAD, TrainingPhase.PEAK,
        TrainingPhase.PEAK, TrainingPhase.PEAK, TrainingPhase.TAPER, TrainingPhase.TAPER, TrainingPhase.RACE_WEEK};

    private final List<WorkoutKind> kinds = new ArrayList<>();
    private final List<WorkoutRequest> requests = new ArrayList<>();

    /** The sessions of an 18-week, 56-88 km plan for a 3:45 goal: a long run, two quality sessions and three easy runs a week. */
    @Setup
    public void setUp() {
        TrainingPaces paces = TrainingPaces.of(Vdot.fromGoal(Durations.parse("3:45:00")));
        int weekInPhase = 0;
        for (int w = 0; w < WEEKS; w++) {
            weekInPhase = w > 0 && PHASES[w] == PHASES[w - 1] ? weekInPhase + 1 : 0;
            int week = 56_000 + 2_000 * Math.min(w, 16);
            List<WorkoutKind> quality = WorkoutLibrary.qualitySessions(PHASES[w], weekInPhase);
            add(WorkoutLibrary.longRun(PHASES[w], WEEKS - 3 - w), new WorkoutRequest(paces, week, PHASES[w], weekInPhase, week * 30 / 100));
            add(quality.get(0), new WorkoutRequest(paces, week, PHASES[w], weekInPhase, week * 16 / 100));
            add(quality.get(1), new WorkoutRequest(paces, week, PHASES[w], weekInPhase, week * 14 / 100));
            for (int k = 3; k < RUNS; k++) {
                add(k == 3 ? WorkoutKind.RECOVERY : WorkoutKind.EASY, new WorkoutRequest(paces, week, PHASES[w], weekInPhase, week * 13 / 100));
            }
        }
    }

    private void add(WorkoutKind kind, WorkoutRequest request) {
        kinds.add(kind);
        requests.add(request);
    }

    /** Builds the plan's 108 workouts. */
    @Benchmark
    public void buildEighteenWeeksOfWorkouts(Blackhole sink) {
        for (int i = 0; i < kinds.size(); i++) {
            sink.consume(WorkoutLibrary.build(kinds.get(i), requests.get(i)));
        }
    }

    /** Builds them and renders each as text in miles and as the JSON shape, as an export does. */
    @Benchmark
    public void buildAndRenderEighteenWeeksOfWorkouts(Blackhole sink) {
        for (int i = 0; i < kinds.size(); i++) {
            Workout workout = WorkoutLibrary.build(kinds.get(i), requests.get(i));
            sink.consume(WorkoutText.describe(workout, DistanceUnit.MI));
            sink.consume(WorkoutJson.steps(workout));
        }
    }
}
