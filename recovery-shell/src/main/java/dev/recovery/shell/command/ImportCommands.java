package dev.recovery.shell.command;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.unit.Durations;
import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.ImportFormat;
import dev.recovery.importer.Importer;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportNotice;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportKey;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.ImportSummary;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.shell.cli.UsageException;
import dev.recovery.shell.journal.ImportStamp;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.render.ProgressBar;
import dev.recovery.shell.render.Style;
import dev.recovery.shell.service.TrainingHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code import --file PATH [--dry-run] [--as run|bike|walk]}: reads running history (a Strava bulk
 * export as a folder or zip, Garmin Connect's activity list, a GPX or TCX file, or a plain CSV)
 * with the import library and records what is new in one
 * all-or-nothing journal transaction. Parsing, safety limits and deduplication are the library's
 * (docs/import.md); this command only wires it to the journal and the terminal.
 */
public class ImportCommands {

    /** A dry run lists at most this many activities in text, and any import this many notices; JSON lists them all. */
    static final int LISTED = 20;
    /** What {@code --as} accepts: the kinds a track file without a trustworthy type usually is. */
    static final List<ActivityKind> AS_KINDS = List.of(ActivityKind.RUN, ActivityKind.BIKE, ActivityKind.WALK);

    private final TrainingHistory history;
    private final Clock clock;
    private final Style style;

    /**
     * @param history where imported sessions are recorded, and what is already there
     * @param clock gives the runner's time zone, so each session is dated as the runner lived it
     * @param style block characters or ASCII for the progress bar
     */
    public ImportCommands(TrainingHistory history, Clock clock, Style style) {
        this.history = history;
        this.clock = clock;
        this.style = style;
    }

    /** @return the import summary, text or JSON */
    @Command(name = "import", group = Groups.LOG, completionProvider = OptionCompletions.BEAN,
            description = "Import running history: a Strava export (folder or zip), a Garmin Connect account export (zip) or its Activities.csv, a FIT, GPX or TCX file (also gzipped), or a CSV",
            help = "Importing the same export twice adds nothing. The import is all or nothing: a broken file "
                    + "imports nothing. --dry-run shows what would be added without recording it. --as run|bike|walk "
                    + "says what every activity of one GPX or TCX file is. See docs/import.md.")
    public String importHistory(
            @Option(longName = "file", required = true, description = "the export folder or .zip, or a .fit, .gpx, .tcx (each also .gz) or .csv file") String file,
            @Option(longName = "dry-run", description = "flag: show what would be imported, record nothing") Boolean dryRun,
            @Option(longName = "as", description = "run, bike or walk: what every activity of this GPX or TCX file is, whatever it says") String as,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        Path path = path(file);
        boolean dry = Boolean.TRUE.equals(dryRun);
        ImportOptions options = ImportOptions.defaults().withZone(clock.getZone())
                .withDistanceUnit(history.profile().units());
        if (as != null) {
            options = options.withAs(asKind(as, path));
        }
        List<ImportKey> stamps = new ArrayList<>();
        for (ImportStamp stamp : history.importStamps()) {
            stamps.add(ImportKey.of(stamp.start(), stamp.metres()));
        }
        // Known by source id, else by start and distance: the same run from Strava and from the watch's GPX is one run.
        JournalKeys known = JournalKeys.of(history.sourceIds(), stamps);
        ProgressBar bar = ProgressBar.onStandardError(style);
        ImportPlan plan;
        try {
            plan = Importer.plan(path, options, known, new Progress(bar));
        } catch (ImportException e) {
            // The library's message already names the file and the line or element, and says what is
            // wrong; its causes would only hide that. A broken file is a failure (exit 1), not a usage error.
            throw new IllegalStateException(e.getMessage() + " Nothing was imported.");
        } finally {
            bar.finish();
        }
        if (!dry && !plan.toAdd().isEmpty()) {
            history.recordImported(plan.toAdd());
        }
        return output == OutputFormat.JSON ? Json.write(json(plan, dry)) : text(plan, dry);
    }

    private static Path path(String file) {
        Path path = OptionValues.path("--file", file);
        if (!Files.exists(path)) {
            throw new UsageException("--file: " + file + " does not exist; expected a Strava or Garmin Connect export (folder or .zip), "
                    + "a .fit, .gpx or .tcx file (also .gz), or a .csv file");
        }
        return path;
    }

    /** The {@code --as} kind; only for a single track file, whose activities carry no trustworthy type. */
    private static ActivityKind asKind(String as, Path path) {
        ActivityKind kind = OptionValues.parse("as", as, text -> AS_KINDS.stream().filter(k -> k.id().equals(text.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("as: '" + text + "' is not allowed; expected run, bike or walk")));
        ImportFormat format;
        try {
            format = Importer.detect(path);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage() + " Nothing was imported.");
        }
        if (format != ImportFormat.GPX && format != ImportFormat.TCX) {
            throw new UsageException("--as: applies to a single .gpx or .tcx file; " + path.getFileName()
                    + " is an export that states each activity's type");
        }
        return kind;
    }

    private static String text(ImportPlan plan, boolean dry) {
        StringBuilder text = new StringBuilder();
        ImportSummary summary = plan.summary();
        if (dry) {
            text.append("Dry run: nothing was recorded.\n");
            int shown = 0;
            for (ImportedActivity activity : plan.toAdd()) {
                if (shown++ == LISTED) {
                    text.append(String.format(Locale.ROOT, "  ... and %d more%n", plan.toAdd().size() - LISTED));
                    break;
                }
                text.append("  would add ").append(describe(activity)).append('\n');
            }
        }
        for (ImportProblem problem : plan.problems()) {
            text.append("  not imported: ").append(problem).append('\n');
        }
        int noted = 0;
        for (ImportNotice notice : plan.notices()) {
            if (noted++ == LISTED) {
                text.append(String.format(Locale.ROOT, "  ... and %d more notes%n", plan.notices().size() - LISTED));
                break;
            }
            text.append("  note: ").append(notice).append('\n');
        }
        text.append(dry ? "Would import: " : "Imported: ").append(summary.format());
        return text.toString();
    }

    private static String describe(ImportedActivity activity) {
        Session session = activity.session();
        String time = Durations.format(session.duration());
        String what;
        if (session instanceof Run run) {
            what = "run " + run.distance() + " in " + time;
        } else if (session instanceof CrossTraining cross) {
            what = cross.activity().id() + " " + time;
        } else {
            what = (session instanceof StrengthSession ? "strength " : "yoga ") + time;
        }
        return session.date() + " " + what + (activity.load().isEstimated() ? " (load estimated)" : "")
                + "  [" + activity.origin() + "]";
    }

    private static Map<String, Object> json(ImportPlan plan, boolean dry) {
        ImportSummary summary = plan.summary();
        List<Map<String, Object>> added = new ArrayList<>();
        for (ImportedActivity activity : plan.toAdd()) {
            Session session = activity.session();
            added.add(Json.object("sourceId", activity.sourceId(), "start", activity.start().toString(),
                    "date", session.date().toString(), "kind", activity.kind().name().toLowerCase(Locale.ROOT),
                    "distanceKm", activity.distance().map(d -> Json.round(d.km(), 3)).orElse(null),
                    "durationSeconds", session.duration().getSeconds(),
                    "avgHeartRate", activity.avgHeartRate().isPresent() ? activity.avgHeartRate().getAsInt() : null,
                    "maxHeartRate", activity.maxHeartRate().isPresent() ? activity.maxHeartRate().getAsInt() : null,
                    "loadEstimated", activity.load().isEstimated(), "origin", activity.origin()));
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ImportProblem problem : plan.problems()) {
            problems.add(Json.object("origin", problem.origin(), "message", problem.message()));
        }
        List<Map<String, Object>> notices = new ArrayList<>();
        for (ImportNotice notice : plan.notices()) {
            notices.add(Json.object("origin", notice.origin(), "message", notice.message()));
        }
        // One name for the list in both modes: a dry run's "activities" are those that would be added.
        return Json.object("dryRun", dry, "added", summary.added(), "duplicates", summary.duplicates(),
                "skipped", summary.skippedByType(), "errors", summary.errors(), "problems", problems,
                "notices", notices, "activities", added);
    }

    /** Feeds the library's progress reports to the bar; the activities themselves go to the plan. */
    private record Progress(ProgressBar bar) implements ImportListener {
        @Override
        public void activity(ImportedActivity activity) {
        }

        @Override
        public void progress(long done, long total) {
            bar.update(done, total);
        }
    }
}
