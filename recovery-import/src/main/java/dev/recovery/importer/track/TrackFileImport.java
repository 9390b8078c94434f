package dev.recovery.importer.track;

import dev.recovery.core.unit.Distance;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportNotice;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.KindFromSpeed;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.activity.TrackTypes;
import dev.recovery.importer.safety.ImportException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Turns the activities of a GPX or TCX file imported on its own into log entries. Each activity
 * (each GPX track, each TCX {@code <Activity>}) decides for itself:
 * <ol>
 *   <li>the runner's {@code --as} wins, for every activity of the file;</li>
 *   <li>else the type the file states ({@link TrackTypes}); a sport the log does not hold is
 *       skipped and counted by its name;</li>
 *   <li>else the activity's speed decides ({@link KindFromSpeed}), and a notice says what was
 *       assumed.</li>
 * </ol>
 * In a file of several activities one that cannot be imported (no times, a run without any
 * distance) is reported as a problem and the others import; a file of one such activity is
 * refused, naming the file.
 */
public final class TrackFileImport {

    private TrackFileImport() {
    }

    /**
     * Delivers the file's activities to {@code listener} in file order.
     *
     * @param activities what the file holds, in order
     * @param file       the file's name for messages
     * @param what       what one of them is called in messages ({@code track}, {@code activity})
     * @param zone       the runner's time zone (a session's date is its start's date there)
     * @param as         the runner's {@code --as}, or empty
     * @param listener   where the activities go
     * @throws ImportException if the file holds nothing to import, or its only activity cannot be imported
     */
    public static void deliver(List<RecordedActivity> activities, String file, String what, ZoneId zone,
            Optional<ActivityKind> as, ImportListener listener) {
        if (activities.isEmpty()) {
            throw new ImportException(file, "", "no " + what + " in the file; nothing to import");
        }
        boolean alone = activities.size() == 1;
        for (int i = 0; i < activities.size(); i++) {
            RecordedActivity a = activities.get(i);
            String where = alone ? file : file + " " + what + " " + (i + 1);
            ActivityKind kind;
            ImportNotice notice = null;
            if (as.isPresent()) {
                kind = as.get();
            } else if (!TrackTypes.isUnstated(a.type())) {
                Optional<ActivityKind> stated = TrackTypes.kind(a.type().get());
                if (stated.isEmpty()) {
                    listener.skipped(new SkippedActivity(a.type().get(), where));
                    continue;
                }
                kind = stated.get();
            } else {
                KindFromSpeed.Decision decision = KindFromSpeed.decide(a.metres(), a.duration());
                kind = decision.kind();
                notice = new ImportNotice(where, decision.reason().message() + " Use --as run, bike or walk if that is wrong.");
            }
            String failure = null;
            ImportedActivity imported = null;
            if (a.start().isEmpty()) {
                failure = "no timed track points, so no start time; nothing to import";
            } else {
                try {
                    Optional<Distance> distance = a.metres() > 0 ? Optional.of(Distance.ofMetres(a.metres())) : Optional.empty();
                    imported = ImportedActivity.of(null, a.start().get(), zone, kind, a.duration(), distance, Optional.empty(),
                            a.avgHeartRate(), a.maxHeartRate(), a.name(), where);
                } catch (IllegalArgumentException e) {
                    failure = e.getMessage();
                }
            }
            if (failure != null) {
                if (alone) {
                    throw new ImportException(where, "", failure);
                }
                listener.problem(new ImportProblem(where, failure));
                continue;
            }
            listener.activity(imported);
            if (notice != null) {
                listener.notice(notice);
            }
        }
    }
}
