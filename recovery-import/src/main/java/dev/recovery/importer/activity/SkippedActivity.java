package dev.recovery.importer.activity;

/**
 * An activity the import left out on purpose: a type the log does not hold (e.g. {@code Kayaking}),
 * or a file holding no activity (e.g. {@code FIT monitoring b file}).
 *
 * @param type   the type as the source named it, or the kind of file
 * @param origin where it was found
 * @since 0.1.0
 */
public record SkippedActivity(String type, String origin) {
}
