package dev.recovery.shell.command;

import dev.recovery.plans.plan.Plan;
import dev.recovery.shell.export.FitExportFile;
import dev.recovery.shell.export.FitExportResult;
import dev.recovery.shell.export.PlanFitExport;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code plan export --format fit}: the plan's runs as FIT workout files in a folder, and the
 * report of what was written (how many files, where).
 */
final class WatchExport {

    private WatchExport() {
    }

    /**
     * Writes the workout files and reports them.
     *
     * @param plan      the plan being followed
     * @param directory the folder, created if missing
     * @param report    text for people, JSON for programs
     * @return the report
     * @throws dev.recovery.shell.cli.UsageException naming {@code --output} if the folder is an existing file (nothing is written)
     * @throws UncheckedIOException if a file cannot be written
     */
    static String write(Plan plan, Path directory, OutputFormat report) {
        OptionValues.build(() -> {
            PlanFitExport.checkDirectory(directory);
            return directory;
        });
        FitExportResult result;
        try {
            result = PlanFitExport.write(plan, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workout files to " + directory + ": " + e.getMessage(), e);
        }
        return report == OutputFormat.JSON ? Json.write(json(result)) : text(result);
    }

    private static String text(FitExportResult result) {
        List<FitExportFile> files = result.files();
        if (files.isEmpty()) {
            return "The plan has no runs: no workout file written to " + result.directory();
        }
        return "Wrote " + result.count() + " FIT workout " + (result.count() == 1 ? "file" : "files")
                + " (one per planned run) to " + result.directory() + "\n"
                + "  " + files.get(0).fileName() + (files.size() > 1 ? " ... " + files.get(files.size() - 1).fileName() : "") + "\n"
                + "On a Garmin watch: copy them into GARMIN/NEWFILES over USB. COROS: import them in the COROS app.";
    }

    private static Map<String, Object> json(FitExportResult result) {
        List<Map<String, Object>> files = new ArrayList<>(result.count());
        for (FitExportFile file : result.files()) {
            files.add(Json.object("file", file.fileName(), "date", file.workout().date().toString(),
                    "workout", file.workout().name(), "steps", file.workout().stepCount()));
        }
        return Json.object("format", "fit", "directory", result.directory().toString(), "fileCount", result.count(),
                "files", files);
    }
}
