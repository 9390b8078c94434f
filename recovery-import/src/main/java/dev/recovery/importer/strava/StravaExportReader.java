package dev.recovery.importer.strava;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Rpe;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportNotice;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.activity.SourceIds;
import dev.recovery.importer.archive.Compression;
import dev.recovery.importer.archive.ExportFiles;
import dev.recovery.importer.csv.CsvReader;
import dev.recovery.importer.fit.FitImport;
import dev.recovery.importer.gpx.GpxReader;
import dev.recovery.importer.safety.EntryNames;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.tcx.TcxReader;
import dev.recovery.importer.track.RecordedActivity;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Streams a Strava bulk export: {@code activities.csv} row by row, and for each row the GPX, TCX
 * or FIT file it names (plain or .gz), parsed on a small thread pool while the CSV is read on; results
 * reach the listener in file order. At most {@code window} rows are in flight, so memory stays
 * bounded whatever the export's size. A FIT file's first session is its track.
 *
 * <p>The CSV summary wins where it has a value; the track fills in what it lacks (distance, moving
 * time, average heart rate, start).
 *
 * @since 0.1.0
 */
public final class StravaExportReader {

    /**
     * Strava rounds the first distance to two decimals, so metres over it is within 2% of 1,000
     * or 1,609.344 for any activity over 250 m.
     */
    static final double UNIT_TOLERANCE = 0.02;

    private final ExportFiles files;
    private final String csvFile;
    private final ZoneId zone;
    private final DistanceUnit fallbackUnit;
    private final int maxRecordChars;
    private final ExecutorService pool;
    private final int window;

    /**
     * @param files          the export
     * @param csvFile        the summary file's name in it, normally {@code activities.csv}
     * @param zone           the runner's time zone (a session's date is its start's date there)
     * @param fallbackUnit   the unit of the first Distance column when the export does not reveal it
     *                       (summary-era exports have no distance in metres)
     * @param maxRecordChars the longest CSV record allowed
     * @param pool           threads for the track files, or {@code null} to parse them on the caller's thread
     * @param window         rows in flight at most (at least 1)
     */
    public StravaExportReader(ExportFiles files, String csvFile, ZoneId zone, DistanceUnit fallbackUnit, int maxRecordChars,
            ExecutorService pool, int window) {
        this.files = files;
        this.csvFile = csvFile;
        this.zone = zone;
        this.fallbackUnit = fallbackUnit;
        this.maxRecordChars = maxRecordChars;
        this.pool = pool;
        this.window = Math.max(1, window);
    }

