package dev.recovery.importer.archive;

import dev.recovery.importer.safety.EntryNames;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ReadBudget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An unpacked export: a folder holding {@code activities.csv} and {@code activities/}.
 *
 * @since 0.1.0
 */
public final class FolderExport implements ExportFiles {

    private final Path root;
    private final Path realRoot;
    private final ReadBudget budget;

    /**
     * @throws ImportException if {@code root} is not a readable folder
     */
    public FolderExport(Path root, ReadBudget budget) {
        this.root = root;
        this.budget = budget;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new ImportException(root.toString(), "", "cannot read the folder: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public String describe(String relative) {
        return root.resolve(relative).toString();
    }

    @Override
    public Optional<InputStream> open(String relative) {
        Path file = resolve(relative);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Compression.open(Files.newInputStream(file), describe(relative), budget, null));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ImportException(describe(relative), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long size(String relative) {
        Path file = resolve(relative);
        // Only for progress: a size that cannot be read (0 from File.length) just shows less progress.
        return file == null ? -1 : file.toFile().length();
    }

    /** The file, or null if it does not exist; refuses names and links that lead outside the folder. */
    private Path resolve(String relative) {
        EntryNames.requireSafe(name(), "", relative);
        Path file = root.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            if (!file.toRealPath().startsWith(realRoot)) {
                throw new ImportException(name(), "", "refused '" + relative + "': it links outside the export folder");
            }
        } catch (IOException e) {
            throw new ImportException(describe(relative), "", "cannot be read: " + e.getMessage(), e);
        }
        return file;
    }

    @Override
    public void close() {
        // Nothing held open: each file is opened and closed by its reader.
    }
}
