package dev.recovery.importer.safety;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes one import has read so far, shared by every file it opens (possibly from several
 * threads), so that {@link ImportLimits#maxTotalBytes()} bounds the import as a whole.
 *
 * @since 0.1.0
 */
public final class ReadBudget {

    private final ImportLimits limits;
    private final AtomicLong total = new AtomicLong();

    /** A fresh budget under {@code limits}. */
    public ReadBudget(ImportLimits limits) {
        this.limits = limits;
    }

    /** The limits this budget enforces. */
    public ImportLimits limits() {
        return limits;
    }

    /** Bytes read so far by the whole import. */
    public long total() {
        return total.get();
    }

    void spend(long bytes, String file) {
        if (total.addAndGet(bytes) > limits.maxTotalBytes()) {
            throw new ImportException(file, "", "the export inflates to more than " + limits.maxTotalBytes()
                    + " bytes in all; refused as a likely zip bomb (limit max-total-bytes)");
        }
    }
}
