/**
 * What an import produces: {@link dev.recovery.importer.activity.ImportedActivity} for every activity
 * read, {@link dev.recovery.importer.activity.SkippedActivity} and
 * {@link dev.recovery.importer.activity.ImportProblem} for what was not, reported through an
 * {@link dev.recovery.importer.activity.ImportListener} as the import streams.
 *
 * @since 0.1.0
 */
package dev.recovery.importer.activity;
