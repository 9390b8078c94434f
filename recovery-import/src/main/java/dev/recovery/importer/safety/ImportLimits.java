package dev.recovery.importer.safety;

import dev.recovery.core.unit.Checks;

/**
 * The bounds that keep a hostile or broken export from exhausting memory or disk: a "zip bomb"
 * (a few kilobytes that inflate to terabytes), an archive with millions of entries, or a CSV whose
 * quote is never closed. Exceeding any of them stops the whole import with an
 * {@link ImportException}.
 *
 * <p>The defaults are far above a real export (ten years of one-hour GPX files at one point per
 * second is about 3,600 files of under 1 MiB each, compressing about 5-15 to 1) and far below what
 * would hurt the machine.
 *
 * @param maxEntries          the most entries a zip may list (default {@value #DEFAULT_MAX_ENTRIES})
 * @param maxEntryBytes       the most bytes one file may inflate to (default 512 MiB)
 * @param maxTotalBytes       the most bytes all files together may inflate to (default 16 GiB)
 * @param maxCompressionRatio the highest inflated/compressed ratio of one file once it passed
 *                            {@link #RATIO_GRACE_BYTES} (default {@value #DEFAULT_MAX_RATIO})
 * @param maxCsvRecordChars   the longest CSV record, quoted line breaks included (default 1 Mi characters)
 * @since 0.1.0
 */
public record ImportLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxCompressionRatio,
        int maxCsvRecordChars) {

    /** Default entry count: a 10-year export has a few thousand activity files plus media. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;
    /** Default per-file size: a 24-hour GPX at one point per second with heart rate is about 20 MiB. */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 512L << 20;
    /** Default total size read. */
    public static final long DEFAULT_MAX_TOTAL_BYTES = 16L << 30;
    /**
     * Default ratio: deflated GPX/TCX text compresses at most about 20-40 to 1; a zip bomb reaches
     * about 1,000 to 1 (deflate's ceiling is 1,032 to 1).
     */
    public static final double DEFAULT_MAX_RATIO = 200;
    /** Default record length: Strava descriptions are at most a few thousand characters. */
    public static final int DEFAULT_MAX_CSV_RECORD_CHARS = 1 << 20;
    /** Small files are not ratio-checked: a 1 MiB run of blanks is harmless, whatever its ratio. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /** @throws IllegalArgumentException naming the first limit that is not positive */
    public ImportLimits {
        if (maxEntries < 1) {
            throw Checks.invalid("max-entries", maxEntries, "a whole number of at least 1");
        }
        if (maxEntryBytes < 1) {
            throw Checks.invalid("max-entry-bytes", maxEntryBytes, "a number of bytes of at least 1");
        }
        if (maxTotalBytes < 1) {
            throw Checks.invalid("max-total-bytes", maxTotalBytes, "a number of bytes of at least 1");
        }
        if (!(maxCompressionRatio >= 1)) {
            throw Checks.invalid("max-compression-ratio", maxCompressionRatio, "a ratio of at least 1");
        }
        if (maxCsvRecordChars < 1) {
            throw Checks.invalid("max-csv-record-chars", maxCsvRecordChars, "a whole number of at least 1");
        }
    }

    /** The default limits. */
    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_RATIO,
                DEFAULT_MAX_CSV_RECORD_CHARS);
    }

    /** A copy allowing at most {@code value} zip entries. */
    public ImportLimits withMaxEntries(int value) {
        return new ImportLimits(value, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxCsvRecordChars);
    }

    /** A copy allowing at most {@code value} inflated bytes per file. */
    public ImportLimits withMaxEntryBytes(long value) {
        return new ImportLimits(maxEntries, value, maxTotalBytes, maxCompressionRatio, maxCsvRecordChars);
    }

    /** A copy allowing at most {@code value} inflated bytes in all. */
    public ImportLimits withMaxTotalBytes(long value) {
        return new ImportLimits(maxEntries, maxEntryBytes, value, maxCompressionRatio, maxCsvRecordChars);
    }

    /** A copy with {@code value} as the highest compression ratio. */
    public ImportLimits withMaxCompressionRatio(double value) {
        return new ImportLimits(maxEntries, maxEntryBytes, maxTotalBytes, value, maxCsvRecordChars);
    }

    /** A copy allowing CSV records of at most {@code value} characters. */
    public ImportLimits withMaxCsvRecordChars(int value) {
        return new ImportLimits(maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, value);
    }
}
