/** Garmin Connect's account data export: its uploaded FIT originals ({@link dev.recovery.importer.garmin.GarminExport}). */
package dev.recovery.importer.garmin;
