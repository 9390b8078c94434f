package dev.recovery.importer.dedup;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The end-of-import summary for the runner.
 *
 * @param added          activities added (or, in a dry run, that would be)
 * @param duplicates     activities already in the journal, left alone
 * @param skippedByType  activities left out, counted by their type, sorted by name
 * @param errors         activities that could not be imported (see the plan's problems)
 * @param notices        things the runner should know that cost no activity (e.g. a missing track file)
 * @since 0.1.0
 */
public record ImportSummary(int added, int duplicates, Map<String, Integer> skippedByType, int errors, int notices) {

    /** Copies the map, sorted by type. */
    public ImportSummary {
        skippedByType = Collections.unmodifiableMap(new TreeMap<>(skippedByType));
    }

    /** A summary without notices. */
    public ImportSummary(int added, int duplicates, Map<String, Integer> skippedByType, int errors) {
        this(added, duplicates, skippedByType, errors, 0);
    }

    /** All activities left out on purpose, whatever their type. */
    public int skipped() {
        return skippedByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * One line, e.g. {@code added 120, duplicates 3, skipped 2 (Kayaking 2), errors 1, notices 4}:
     * the activities left out are named by type; notices are named only when there are some.
     */
    public String format() {
        String types = skippedByType.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "added " + added + ", duplicates " + duplicates + ", skipped " + skipped()
                + (types.isEmpty() ? "" : " (" + types + ")") + ", errors " + errors
                + (notices == 0 ? "" : ", notices " + notices);
    }
}
