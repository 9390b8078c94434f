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
 * @since 0.1.0
 */
public record ImportSummary(int added, int duplicates, Map<String, Integer> skippedByType, int errors, int notices) {

    /** Copies the map, sorted by type. */
    public ImportSummary {
        skippedByType = java.util.Collections.unmodifiableMap(new TreeMap<>(skippedByType));
    }

    /** A summary without notices. */
    public ImportSummary(int added, int duplicates, Map<String, Integer> skippedByType, int errors) {
        this(added, duplicates, skippedByType, errors, 0);
    }

    /** All skipped, whatever their type, FIT files included. */
    public int skipped() {
        return skippedByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * FIT files not read. In a Strava export their activities are still imported, from the figures in
     * activities.csv, so they are counted apart from the activities left out.
     */
    public int fitFiles() {
        return skippedByType.getOrDefault(dev.recovery.importer.activity.SkippedActivity.FIT_FILE, 0);
    }

    /**
     * One line, e.g. {@code added 120, duplicates 3, skipped 2 (Kayaking 2), errors 1, notices 4; 3 FIT
     * files not read}: activities left out by type first, then the FIT files apart, so a runner is not
     * told that activities imported from activities.csv were skipped. Notices are named only when
     * there are some.
     */
    public String format() {
        String types = skippedByType.entrySet().stream()
                .filter(e -> !e.getKey().equals(dev.recovery.importer.activity.SkippedActivity.FIT_FILE))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        int fit = fitFiles();
        return "added " + added + ", duplicates " + duplicates + ", skipped " + (skipped() - fit)
                + (types.isEmpty() ? "" : " (" + types + ")") + ", errors " + errors
                + (notices == 0 ? "" : ", notices " + notices)
                + (fit == 0 ? "" : "; " + fit + " FIT file" + (fit == 1 ? "" : "s") + " not read"
                        + " (FIT is not supported; a Strava export's activities still come from activities.csv)");
    }
}
