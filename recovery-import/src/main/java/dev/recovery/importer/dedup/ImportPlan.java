package dev.recovery.importer.dedup;

import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportNotice;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import will do, decided before anything is written: the activities to add, those already
 * in the journal, those skipped and those in error. The journal appends {@link #toAdd()} in one
 * transaction; a {@code --dry-run} prints the plan and stops. Importing the same export again gives
 * a plan with nothing to add.
 *
 * @param toAdd      new activities, in file order
 * @param duplicates activities the journal already has
 * @param skipped    activities left out on purpose (unknown types, FIT files)
 * @param problems   activities that could not be imported, with the reason
 * @since 0.1.0
 */
public record ImportPlan(List<ImportedActivity> toAdd, List<ImportedActivity> duplicates, List<SkippedActivity> skipped,
        List<ImportProblem> problems, List<ImportNotice> notices) {

    /** Freezes the lists. */
    public ImportPlan {
        toAdd = List.copyOf(toAdd);
        duplicates = List.copyOf(duplicates);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /** A plan without notices. */
    public ImportPlan(List<ImportedActivity> toAdd, List<ImportedActivity> duplicates, List<SkippedActivity> skipped,
            List<ImportProblem> problems) {
        this(toAdd, duplicates, skipped, problems, List.of());
    }

    /** The counts for the end-of-import summary. */
    public ImportSummary summary() {
        Map<String, Integer> byType = new LinkedHashMap<>();
        skipped.forEach(s -> byType.merge(s.type(), 1, Integer::sum));
        return new ImportSummary(toAdd.size(), duplicates.size(), byType, problems.size(), notices.size());
    }

    /**
     * A listener that sorts a streaming import into a plan against {@code known}, recording each
     * accepted activity in {@code known} so duplicates within the import are caught too.
     */
    public static Builder builder(JournalKeys known) {
        return new Builder(known);
    }

    /** Collects an import into a plan. */
    public static final class Builder implements ImportListener {
        private final JournalKeys known;
        private final List<ImportedActivity> toAdd = new ArrayList<>();
        private final List<ImportedActivity> duplicates = new ArrayList<>();
        private final List<SkippedActivity> skipped = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<ImportNotice> notices = new ArrayList<>();
        private final ImportListener downstream;

        private Builder(JournalKeys known) {
            this(known, null);
        }

        private Builder(JournalKeys known, ImportListener downstream) {
            this.known = known;
            this.downstream = downstream;
        }

        /** The same builder, also passing progress on to {@code listener} (e.g. a progress bar). */
        public Builder withProgress(ImportListener listener) {
            return new Builder(known, listener);
        }

        @Override
        public void activity(ImportedActivity activity) {
            if (known.contains(activity)) {
                duplicates.add(activity);
            } else {
                known.add(activity);
                toAdd.add(activity);
            }
        }

        @Override
        public void skipped(SkippedActivity activity) {
            skipped.add(activity);
        }

        @Override
        public void problem(ImportProblem problem) {
            problems.add(problem);
        }

        @Override
        public void notice(ImportNotice notice) {
            notices.add(notice);
        }

        @Override
        public void progress(long done, long total) {
            if (downstream != null) {
                downstream.progress(done, total);
            }
        }

        /** The plan so far. */
        public ImportPlan build() {
            return new ImportPlan(Collections.unmodifiableList(toAdd), duplicates, skipped, problems, notices);
        }
    }
}
