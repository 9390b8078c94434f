/**
 * Duplicate detection across imports: an activity already in the journal, by its source id or by
 * its start and distance ({@link dev.recovery.importer.dedup.ImportKey}), is not imported twice;
 * {@link dev.recovery.importer.dedup.ImportPlan} says what will be added and
 * {@link dev.recovery.importer.dedup.ImportSummary} what was.
 *
 * @since 0.1.0
 */
package dev.recovery.importer.dedup;
