/**
 * Reading GPX 1.0 and 1.1 tracks, with heart rate from Garmin's TrackPointExtension. Internal to the
 * import module: not exported, free to change in any release.
 */
package dev.recovery.importer.gpx;
