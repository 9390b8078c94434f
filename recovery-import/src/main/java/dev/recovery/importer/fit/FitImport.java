package dev.recovery.importer.fit;

import dev.recovery.core.unit.Distance;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.RecordedActivity;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a FIT file into the importer's activities: one per session (a multisport file gives one per
 * leg, transitions left out), its kind from the sport ({@link FitSport}), its duration the moving
 * (timer) time, its distance and heart rate as recorded. A file of another kind (settings,
 * monitoring, weight, workout...) is skipped with a notice naming its kind, e.g.
 * {@code FIT monitoring b file}. The file is decoded completely, CRCs checked, before anything
 * reaches the listener, so a damaged file contributes nothing.
 */
public final class FitImport {

    /** The skip type prefix for FIT files that hold no activity: {@code FIT settings file}. */
    public static final String SKIP_PREFIX = "FIT ";

    private FitImport() {
    }

    /**
     * Reads one FIT file (or a chain of them) into {@code listener}.
     *
     * @param in       the bytes, already un-gzipped
     * @param name     the file as the runner knows it
     * @param zone     the runner's time zone (a session's date is its start's date there)
     * @param listener receives the activities, skips and problems
     * @throws ImportException naming the file and byte offset if it is not a sound FIT file, or if it
     *                         is an activity file without any session or record
     */
    public static void read(InputStream in, String name, ZoneId zone, ImportListener listener) {
        FitContents contents = FitReader.readActivities(in, name);
        if (contents.fileTypes().contains(FitFileType.ACTIVITY) && contents.sessions().isEmpty()) {
            throw new ImportException(name, "", "an activity file without any session or timed record; nothing to import");
        }
        for (FitFileType t : contents.nonActivityTypes()) {
            listener.skipped(new SkippedActivity(SKIP_PREFIX + t.label() + " file", name));
        }
        List<FitSession> sessions = contents.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            FitSession s = sessions.get(i);
            String where = sessions.size() == 1 ? name : name + " session " + (i + 1);
            Optional<ActivityKind> kind = s.sport().kind();
            if (kind.isEmpty()) {
                listener.skipped(new SkippedActivity(s.sport().label(), where));
                continue;
            }
            try {
                listener.activity(activity(s, kind.get(), zone, where));
            } catch (IllegalArgumentException e) {
                listener.problem(new ImportProblem(where, e.getMessage()));
            }
        }
    }

    /**
     * The first session of a FIT track file, to fill in or check what a summary (a Strava CSV row)
     * says about the same activity.
     *
     * @param in   the bytes, already un-gzipped
     * @param name the file as the runner knows it
     * @return the session as a track summary, or empty if the file holds no session
     * @throws ImportException naming the file and byte offset if it is not a sound FIT file
     */
    public static Optional<RecordedActivity> track(InputStream in, String name) {
        return FitReader.readActivities(in, name).sessions().stream().findFirst().map(FitSession::toRecorded);
    }

    private static ImportedActivity activity(FitSession s, ActivityKind kind, ZoneId zone, String where) {
        Optional<Distance> distance = s.metres() > 0 ? Optional.of(Distance.ofMetres(s.metres())) : Optional.empty();
        OptionalInt avg = s.avgHeartRate();
        return ImportedActivity.of(null, s.start(), zone, kind, s.timer(), distance, Optional.empty(), avg,
                s.maxHeartRate(), Optional.empty(), where);
    }
}
