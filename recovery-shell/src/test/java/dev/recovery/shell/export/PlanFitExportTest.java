package dev.recovery.shell.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.importer.fit.FitContents;
import dev.recovery.importer.fit.FitFileType;
import dev.recovery.importer.fit.FitIntensity;
import dev.recovery.importer.fit.FitReader;
import dev.recovery.importer.fit.FitRepeat;
import dev.recovery.importer.fit.FitStepDuration;
import dev.recovery.importer.fit.FitWorkout;
import dev.recovery.importer.fit.FitWorkoutItem;
import dev.recovery.importer.fit.FitWorkoutStep;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.workout.Planned;
import dev.recovery.plans.workout.Repeat;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutPart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFitExportTest {

    private static final Plan PLAN = FitExportPlans.miles();
    private static final Map<StepType, FitIntensity> INTENSITIES = Map.of(StepType.WARMUP, FitIntensity.WARM_UP,
            StepType.WORK, FitIntensity.ACTIVE, StepType.STRIDES, FitIntensity.ACTIVE, StepType.RECOVERY, FitIntensity.RECOVERY,
            StepType.COOLDOWN, FitIntensity.COOL_DOWN);

    @TempDir
    Path dir;

    @Test
    void everyFileReadsBackWithExactlyTheStepsWritten() throws IOException {
        FitExportResult result = PlanFitExport.write(PLAN, dir);
        for (FitExportFile file : result.files()) {
            assertEquals(file.workout(), readBack(dir.resolve(file.fileName())), file.fileName());
        }
    }

    @Test
    void everyFileHoldsItsPlannedRunStepByStep() throws IOException {
        FitExportResult result = PlanFitExport.write(PLAN, dir);
        List<PlannedRun> runs = runs(PLAN);
        assertEquals(runs.size(), result.count());
        for (int i = 0; i < runs.size(); i++) {
            FitWorkout read = readBack(dir.resolve(result.files().get(i).fileName()));
            assertIsThePlannedWorkout(runs.get(i).workout(), read);
        }
    }

    @Test
    void eachFileIsAWorkoutFileDatedOnItsRunsDay() throws IOException {
        FitExportResult result = PlanFitExport.write(PLAN, dir);
        int i = 0;
        for (Day day : PLAN.days()) {
            for (PlannedRun ignored : day.runs()) {
                FitExportFile file = result.files().get(i++);
                FitContents contents = read(dir.resolve(file.fileName()));
                assertEquals(List.of(FitFileType.WORKOUT), contents.fileTypes());
                assertEquals(day.date(), contents.workout().orElseThrow().date());
                assertTrue(file.fileName().startsWith(day.date() + "-"), file.fileName());
            }
        }
    }

    @Test
    void theRepeatsOfAnIntervalSessionReadBackAsRepeatBlocks() throws IOException {
        FitExportResult result = PlanFitExport.write(PLAN, dir);
        FitExportFile intervals = result.files().stream().filter(f -> f.fileName().matches("\\d{4}-\\d{2}-\\d{2}-intervals\\.fit")).findFirst()
                .orElseThrow();
        FitWorkout read = readBack(dir.resolve(intervals.fileName()));
        FitRepeat block = read.items().stream().filter(FitRepeat.class::isInstance).map(FitRepeat.class::cast).findFirst()
                .orElseThrow();
        assertTrue(block.times() >= 4, read.toString());
        assertEquals(FitIntensity.ACTIVE, block.steps().get(0).intensity());
        assertEquals(FitIntensity.RECOVERY, block.steps().get(1).intensity());
        assertEquals(FitIntensity.WARM_UP, ((FitWorkoutStep) read.items().get(0)).intensity());
        assertEquals(FitIntensity.COOL_DOWN, ((FitWorkoutStep) read.items().get(read.items().size() - 1)).intensity());
    }

    @Test
    void filesAreNamedByDateAndRoleAndNoneIsLeftHalfWritten() throws IOException {
        FitExportResult result = PlanFitExport.write(PLAN, dir);
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(result.files().stream().map(FitExportFile::fileName).sorted().toList(), names);
        assertTrue(names.contains(PLAN.raceDate() + "-race.fit"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.matches("\\d{4}-\\d{2}-\\d{2}-long-run\\.fit")), names.toString());
        assertTrue(names.stream().allMatch(n -> n.matches("\\d{4}-\\d{2}-\\d{2}-[a-z-]+[a-z](-\\d+)?\\.fit")), names.toString());
    }

    @Test
    void theFolderIsCreatedWhenMissing() throws IOException {
        Path folder = dir.resolve("watch").resolve("workouts");
        FitExportResult result = PlanFitExport.write(PLAN, folder);
        assertEquals(folder.toAbsolutePath(), result.directory());
        assertTrue(Files.isRegularFile(folder.resolve(result.files().get(0).fileName())));
    }

    @Test
    void anOutputThatIsAFileIsRefusedAndLeftAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.txt"), "mine", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanFitExport.write(PLAN, file));
        assertEquals("output: '" + file + "' is not allowed; expected a folder for the workout files (created if missing), "
                + "not an existing file", e.getMessage());
        assertEquals("mine", Files.readString(file, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anOutputInsideAFileIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.txt"), "mine", StandardCharsets.UTF_8);
        Path inside = file.resolve("watch");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanFitExport.write(PLAN, inside));
        assertEquals("output: '" + inside + "' is not allowed; expected a folder that can be created, but " + file
                + " is a file", e.getMessage());
        assertEquals("mine", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void exportingAgainReplacesTheFilesWithEqualOnes() throws IOException {
        FitExportResult first = PlanFitExport.write(PLAN, dir);
        Path some = dir.resolve(first.files().get(3).fileName());
        byte[] before = Files.readAllBytes(some);
        PlanFitExport.write(PLAN, dir);
        assertArrayEquals(before, Files.readAllBytes(some));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(first.count(), files.count());
        }
    }

    @Test
    void watchNamesAreShortAndFileNamesUniqueOverGeneratedPlans() {
        AtomicInteger planned = new AtomicInteger();
        qt().withExamples(12).forAll(booleans().all(), integers().between(25, 60), integers().between(4, 6),
                integers().between(165, 330)).checkAssert((miles, current, runs, goalMinutes) -> {
                    DistanceUnit units = miles ? DistanceUnit.MI : DistanceUnit.KM;
                    Plan plan;
                    try {
                        plan = FitExportPlans.plan(units, current, current * 1.6, runs, Duration.ofMinutes(goalMinutes), 16);
                    } catch (IllegalArgumentException e) {
                        // A request the plans library refuses (too many runs for the volume, a peak out of reach): no plan to export.
                        return;
                    }
                    planned.incrementAndGet();
                    List<FitExportFile> files = PlanFitExport.files(plan);
                    assertEquals(runs(plan).size(), files.size());
                    Set<String> names = new HashSet<>();
                    for (FitExportFile file : files) {
                        assertTrue(names.add(file.fileName()), file.fileName());
                        String name = file.workout().name();
                        assertTrue(!name.isBlank() && name.length() <= WatchNames.MAX_CHARACTERS, name);
                        assertTrue(name.chars().allMatch(c -> c >= ' ' && c < 0x7f), name);
                    }
                });
        assertTrue(planned.get() >= 4, planned.get() + " of 12 generated requests gave a plan");
    }

    @Test
    void generatedPlansReadBackStepForStep() {
        AtomicInteger planned = new AtomicInteger();
        qt().withExamples(8).forAll(booleans().all(), integers().between(25, 60), integers().between(4, 6),
                integers().between(165, 330)).checkAssert((miles, current, runs, goalMinutes) -> {
                    Plan plan;
                    try {
                        plan = FitExportPlans.plan(miles ? DistanceUnit.MI : DistanceUnit.KM, current, current * 1.6, runs,
                                Duration.ofMinutes(goalMinutes), 16);
                    } catch (IllegalArgumentException e) {
                        // A request the plans library refuses (too many runs for the volume, a peak out of reach): no plan to export.
                        return;
                    }
                    planned.incrementAndGet();
                    List<PlannedRun> plannedRuns = runs(plan);
                    List<FitExportFile> files = PlanFitExport.files(plan);
                    assertEquals(plannedRuns.size(), files.size());
                    for (int i = 0; i < files.size(); i++) {
                        FitWorkout read = FitReader.read(new ByteArrayInputStream(
                                dev.recovery.importer.fit.FitWorkoutEncoder.encode(files.get(i).workout())), "generated.fit")
                                .workout().orElseThrow();
                        assertEquals(files.get(i).workout(), read);
                        assertIsThePlannedWorkout(plannedRuns.get(i).workout(), read);
                    }
                });
        assertTrue(planned.get() >= 2, planned.get() + " of 8 generated requests gave a plan");
    }

    /** What the plan says, checked item by item against what the watch reads. */
    static void assertIsThePlannedWorkout(Workout planned, FitWorkout read) {
        boolean hills = planned.kind() == WorkoutKind.HILLS;
        assertEquals(planned.parts().size(), read.items().size(), read.toString());
        for (int i = 0; i < planned.parts().size(); i++) {
            WorkoutPart part = planned.parts().get(i);
            FitWorkoutItem item = read.items().get(i);
            if (part instanceof Repeat repeat) {
                FitRepeat block = assertInstanceOf(FitRepeat.class, item);
                assertEquals(repeat.count(), block.times());
                assertEquals(repeat.steps().size(), block.steps().size());
                for (int j = 0; j < repeat.steps().size(); j++) {
                    assertIsThePlannedStep(repeat.steps().get(j), block.steps().get(j), hills);
                }
            } else {
                assertIsThePlannedStep((Step) part, assertInstanceOf(FitWorkoutStep.class, item), hills);
            }
        }
    }

    private static void assertIsThePlannedStep(Step planned, FitWorkoutStep read, boolean hills) {
        assertEquals(INTENSITIES.get(planned.type()), read.intensity());
        if (planned.planned() == Planned.DISTANCE) {
            assertEquals(new FitStepDuration(FitStepDuration.Type.DISTANCE, planned.metres() * 100L), read.duration());
        } else {
            assertEquals(new FitStepDuration(FitStepDuration.Type.TIME, planned.seconds() * 1000L), read.duration());
        }
        if (hills) {
            assertFalse(read.target().isPresent(), read.toString());
            return;
        }
        double band = planned.pace().isSingle() ? 5 : 0;
        long low = Math.round(1_000_000 / (planned.pace().slow().secondsPerKm() + band));
        long high = Math.round(1_000_000 / (planned.pace().fast().secondsPerKm() - band));
        assertEquals(low, read.target().orElseThrow().lowMillimetresPerSecond());
        assertEquals(high, read.target().orElseThrow().highMillimetresPerSecond());
    }

    static List<PlannedRun> runs(Plan plan) {
        List<PlannedRun> runs = new ArrayList<>();
        for (Day day : plan.days()) {
            runs.addAll(day.runs());
        }
        return runs;
    }

    static FitWorkout readBack(Path file) throws IOException {
        return read(file).workout().orElseThrow();
    }

    private static FitContents read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return FitReader.read(in, file.getFileName().toString());
        }
    }
}
