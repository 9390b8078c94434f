package dev.recovery.shell.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recovery.importer.fit.FitIntensity;
import dev.recovery.importer.fit.FitRepeat;
import dev.recovery.importer.fit.FitStepDuration;
import dev.recovery.importer.fit.FitWorkout;
import dev.recovery.importer.fit.FitWorkoutEncoder;
import dev.recovery.importer.fit.FitWorkoutItem;
import dev.recovery.importer.fit.FitWorkoutStep;
import dev.recovery.plans.workout.Repeat;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.Zone;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader, the npm package fit-file-parser (MIT), reads the exported workout files as
 * written: the workout's name, sport and step count, and each step's intensity, duration, target
 * and repeat. The live check runs when the package is installed (FIT_FILE_PARSER_DIR names the
 * folder holding its {@code node_modules}, as .ci/run sets it) and is skipped otherwise; what the
 * reader found on one fixed workout is kept beside it in the test resources and checked always.
 */
class FitFileParserCrossCheckTest {

    private static final String RECORDED = "plan-hills-and-strides.fit";

    @TempDir
    Path dir;

    /** Hill repeats, an interval block and strides: every kind of step and target the export writes. */
    static FitWorkout recordedWorkout() {
        Workout workout = Workout.of(WorkoutKind.HILLS, Step.ofMetres(StepType.WARMUP, Zone.E, 3000, WatchNamesTest.EASY),
                Repeat.of(8, Step.ofSeconds(StepType.WORK, Zone.R, 75, WatchNamesTest.REPETITION),
                        Step.ofSeconds(StepType.RECOVERY, Zone.E, 190, WatchNamesTest.EASY)),
                Step.ofSeconds(StepType.COOLDOWN, Zone.E, 600, WatchNamesTest.EASY));
        List<FitWorkoutItem> items = new ArrayList<>(WatchSteps.of(workout));
        items.addAll(WatchSteps.of(WatchNamesTest.intervals()).subList(1, 2));
        items.add(new FitRepeat(6, List.of(WatchSteps.step(Step.ofMetres(StepType.STRIDES, Zone.R, 100, WatchNamesTest.REPETITION), false),
                WatchSteps.step(Step.ofSeconds(StepType.RECOVERY, Zone.E, 60, WatchNamesTest.EASY), false))));
        return new FitWorkout(WatchNames.watchName(workout, dev.recovery.core.unit.DistanceUnit.KM), LocalDate.of(2027, 1, 5), items);
    }

    @Test
    void theRecordedFileIsWhatTheExportWritesToday() throws Exception {
        assertArrayEquals(Files.readAllBytes(resource(RECORDED)), FitWorkoutEncoder.encode(recordedWorkout()));
    }

    @Test
    void theIndependentReadersRecordedViewIsTheWorkoutWritten() throws Exception {
        List<String> recorded = Files.readAllLines(resource("plan-hills-and-strides.tsv"), StandardCharsets.UTF_8);
        assertEquals(lines(RECORDED, recordedWorkout()), recorded);
    }

    @Test
    void theIndependentReaderReadsAnExportedPlanAsWritten() throws Exception {
        String parser = System.getenv("FIT_FILE_PARSER_DIR");
        assumeTrue(parser != null && Files.isDirectory(Path.of(parser, "node_modules", "fit-file-parser")),
                "skipped: set FIT_FILE_PARSER_DIR to a folder where `npm install fit-file-parser` was run (.ci/run does)");
        assumeTrue(nodeWorks(), "skipped: node is not installed");
        FitExportResult result = PlanFitExport.write(FitExportPlans.miles(), dir);
        // One file of each role keeps the check to one node run of a second or two.
        Map<String, FitExportFile> byRole = new LinkedHashMap<>();
        for (FitExportFile file : result.files()) {
            byRole.putIfAbsent(file.fileName().substring("2027-01-01-".length()), file);
        }
        List<String> command = new ArrayList<>(List.of("node", resource("workout-steps.mjs").toString(), parser));
        List<String> expected = new ArrayList<>();
        for (FitExportFile file : byRole.values()) {
            command.add(dir.resolve(file.fileName()).toString());
            expected.addAll(lines(file.fileName(), file.workout()));
        }
        assertEquals(expected, run(command));
    }

    /** The lines workout-steps.mjs prints for {@code workout}, from the model alone (not from our decoder). */
    static List<String> lines(String file, FitWorkout workout) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", "WORKOUT", file, workout.name(), "running", String.valueOf(workout.stepCount())));
        int index = 0;
        for (FitWorkoutItem item : workout.items()) {
            if (item instanceof FitRepeat repeat) {
                int first = index;
                for (FitWorkoutStep step : repeat.steps()) {
                    lines.add(step(file, index++, step));
                }
                lines.add(String.join("\t", "STEP", file, String.valueOf(index++), "repeat_until_steps_cmplt", String.valueOf(first), "",
                        String.valueOf(repeat.times()), "", "", "", ""));
            } else {
                lines.add(step(file, index++, (FitWorkoutStep) item));
            }
        }
        return lines;
    }

    private static String step(String file, int index, FitWorkoutStep step) {
        FitStepDuration d = step.duration();
        String type = d.type().name().toLowerCase(Locale.ROOT);
        String value = d.type() == FitStepDuration.Type.OPEN ? "" : String.valueOf(d.value());
        String target = step.target().isPresent() ? "speed" : "open";
        String targetValue = step.target().isPresent() ? "0" : "";
        String low = step.target().map(t -> String.valueOf(t.lowMillimetresPerSecond())).orElse("");
        String high = step.target().map(t -> String.valueOf(t.highMillimetresPerSecond())).orElse("");
        return String.join("\t", "STEP", file, String.valueOf(index), type, value, target, targetValue, low, high,
                intensity(step.intensity()), step.name().orElse(""));
    }

    private static String intensity(FitIntensity intensity) {
        return switch (intensity) {
            case WARM_UP -> "warmup";
            case COOL_DOWN -> "cooldown";
            default -> intensity.name().toLowerCase(Locale.ROOT);
        };
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FitFileParserCrossCheckTest.class.getResource("/fit/" + name).toURI());
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
