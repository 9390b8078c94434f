package dev.recovery.shell.export;

import dev.recovery.core.unit.Checks;
import dev.recovery.importer.fit.FitWorkout;

/**
 * One workout file of a plan's FIT export: the name it is written under and the workout in it.
 *
 * @param fileName the file's name in the export folder, e.g. {@code 2027-03-14-long-run.fit}
 * @param workout  the workout it holds (its date is the run's day)
 */
public record FitExportFile(String fileName, FitWorkout workout) {

    /** @throws IllegalArgumentException if a part is missing or the name is not a plain {@code .fit} file name */
    public FitExportFile {
        Checks.required("file", fileName, "a file name");
        if (!fileName.endsWith(WatchNames.EXTENSION) || fileName.contains("/") || fileName.contains("\\")
                || fileName.startsWith(".")) {
            throw Checks.invalid("file", fileName, "a plain file name ending in " + WatchNames.EXTENSION);
        }
        Checks.required("workout", workout, "a workout");
    }
}
