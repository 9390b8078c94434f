package dev.recovery.shell.journal;

import dev.recovery.core.log.Session;

/** A journal entry that records a training session (run, cross-training, strength or yoga). */
public sealed interface SessionEntry extends JournalEntry permits RunEntry, CrossEntry, StrengthEntry, YogaEntry {

    /** The session recorded. */
    Session session();
}
