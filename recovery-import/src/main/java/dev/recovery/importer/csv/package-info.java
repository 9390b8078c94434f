/**
 * Reading a plain CSV of sessions. Internal to the import module: not exported, free to change in any release.
 */
package dev.recovery.importer.csv;
