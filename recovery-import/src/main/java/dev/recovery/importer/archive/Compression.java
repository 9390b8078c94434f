package dev.recovery.importer.archive;

import dev.recovery.importer.safety.BoundedInputStream;
import dev.recovery.importer.safety.CountingInputStream;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ReadBudget;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Wraps a file's bytes so that reading them is bounded and, for {@code .gz} names, un-gzipped.
 *
 * @since 0.1.0
 */
public final class Compression {

    private static final int BUFFER = 64 * 1024;

    private Compression() {
    }

    /** True if {@code name} ends in {@code .gz} (any case). */
    public static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** {@code name} without a trailing {@code .gz}, lower-cased, to tell .gpx from .tcx from .fit. */
    public static String innerName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return isGzip(lower) ? lower.substring(0, lower.length() - 3) : lower;
    }

    /**
     * Bounds {@code raw} (already un-zipped, if it came from a zip) and un-gzips it if {@code name}
     * ends in {@code .gz}. The result is buffered.
     *
     * @param raw       the file's stored bytes
     * @param name      its name, for messages and to recognise .gz
     * @param budget    the import's budget
     * @param packed    compressed bytes consumed so far for the ratio check of {@code raw} itself
     *                  (a zip entry), or {@code null} for a plain file on disk
     */
    public static InputStream open(InputStream raw, String name, ReadBudget budget, java.util.function.LongSupplier packed) {
        try {
            if (isGzip(name)) {
                InputStream outer = packed == null ? raw : new BoundedInputStream(raw, name, budget, packed, false);
                CountingInputStream counted = new CountingInputStream(new BufferedInputStream(outer, BUFFER));
                GZIPInputStream gz = new GZIPInputStream(counted, BUFFER);
                return new BufferedInputStream(new BoundedInputStream(gz, name, budget, counted::count, true), BUFFER);
            }
            return new BufferedInputStream(new BoundedInputStream(raw, name, budget, packed, true), BUFFER);
        } catch (IOException e) {
            throw new ImportException(name, "", "not a readable gzip file: " + e.getMessage(), e);
        }
    }
}
