package dev.recovery.importer.fit;

import java.util.List;
import java.util.Optional;

/**
 * Everything this product reads from a FIT stream (one file, or several chained).
 *
 * @param fileTypes the type of each file in the stream, in order
 * @param sessions  the activities of its activity files, in order (transitions left out)
 * @param workout   the planned workout, if the stream is a workout file
 */
public record FitContents(List<FitFileType> fileTypes, List<FitSession> sessions, Optional<FitWorkout> workout) {

    /** Copies the lists. */
    public FitContents {
        fileTypes = List.copyOf(fileTypes);
        sessions = List.copyOf(sessions);
        dev.recovery.core.unit.Checks.required("workout", workout, "a workout, or none");
    }

    /**
     * The kinds of file in the stream that hold no activity (settings, monitoring, weight, workout...),
     * each once, in order.
     *
     * @return the types, empty if every file is an activity file
     */
    public List<FitFileType> nonActivityTypes() {
        return fileTypes.stream().filter(t -> t != FitFileType.ACTIVITY).distinct().toList();
    }
}
