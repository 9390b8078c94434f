package dev.recovery.importer.activity;

/**
 * Something the runner should know about an import that went through: a track file the export
 * does not hold (the activity was imported from activities.csv alone), or an assumption made for
 * a file that does not say what it holds (no type: taken as a ride from its speed). A notice is
 * never an error: the activity it concerns was imported.
 *
 * @param origin  where: {@code activities.csv line 12 (activity 123)} or a file name
 * @param message what happened, in words for the runner
 */
public record ImportNotice(String origin, String message) {

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
