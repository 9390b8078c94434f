package dev.recovery.importer.dedup;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The end-of-import summary for the runner.
 *
 * @param added          activities added (or, in a dry run, that would be)
 * @param duplicates     activities already in the journal, left alone
 * @param skippedByType  activities (and FIT files) left out, counted by their type, sorted by name
 * @param errors         activities that could not be imported (see the plan's problems)
 */
public record ImportSummary(int added, int duplicates, Map<String, Integer> skippedByType, int errors) {

    /** Copies the map, sorted by type. */
    public ImportSummary {
        skippedByType = java.util.Collections.unmodifiableMap(new TreeMap<>(skippedByType));
    }

    /** All skipped, whatever their type. */
    public int skipped() {
        return skippedByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line, e.g. {@code added 120, duplicates 3, skipped 5 (Kayaking 2, FIT file 3), errors 1}. */
    public String format() {
        String types = skippedByType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "added " + added + ", duplicates " + duplicates + ", skipped " + skipped()
                + (types.isEmpty() ? "" : " (" + types + ")") + ", errors " + errors;
    }
}
