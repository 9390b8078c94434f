package dev.recovery.importer.garmin;

import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportNotice;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything an import tells its listener, in order. */
final class Recorder implements ImportListener {

    final List<ImportedActivity> activities = new ArrayList<>();
    final List<SkippedActivity> skipped = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final List<ImportNotice> notices = new ArrayList<>();
    final List<long[]> progress = new ArrayList<>();

    @Override
    public void activity(ImportedActivity activity) {
        activities.add(activity);
    }

    @Override
    public void skipped(SkippedActivity s) {
        skipped.add(s);
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
        progress.add(new long[] {done, total});
    }
}
