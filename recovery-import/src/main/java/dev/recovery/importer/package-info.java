/**
 * Importing a runner's history: a Strava bulk export (folder or zip), GPX, TCX and a plain CSV,
 * read safely (no DTDs, bounded zips) and streaming, into sessions for the journal. Start with
 * {@link dev.recovery.importer.Importer}; docs/import.md explains the formats and rules.
 *
 * <p>Depends on recovery-core and the JDK (java.xml StAX, java.util.zip) only; never on the Garmin
 * FIT SDK, whose licence rules it out.
 */
package dev.recovery.importer;
