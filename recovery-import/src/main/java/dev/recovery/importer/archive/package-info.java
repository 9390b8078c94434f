/**
 * Where the files of an export come from: a folder or a zip archive, and their compression. Internal to the import module: not exported, free to change in any release.
 */
package dev.recovery.importer.archive;
