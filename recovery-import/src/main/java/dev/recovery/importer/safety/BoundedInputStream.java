package dev.recovery.importer.safety;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes a decompressing stream delivers and stops the import when a file inflates past
 * its size limit, the import's total, or a plausible compression ratio. It never trusts the sizes a
 * zip or gzip header claims: it counts what is actually produced.
 *
 * @since 0.1.0
 */
public final class BoundedInputStream extends FilterInputStream {

    private final String file;
    private final ReadBudget budget;
    private final LongSupplier compressedBytes;
    private final boolean countTotal;
    private long count;

    /**
     * @param in              the inflated bytes
     * @param file            the file's name for messages
     * @param budget          the import's budget
     * @param compressedBytes how many compressed bytes were consumed so far (for the ratio), or
     *                        {@code null} when the bytes are not compressed
     * @param countTotal      whether these bytes count towards the import's total (the innermost
     *                        stream of a file does; an outer layer does not, so nothing is counted twice)
     */
    public BoundedInputStream(InputStream in, String file, ReadBudget budget, LongSupplier compressedBytes,
            boolean countTotal) {
        super(in);
        this.file = file;
        this.budget = budget;
        this.compressedBytes = compressedBytes;
        this.countTotal = countTotal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            spend(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        // -1 at the end of the stream counts as nothing.
        spend(Math.max(0, n));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        spend(Math.max(0, skipped));
        return skipped;
    }

    private void spend(long n) {
        count += n;
        ImportLimits limits = budget.limits();
        if (count > limits.maxEntryBytes()) {
            throw new ImportException(file, "", "inflates to more than " + limits.maxEntryBytes()
                    + " bytes; refused as a likely zip bomb (limit max-entry-bytes)");
        }
        if (compressedBytes != null && count > ImportLimits.RATIO_GRACE_BYTES) {
            long packed = Math.max(1, compressedBytes.getAsLong());
            if (count > limits.maxCompressionRatio() * packed) {
                throw new ImportException(file, "", "compression ratio above " + (long) limits.maxCompressionRatio()
                        + " to 1 (" + count + " bytes from " + packed + "); refused as a likely zip bomb (limit max-compression-ratio)");
            }
        }
        if (countTotal) {
            budget.spend(n, file);
        }
    }
}
