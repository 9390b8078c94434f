package dev.recovery.shell.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The file operations that make the journal durable: full writes, fsync, atomic replacement. */
final class FileSync {

    private FileSync() {
    }

    /** Writes all of {@code bytes} at {@code position}, looping over short writes; returns the new end. */
    static long writeFully(FileChannel channel, byte[] bytes, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        return at;
    }

    /**
     * Replaces {@code target} with {@code bytes} so that after a crash it holds either the old or
     * the new content, never a mix: write a temporary file beside it, fsync it, rename it over the
     * target (atomic on POSIX file systems), then fsync the directory so the rename itself survives.
     */
    static void replaceAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, bytes, 0);
            out.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Fsyncs a directory so that files created or renamed in it survive a crash. Some platforms
     * (Windows) cannot open a directory; there the file system's own ordering has to do.
     */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported on this platform: nothing more can be done, and the data files themselves were fsynced.
        }
    }
}
