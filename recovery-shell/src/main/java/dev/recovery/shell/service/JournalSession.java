package dev.recovery.shell.service;

import dev.recovery.shell.cli.RecoveryHome;
import dev.recovery.shell.journal.Journal;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.journal.Profile;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The console's handle on the journal: opened on first use (so {@code help} never touches the
 * data directory or its lock), closed when the console exits. Every command that records something
 * goes through {@link #append(JournalEntry)}, which returns only once the entry is durable.
 */
public final class JournalSession implements AutoCloseable {

    private final RecoveryHome home;
    private final Clock clock;
    private final PrintWriter warnings;
    private Journal journal;

    /**
     * @param home the data directory holding the journal
     * @param clock time-stamps what the journal records by itself (undos)
     * @param warnings where start-up problems (quarantined lines) are reported
     */
    public JournalSession(RecoveryHome home, Clock clock, PrintWriter warnings) {
        this.home = home;
        this.clock = clock;
        this.warnings = warnings;
    }

    /**
     * @return the open journal, opening it (taking its lock, loading it) on first use
     * @throws RuntimeException if another console holds the lock or the journal cannot be read
     */
    public synchronized Journal journal() {
        if (journal == null) {
            home.create();
            Journal opened = open();
            if (!opened.startupReport().isClean()) {
                warnings.println("warning: " + opened.startupReport().describe());
                warnings.flush();
            }
            journal = opened;
        }
        return journal;
    }

    private Journal open() {
        try {
            return Journal.open(home.directory(), clock);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the journal in " + home.directory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records an entry durably (written, flushed and fsynced) before returning.
     *
     * @param entry what to record
     * @param <E> the entry's type
     * @return the entry as recorded
     */
    public <E extends JournalEntry> E append(E entry) {
        try {
            return journal().append(entry);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not record the entry: " + e.getMessage(), e);
        }
    }

    /** @return the live entries, oldest first, after undos */
    public List<JournalEntry> entries() {
        return journal().entries();
    }

    /**
     * @return the runner's latest profile, or the defaults (kilometres, nothing else known) if none
     *     was ever set
     */
    public Profile profile() {
        return journal().profile();
    }

    /** @return the entry that was undone, if there was one */
    public Optional<JournalEntry> undo() {
        try {
            return journal().undo();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not undo: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (journal != null) {
            try {
                journal.close();
            } catch (Exception e) {
                warnings.println("warning: closing the journal: " + e.getMessage());
                warnings.flush();
            } finally {
                journal = null;
            }
        }
    }
}
