/**
 * Reading untrusted files safely: the limits an import keeps to ({@link dev.recovery.importer.safety.ImportLimits})
 * and the {@link dev.recovery.importer.safety.ImportException} that reports a file it refused. XML is read
 * with DTDs and external entities off, and zip archives are bounded in size, entries and ratio.
 *
 * @since 0.1.0
 */
package dev.recovery.importer.safety;
