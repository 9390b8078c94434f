/**
 * Reading Garmin TCX files: laps and trackpoints. Internal to the import module: not exported, free to change in any release.
 */
package dev.recovery.importer.tcx;
