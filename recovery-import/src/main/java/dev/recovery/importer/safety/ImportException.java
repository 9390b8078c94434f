package dev.recovery.importer.safety;

/**
 * The import cannot go on: a file is malformed, truncated, unsafe (a DTD, a zip bomb, a path that
 * leaves the export) or missing. The message always names the file and, where known, the line or
 * the XML element, e.g. {@code activities/123.gpx line 40: the file ends inside <trkpt> (truncated?)}.
 *
 * <p>Imports are all-or-nothing: when this is thrown, nothing from the import may be added to the
 * runner's journal.
 *
 * @since 0.1.0
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file     the file as the runner knows it (e.g. {@code activities.csv} or {@code export.zip!activities/1.gpx})
     * @param location where in the file ({@code line 12}, {@code line 3, element <trkpt>}), or empty
     * @param problem  what is wrong, in plain words
     */
    public ImportException(String file, String location, String problem) {
        this(file, location, problem, null);
    }

    /** Like {@link #ImportException(String, String, String)}, keeping the low-level cause for developers. */
    public ImportException(String file, String location, String problem, Throwable cause) {
        super(file + (location == null || location.isEmpty() ? "" : " " + location) + ": " + problem, cause);
        this.file = file;
    }

    /** The file the problem is in. */
    public String file() {
        return file;
    }
}
