package dev.recovery.importer.activity;

/**
 * Receives an import as it streams, in file order. Nothing received may be committed before the
 * import returns normally: if it throws, the whole import is void (all-or-nothing).
 * {@code dev.recovery.importer.Importer#plan} does this buffering for you.
 *
 * @since 0.1.0
 */
public interface ImportListener {

    /** An activity that can be imported. */
    void activity(ImportedActivity activity);

    /** An activity left out on purpose (a type the log does not hold, a file holding no activity). */
    default void skipped(SkippedActivity skipped) {
    }

    /** An activity that could not be imported; the import goes on. */
    default void problem(ImportProblem problem) {
    }

    /** Something worth telling about an activity that was imported (a missing track file, an assumed type). */
    default void notice(ImportNotice notice) {
    }

    /**
     * Progress for a console progress bar.
     *
     * @param done  work done so far (bytes of the main file read)
     * @param total the work in all, or -1 if unknown
     */
    default void progress(long done, long total) {
    }
}