    /**
     * Reads the export into {@code listener}.
     *
     * @throws ImportException naming the file and line when the export is malformed or unsafe
     */
    public void read(ImportListener listener) {
        String csvName = files.describe(csvFile);
        InputStream in = files.open(csvFile).orElseThrow(() -> new ImportException(files.name(), "",
                "no " + csvFile + ": not a Strava bulk export"));
        long size = files.size(csvFile);
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        try (CsvReader csv = new CsvReader(in, csvName, maxRecordChars)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ImportException(csvName, "", "the file is empty");
            }
            StravaLayout layout = StravaLayout.detect(header, csvName);
            DistanceUnit unit = fallbackUnit;
            int rows = 0;
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != layout.columns()) {
                    throw new ImportException(csvName, "line " + csv.line(), row.size() + " fields where the header has "
                            + layout.columns() + "; the row is truncated or malformed");
                }
                String where = csvName + " line " + csv.line();
                try {
                    Row data = Row.parse(row, layout, unit, where);
                    unit = data.unit;
                    pending.add(submit(data));
                } catch (IllegalArgumentException e) {
                    pending.add(CompletableFuture.completedFuture(Outcome.problem(Row.where(row, where), e.getMessage())));
                }
                while (pending.size() >= window) {
                    deliver(pending.poll(), listener);
                }
                if (++rows % 256 == 0) {
                    listener.progress(Math.min(csv.charsRead(), Math.max(size, 0)), size);
                }
            }
            while (!pending.isEmpty()) {
                deliver(pending.poll(), listener);
            }
            listener.progress(Math.max(size, 0), size);
        } finally {
            pending.forEach(f -> f.cancel(true));
        }
    }

    private Future<Outcome> submit(Row data) {
        if (pool == null) {
            return CompletableFuture.completedFuture(combine(data));
        }
        return pool.submit(() -> combine(data));
    }

    private static void deliver(Future<Outcome> future, ImportListener listener) {
        Outcome outcome;
        try {
            outcome = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
        if (outcome.skipped != null) {
            listener.skipped(outcome.skipped);
        }
        if (outcome.activity != null) {
            listener.activity(outcome.activity);
            if (outcome.missingFile != null) {
                listener.notice(outcome.missingFile);
            }
        }
        if (outcome.problem != null) {
            listener.problem(outcome.problem);
        }
    }

    /** Runs on a pool thread: reads the row's track if any and builds the activity. */
    private Outcome combine(Row row) {
        Outcome out = new Outcome();
        String file = row.filename;
        String inner = Compression.innerName(file);
        boolean fit = inner.endsWith(".fit");
        if (row.kind.isEmpty()) {
            out.skipped = new SkippedActivity(row.type.isEmpty() ? "(no type)" : row.type, row.where);
            return out;
        }
        RecordedActivity track = null;
        if (inner.endsWith(".gpx") || inner.endsWith(".tcx") || fit) {
            // Checked here as well as by the export, so that a refused name is reported with its row.
            EntryNames.requireSafe(row.where, "", file);
            Optional<InputStream> in = files.open(file);
            if (in.isEmpty()) {
                out.missingFile = new ImportNotice(row.where, "its file " + file
                        + " is not in the export; imported from activities.csv alone (no heart rate or moving time from the track)");
            } else {
                try (InputStream stream = in.get()) {
                    String name = files.describe(file);
                    if (fit) {
                        track = FitImport.track(stream, name).orElse(null);
                    } else if (inner.endsWith(".gpx")) {
                        track = GpxReader.read(stream, name);
                    } else {
                        List<RecordedActivity> all = TcxReader.read(stream, name);
                        track = all.isEmpty() ? null : all.get(0);
                    }
                } catch (IOException e) {
                    throw new ImportException(files.describe(file), "", "cannot be read: " + e.getMessage(), e);
                }
            }
        }
        try {
            out.activity = build(row, track);
        } catch (IllegalArgumentException e) {
            out.problem = new ImportProblem(row.where, e.getMessage());
        }
        return out;
    }

    private ImportedActivity build(Row row, RecordedActivity track) {
        Instant start = row.start != null ? row.start : track == null ? null : track.start().orElse(null);
        if (start == null) {
            throw Checks.invalid("date", null, "the activity's start (Strava wrote no date and there is no timed track)");
        }
        double metres = row.metres;
        if (!(metres > 0) && track != null && track.metres() > 0) {
            metres = track.metres();
        }
        double seconds = row.movingSeconds;
        if (!(seconds > 0) && track != null && !track.duration().isZero()) {
            seconds = track.duration().toMillis() / 1000.0;
        }
        if (!(seconds > 0)) {
            seconds = row.elapsedSeconds;
        }
        if (!(seconds > 0)) {
            throw Checks.invalid("duration", null, "the moving or elapsed time (Strava wrote none and there is no timed track)");
        }
        OptionalInt avg = row.avgHeartRate;
        if (avg.isEmpty() && track != null) {
            avg = track.avgHeartRate();
        }
        OptionalInt max = row.maxHeartRate;
        if (max.isEmpty() && track != null) {
            max = track.maxHeartRate();
        }
        Optional<Distance> distance = metres > 0 ? Optional.of(Distance.ofMetres(metres)) : Optional.empty();
        String id = row.id.isEmpty() ? null : SourceIds.strava(row.id);
        return ImportedActivity.of(id, start, zone, row.kind.get(), Duration.ofMillis(Math.round(seconds * 1000)), distance,
                row.rpe, avg, max, Optional.of(row.name), row.where);
    }

    /** The CSV fields of one row, parsed on the reading thread. */
    private static final class Row {
        String id;
        String name;
        String type;
        Optional<ActivityKind> kind;
        Instant start;
        double elapsedSeconds;
        double movingSeconds;
        double metres;
        OptionalInt avgHeartRate;
        OptionalInt maxHeartRate;
        Optional<Rpe> rpe;
        String filename;
        String where;
        DistanceUnit unit;

        /** How messages name the row: its line and, if it has one, the Strava activity id. */
        static String where(List<String> cells, String line) {
            String id = StravaCells.text(cells, StravaLayout.ID);
            return line + (id.isEmpty() ? "" : " (activity " + id + ")");
        }

        static Row parse(List<String> cells, StravaLayout layout, DistanceUnit unit, String where) {
            Row r = new Row();
            r.id = StravaCells.text(cells, StravaLayout.ID);
            r.where = where(cells, where);
            r.name = StravaCells.text(cells, StravaLayout.NAME);
            r.type = StravaCells.text(cells, StravaLayout.TYPE);
            r.kind = StravaTypes.kind(r.type);
            r.filename = filename(cells, layout);
            r.start = StravaCells.date(cells, StravaLayout.DATE);
            r.elapsedSeconds = StravaCells.number(cells, StravaLayout.ELAPSED_TIME, "elapsed-time");
            r.movingSeconds = StravaCells.number(cells, layout.movingTime(), "moving-time");
            double userDistance = StravaCells.number(cells, StravaLayout.DISTANCE, "distance");
            double metres = layout.firstDistanceInMetres() ? userDistance
                    : StravaCells.number(cells, layout.distanceMetres(), "distance-metres");
            r.unit = inferUnit(userDistance, metres, unit);
            r.metres = metres > 0 ? metres : userDistance > 0 ? userDistance * r.unit.metres() : Double.NaN;
            r.avgHeartRate = heartRate(cells, layout.avgHeartRate(), "avg-hr");
            r.maxHeartRate = heartRate(cells, layout.maxHeartRate(), "max-hr");
            double rpe = StravaCells.number(cells, layout.perceivedExertion(), "perceived-exertion");
            r.rpe = rpe >= Rpe.MIN && rpe <= Rpe.MAX ? Optional.of(Rpe.of((int) Math.round(rpe))) : Optional.empty();
            return r;
        }

        /**
         * The row's track file. In the one-block eras the header's last column is trusted only if
         * the cell has a track file's shape; otherwise the row's one cell that has it is taken, so
         * a layout this reader has not seen still finds its files. Detailed rows are read by
         * position only: a description may quote a file name.
         */
        private static String filename(List<String> cells, StravaLayout layout) {
            String named = StravaCells.text(cells, layout.filename());
            if (layout.era() == StravaLayout.Era.DETAILED || StravaLayout.isTrackFileName(named)) {
                return named;
            }
            for (int i = StravaLayout.DISTANCE + 1; i < cells.size(); i++) {
                String cell = StravaCells.text(cells, i);
                if (StravaLayout.isTrackFileName(cell)) {
                    return cell;
                }
            }
            return named;
        }

        /**
         * The runner's unit, learnt from a row that has both distances: metres over the first
         * distance is 1,000 for km and 1,609.344 for miles.
         */
        private static DistanceUnit inferUnit(double userDistance, double metres, DistanceUnit current) {
            if (userDistance > 0 && metres > 0) {
                double ratio = metres / userDistance;
                for (DistanceUnit u : DistanceUnit.values()) {
                    if (Math.abs(ratio / u.metres() - 1) < UNIT_TOLERANCE) {
                        return u;
                    }
                }
            }
            return current;
        }

        private static OptionalInt heartRate(List<String> cells, int column, String field) {
            double v = StravaCells.number(cells, column, field);
            return v > 0 ? OptionalInt.of((int) Math.round(v)) : OptionalInt.empty();
        }
    }

    /** What one row turned into. */
    private static final class Outcome {
        ImportedActivity activity;
        SkippedActivity skipped;
        ImportProblem problem;
        ImportNotice missingFile;

        static Outcome problem(String where, String message) {
            Outcome out = new Outcome();
            out.problem = new ImportProblem(where, message);
            return out;
        }
    }
}
