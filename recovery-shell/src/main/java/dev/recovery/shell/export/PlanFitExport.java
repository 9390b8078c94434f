package dev.recovery.shell.export;

import dev.recovery.core.unit.Checks;
import dev.recovery.importer.fit.FitWorkout;
import dev.recovery.importer.fit.FitWorkoutEncoder;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan's runs as FIT workout files for a watch: one file per planned run, in date order, each
 * holding the run's steps and repeats ({@link WatchSteps}) under a short name ({@link WatchNames}),
 * named by date and role, e.g. {@code 2027-03-14-long-run.fit}.
 *
 * <p>Writing is all or nothing per file: every file is encoded before the first is written, then
 * each goes to a temporary file in the folder, is forced to disk and moved into place, so a watch
 * or a sync tool never sees a half-written workout; the folder itself is forced to disk once all
 * are in place, before the export reports success. Files already in the folder under other names
 * are left alone; one under the same name (an earlier export) is replaced.
 */
public final class PlanFitExport {

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private PlanFitExport() {
    }

    /**
     * The export's files, without writing anything.
     *
     * @param plan the plan
     * @return one file per planned run, in date order (a day's runs in their order)
     * @throws IllegalArgumentException if {@code plan} is missing
     */
    public static List<FitExportFile> files(Plan plan) {
        Checks.required("plan", plan, "a plan");
        List<FitExportFile> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Day day : plan.days()) {
            for (PlannedRun run : day.runs()) {
                String fileName = WatchNames.fileName(day.date(), run.kind(), taken);
                taken.add(fileName);
                FitWorkout workout = new FitWorkout(WatchNames.watchName(run.workout(), plan.units()), day.date(),
                        WatchSteps.of(run.workout()));
                files.add(new FitExportFile(fileName, workout));
            }
        }
        return files;
    }

    /**
     * Checks that {@code directory} can take the export: a folder, or nothing yet (it is created).
     *
     * @param directory the folder
     * @throws IllegalArgumentException naming {@code output} if it is missing, an existing file, or
     *                                  inside one (so it could not be created)
     */
    public static void checkDirectory(Path directory) {
        Checks.required("output", directory, "a folder for the workout files");
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw Checks.invalid("output", directory.toString(),
                    "a folder for the workout files (created if missing), not an existing file");
        }
        Path existing = directory.toAbsolutePath().normalize().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw Checks.invalid("output", directory.toString(), "a folder that can be created, but " + existing + " is a file");
        }
    }

    /**
     * Writes the plan's workout files into {@code directory}, creating it if missing.
     *
     * @param plan      the plan
     * @param directory the folder
     * @return the folder (absolute) and the files written
     * @throws IllegalArgumentException naming {@code output} if the folder is, or is inside, an existing file (nothing is written)
     * @throws IOException              if the folder cannot be created or a file cannot be written; the
     *                                  files written before it are complete, none is half-written
     */
    public static FitExportResult write(Plan plan, Path directory) throws IOException {
        checkDirectory(directory);
        List<FitExportFile> files = files(plan);
        List<byte[]> encoded = new ArrayList<>(files.size());
        for (FitExportFile file : files) {
            encoded.add(FitWorkoutEncoder.encode(file.workout()));
        }
        Path folder = directory.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        for (int i = 0; i < files.size(); i++) {
            writeAtomically(folder.resolve(files.get(i).fileName()), encoded.get(i));
        }
        syncDirectory(folder);
        return new FitExportResult(folder, files);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        // A dot-name keeps the half-written file out of a watch's or a sync tool's sight.
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the renames survive a crash; a platform that cannot open a folder (Windows) relies on its own ordering. */
    private static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported here; each file itself was forced to disk before its rename.
        }
    }
}
