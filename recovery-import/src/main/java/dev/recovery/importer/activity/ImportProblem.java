package dev.recovery.importer.activity;

/**
 * An activity the import could not take although the file itself is sound: Strava wrote
 * {@code #error#} where the date should be, a run has no distance, a GPS glitch gives an impossible
 * pace, or a run in a multi-activity TCX without any distance. It is reported and counted as an
 * error; the rest of the export still imports. (A missing track file is not a problem but an
 * {@link ImportNotice}: the activity still imports from its summary.)
 *
 * @param origin  where: {@code activities.csv line 12 (activity 123)}
 * @param message what is wrong, naming the field
 * @since 0.1.0
 */
public record ImportProblem(String origin, String message) {

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
