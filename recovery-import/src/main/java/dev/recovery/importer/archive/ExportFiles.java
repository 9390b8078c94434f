package dev.recovery.importer.archive;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Optional;

/**
 * The files of a Strava bulk export, whether the runner kept the zip or unpacked it into a folder.
 * Names are relative to the export's root ({@code activities.csv}, {@code activities/123.gpx.gz});
 * every name is checked before use (no absolute paths, no {@code ../}), and every stream is bounded
 * by the import's {@link dev.recovery.importer.safety.ImportLimits} and transparently un-gzipped when
 * the name ends in {@code .gz}.
 *
 * @since 0.1.0
 */
public interface ExportFiles extends Closeable {

    /** The export as the runner named it, e.g. {@code export_123.zip}. */
    String name();

    /** How the runner reads {@code relative} in messages, e.g. {@code export_123.zip!activities/1.gpx}. */
    String describe(String relative);

    /**
     * Opens {@code relative}, or returns empty if the export has no such file. Safe to call from
     * several threads at once.
     *
     * @throws dev.recovery.importer.safety.ImportException if the name is unsafe or the file cannot be read
     */
    Optional<InputStream> open(String relative);

    /** The size of {@code relative} in bytes as stored, or -1 if unknown; for progress reporting. */
    long size(String relative);

    @Override
    void close();
}
