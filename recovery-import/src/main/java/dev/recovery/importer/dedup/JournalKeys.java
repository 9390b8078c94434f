package dev.recovery.importer.dedup;

import dev.recovery.importer.activity.ImportedActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The identities of what the journal already holds, so an import adds only what is new. An
 * activity is a duplicate if its source id is known, or if a known session started within
 * {@value #START_TOLERANCE_SECONDS} s of it and covered the same distance within
 * {@value #DISTANCE_TOLERANCE_FRACTION} (or {@value #DISTANCE_TOLERANCE_METRES} m, whichever is
 * larger): Strava's distance and one recomputed from the GPS points differ by a percent or two.
 *
 * <p>Mutable by design: {@link #add(ImportedActivity)} records each activity accepted during an
 * import, so an export listing an activity twice, or one imported twice, adds it once.
 *
 * @since 0.1.0
 */
public final class JournalKeys {

    /** Two sessions starting this close together (seconds) may be the same one. */
    public static final long START_TOLERANCE_SECONDS = 60;
    /** ... if their distances differ by at most this fraction ... */
    public static final double DISTANCE_TOLERANCE_FRACTION = 0.03;
    /** ... or by at most this many metres (short sessions, GPS noise). */
    public static final double DISTANCE_TOLERANCE_METRES = 100;

    private final Set<String> sourceIds = new HashSet<>();
    private final TreeMap<Instant, List<Double>> starts = new TreeMap<>();

    private JournalKeys() {
    }

    /** No keys: a new journal. */
    public static JournalKeys empty() {
        return new JournalKeys();
    }

    /**
     * The keys of a journal's sessions.
     *
     * @param sourceIds the source ids of sessions imported before
     * @param keys      start and distance of every session with a known start time
     */
    public static JournalKeys of(Collection<String> sourceIds, Collection<ImportKey> keys) {
        JournalKeys k = new JournalKeys();
        k.sourceIds.addAll(sourceIds);
        keys.forEach(k::addKey);
        return k;
    }

    /** True if {@code activity} is already known by source id or by start and distance. */
    public boolean contains(ImportedActivity activity) {
        if (sourceIds.contains(activity.sourceId())) {
            return true;
        }
        return matches(ImportKey.of(activity));
    }

    /** True if a known session started within the tolerance of {@code key} with a matching distance. */
    public boolean matches(ImportKey key) {
        Instant from = key.start().minusSeconds(START_TOLERANCE_SECONDS);
        Instant to = key.start().plusSeconds(START_TOLERANCE_SECONDS);
        for (Map.Entry<Instant, List<Double>> e : starts.subMap(from, true, to, true).entrySet()) {
            for (double metres : e.getValue()) {
                double tolerance = Math.max(DISTANCE_TOLERANCE_METRES, DISTANCE_TOLERANCE_FRACTION * Math.max(metres, key.metres()));
                if (Math.abs(metres - key.metres()) <= tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Records {@code activity} as known. */
    public void add(ImportedActivity activity) {
        sourceIds.add(activity.sourceId());
        addKey(ImportKey.of(activity));
    }

    private void addKey(ImportKey key) {
        starts.computeIfAbsent(key.start(), s -> new ArrayList<>(1)).add(key.metres());
    }

    /** How many source ids are known. */
    public int sourceIdCount() {
        return sourceIds.size();
    }
}
