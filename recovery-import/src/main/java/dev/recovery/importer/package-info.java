/**
 * Importing a runner's history: a Strava bulk export (folder or zip), a Garmin Connect account
 * export, GPX, TCX, FIT (the product's own decoder, {@link dev.recovery.importer.fit}) and a plain CSV,
 * read safely (no DTDs, bounded zips) and streaming, into sessions for the journal. Start with
 * {@link dev.recovery.importer.Importer}; docs/import.md explains the formats and rules.
 *
 * <p>Depends on recovery-core and the JDK (java.xml StAX, java.util.zip) only; never on the Garmin
 * FIT SDK, whose licence rules it out: FIT is decoded from the protocol's public description.
 */
package dev.recovery.importer;
