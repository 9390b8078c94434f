/**
 * Reading a Strava bulk export's activities.csv: repeated and translated headers, read by position.
 * Internal to the import module: not exported, free to change in any release.
 */
package dev.recovery.importer.strava;
