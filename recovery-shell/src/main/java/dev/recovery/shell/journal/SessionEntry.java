package dev.recovery.shell.journal;

import dev.recovery.core.log.Session;
import java.time.LocalDate;

/** A journal entry that records a training session (run, cross-training, strength or yoga). */
public sealed interface SessionEntry extends JournalEntry permits RunEntry, CrossEntry, StrengthEntry, YogaEntry {

    /** The session recorded. */
    Session session();

    /** Start and distance as an import's source gave them, if the session was imported with them. */
    java.util.Optional<ImportStamp> stamp();

    /** The day the session took place. */
    default LocalDate date() {
        return session().date();
    }
}
