package dev.recovery.importer.activity;

/**
 * An activity the import left out on purpose: a type the log does not hold (e.g. {@code Kayaking}),
 * or a file holding no activity (e.g. {@code FIT monitoring b file}).
 *
 * @param type   the type as the source named it, or the kind of file
 * @param origin where it was found
 */
public record SkippedActivity(String type, String origin) {

    /** The type under which FIT files were counted when they were not read (kept for older summaries). */
    public static final String FIT_FILE = "FIT file";
}
