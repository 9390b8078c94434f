package dev.recovery.importer.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The property every importer must keep for any bytes at all, whether a real file, a truncated one or
 * a fuzzer's mutation: the import either returns a plan or throws its own {@link ImportException},
 * whose message names the file; it never throws anything else, never takes longer than
 * {@link #MAX_TIME}, and never allocates more than {@link #MAX_ALLOCATED_BYTES} for one file.
 *
 * <p>The bytes go through the whole public entry point ({@link Importer#plan}) under the file name
 * given, so format detection, decompression and archive handling are fuzzed with the reader.
 */
final class ImportFuzzing {

    /** The bound on one input: a runner's import must never appear to hang on a bad file. */
    static final Duration MAX_TIME = Duration.ofSeconds(2);

    /**
     * Allocation allowed for one fuzzed file (at most a few tens of kilobytes, or an archive holding
     * such files). The readers stream, so what a file costs is a small multiple of its size; the real
     * corpus allocates well under a tenth of this (see docs/testing.md), and a reader that buffered
     * an unbounded track, or a decompression bomb that got through, would blow it.
     */
    static final long MAX_ALLOCATED_BYTES = 64L * 1024 * 1024;

    /** One parsing thread, so the allocation counted on this thread is the whole import's. */
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withZone(ZoneOffset.UTC).withThreads(1);

    private ImportFuzzing() {
    }

    /**
     * Imports {@code data} as a file named {@code fileName} and checks the property.
     *
     * @param data     the file's bytes
     * @param fileName the name it is imported under (its extension steers detection)
     */
    static void importBytes(byte[] data, String fileName) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("recovery-fuzz");
            Path file = dir.resolve(fileName);
            Files.write(file, data);
            run(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the fuzz harness could not write its temp file", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void run(Path file) {
        Cost cost = importOnce(file);
        if (!cost.withinBounds()) {
            // The first import in a JVM loads (and, under the fuzzer, instruments) every class of its
            // reader, which alone can take over a second and tens of megabytes. An input that is
            // really slow or greedy is so again; one that only paid the start-up is not.
            cost = importOnce(file);
        }
        Cost measured = cost;
        assertTrue(measured.time().compareTo(MAX_TIME) <= 0, () -> "one input took " + measured.time().toMillis() + " ms");
        assertTrue(measured.allocatedBytes() <= MAX_ALLOCATED_BYTES,
                () -> "one input allocated " + measured.allocatedBytes() + " bytes");
    }

    private static Cost importOnce(Path file) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        try {
            Importer.plan(file, OPTIONS, JournalKeys.empty());
        } catch (ImportException expected) {
            // The import's own refusal is the allowed outcome; it must still tell the runner which file.
            String message = expected.getMessage();
            assertFalse(message == null || message.isBlank(), "an ImportException without a message");
            assertTrue(message.contains(file.toString()) || message.contains(file.getFileName().toString()),
                    () -> "an ImportException that does not name the file: " + message);
        }
        return new Cost(Duration.ofNanos(System.nanoTime() - start), threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
    }

    /** What one import of one file cost: wall time and bytes allocated on the importing thread. */
    private record Cost(Duration time, long allocatedBytes) {

        boolean withinBounds() {
            return time.compareTo(MAX_TIME) <= 0 && allocatedBytes <= MAX_ALLOCATED_BYTES;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temp dir left behind is harmless; the fuzz result must not depend on it.
        }
    }
}
