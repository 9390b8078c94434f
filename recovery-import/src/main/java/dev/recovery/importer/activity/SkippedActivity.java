package dev.recovery.importer.activity;

/**
 * An activity the import left out on purpose: a type the log does not hold (e.g. {@code Kayaking})
 * or a FIT file, which this product does not read.
 *
 * @param type   the type as the source named it, or {@code FIT file}
 * @param origin where it was found
 * @since 0.1.0
 */
public record SkippedActivity(String type, String origin) {

    /** The type under which FIT files are counted. */
    public static final String FIT_FILE = "FIT file";
}
