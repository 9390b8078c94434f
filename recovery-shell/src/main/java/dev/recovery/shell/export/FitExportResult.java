package dev.recovery.shell.export;

import dev.recovery.core.unit.Checks;
import java.nio.file.Path;
import java.util.List;

/**
 * What a FIT export wrote: the folder and each workout file in it, in date order.
 *
 * @param directory the folder the files are in (absolute)
 * @param files     the files written, one per planned run, in date order
 */
public record FitExportResult(Path directory, List<FitExportFile> files) {

    /** @throws IllegalArgumentException if a part is missing */
    public FitExportResult {
        Checks.required("directory", directory, "a folder");
        files = List.copyOf(Checks.required("files", files, "the files written"));
    }

    /** {@return how many files were written} */
    public int count() {
        return files.size();
    }
}
