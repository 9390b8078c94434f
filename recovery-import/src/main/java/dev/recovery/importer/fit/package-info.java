/**
 * FIT, the binary format of Garmin, COROS, Wahoo, Suunto and Polar watches, read and written by the
 * product's own code from the protocol's public description (never the Garmin FIT SDK, whose
 * licence is excluded): {@link dev.recovery.importer.fit.FitDecoder} decodes the messages,
 * {@link dev.recovery.importer.fit.FitReader} the sessions of activity files and the workouts of
 * workout files, {@link dev.recovery.importer.fit.FitImport} turns them into imported activities,
 * and {@link dev.recovery.importer.fit.FitWorkoutEncoder} writes a
 * {@link dev.recovery.importer.fit.FitWorkout} as a workout file a watch loads.
 */
package dev.recovery.importer.fit;
