package dev.recovery.shell.journal;

import java.nio.file.Path;

/**
 * Another console (another process, or another open {@link Journal} in this one) is using the same
 * data directory. Two writers would interleave their records, so the second one is refused.
 */
public final class JournalLockedException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataDir;

    /** The directory {@code dataDir} is locked by someone else. */
    public JournalLockedException(Path dataDir) {
        super("another recovery console is using " + dataDir + "; close it or set RECOVERY_HOME", null);
        this.dataDir = dataDir;
    }

    /** The data directory that is in use. */
    public Path dataDir() {
        return dataDir;
    }
}
