/**
 * Summing a recorded track: distance by the haversine formula, time, heart rate. Internal to the import module: not exported, free to change in any release.
 */
package dev.recovery.importer.track;
