package dev.recovery.importer;

import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.archive.Compression;
import dev.recovery.importer.archive.ExportFiles;
import dev.recovery.importer.archive.FolderExport;
import dev.recovery.importer.archive.ZipExport;
import dev.recovery.importer.csv.CsvReader;
import dev.recovery.importer.csv.PlainCsvReader;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fit.FitImport;
import dev.recovery.importer.garmin.GarminExport;
import dev.recovery.importer.garmin.ActivityListReader;
import dev.recovery.importer.gpx.GpxReader;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ReadBudget;
import dev.recovery.importer.strava.StravaExportReader;
import dev.recovery.importer.tcx.TcxReader;
import dev.recovery.importer.track.TrackFileImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The import library's entry point, usable without Spring: give it a path, get the activities.
 *
 * <pre>{@code
 * ImportPlan plan = Importer.plan(path, ImportOptions.defaults().withZone(zone), journalKeys);
 * plan.summary().format();          // "added 812, duplicates 0, skipped 2 (Kayaking 2), errors 1, notices 3"
 * if (!dryRun) journal.appendAll(plan.toAdd());   // one all-or-nothing transaction
 * }</pre>
 *
 * <p>The format is detected ({@link #detect(Path)}): a Strava bulk export (folder or zip), a
 * Strava activities.csv, a GPX, TCX or FIT file (plain or .gz), the plain CSV, or a Garmin Connect
 * account export (zip) with its FIT originals. Everything streams: memory does not grow with the size of the files.
 *
 * <p>All-or-nothing: any malformed, truncated or unsafe file throws {@link ImportException} naming
 * the file and line, and no plan is returned.
 *
 * @since 0.1.0
 */
public final class Importer {

    private static final int SNIFF_BYTES = 4096;
    /**
     * Rows read ahead per parsing thread. In a real export a track file is named by every few rows
     * only (one in five in the benchmark's), so 32 rows keep several tracks queued for each thread
     * while the oldest is delivered; each row in flight holds a summary, never a track.
     */
    private static final int ROWS_IN_FLIGHT_PER_THREAD = 32;

    private Importer() {
    }

    /**
     * Reads {@code path} and sorts its activities against what the journal already holds.
     *
     * @param path    a file or folder
     * @param options zone, limits, threads
     * @param known   the journal's keys; activities accepted into the plan are added to it
     * @return the plan; nothing is written anywhere
     * @throws ImportException if any file is malformed, truncated or unsafe (then nothing may be imported)
     */
    public static ImportPlan plan(Path path, ImportOptions options, JournalKeys known) {
        return plan(path, options, known, null);
    }

    /** Like {@link #plan(Path, ImportOptions, JournalKeys)}, reporting progress to {@code progress} (may be null). */
    public static ImportPlan plan(Path path, ImportOptions options, JournalKeys known, ImportListener progress) {
        ImportPlan.Builder builder = ImportPlan.builder(known);
        if (progress != null) {
            builder = builder.withProgress(progress);
        }
        read(path, options, builder);
        return builder.build();
    }

    /**
     * Streams {@code path}'s activities to {@code listener} in file order. The listener must not
     * commit anything until this returns normally.
     *
     * @throws ImportException if any file is malformed, truncated or unsafe
     */
    public static void read(Path path, ImportOptions options, ImportListener listener) {
        ReadBudget budget = new ReadBudget(options.limits());
        ImportFormat format = detect(path);
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        switch (format) {
            case STRAVA_FOLDER:
                readStrava(new FolderExport(path, budget), ZipExport.ACTIVITIES_CSV, options, listener);
                break;
            case STRAVA_ZIP:
                readStrava(new ZipExport(path, budget), ZipExport.ACTIVITIES_CSV, options, listener);
                break;
            case STRAVA_CSV:
                readStrava(new FolderExport(parent(path), budget), name, options, listener);
                break;
            case GARMIN_CSV:
                try (InputStream in = open(path, budget)) {
                    ActivityListReader.read(in, path.toString(), options.zone(), options.distanceUnit(),
                            options.limits().maxCsvRecordChars(), size(path), listener);
                } catch (IOException e) {
                    throw unreadable(path, e);
                }
                break;
            case PLAIN_CSV:
                try (InputStream in = open(path, budget)) {
                    PlainCsvReader.read(in, path.toString(), options.zone(), options.limits().maxCsvRecordChars(),
                            size(path), listener);
                } catch (IOException e) {
                    throw unreadable(path, e);
                }
                break;
            case GPX:
                try (InputStream in = open(path, budget)) {
                    TrackFileImport.deliver(GpxReader.readTracks(in, path.toString()), path.toString(), "track",
                            options.zone(), options.as(), listener);
                } catch (IOException e) {
                    throw unreadable(path, e);
                }
                break;
            case TCX:
                try (InputStream in = open(path, budget)) {
                    TrackFileImport.deliver(TcxReader.read(in, path.toString()), path.toString(), "activity",
                            options.zone(), options.as(), listener);
                } catch (IOException e) {
                    throw unreadable(path, e);
                }
                break;
            case GARMIN_ZIP:
                GarminExport.read(path, budget, options.zone(), listener);
                break;
            case GARMIN_FOLDER:
                GarminExport.readFolder(path, budget, options.zone(), listener);
                break;
            default:
                try (InputStream in = open(path, budget)) {
                    FitImport.read(in, path.toString(), options.zone(), listener);
                } catch (IOException e) {
                    throw unreadable(path, e);
                }
                break;
        }
        listener.progress(1, 1);
    }

    /**
     * Recognises what {@code path} holds, by extension, then by content.
     *
     * @throws ImportException if it does not exist, cannot be read or is none of the formats
     */
    public static ImportFormat detect(Path path) {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve(ZipExport.ACTIVITIES_CSV))) {
                return ImportFormat.STRAVA_FOLDER;
            }
            if (GarminExport.isGarminFolder(path)) {
                return ImportFormat.GARMIN_FOLDER;
            }
            throw new ImportException(path.toString(), "", "a folder without activities.csv or DI_CONNECT:"
                    + " not an unpacked Strava or Garmin Connect export");
        }
        if (!Files.isRegularFile(path)) {
            throw new ImportException(path.toString(), "", "no such file");
        }
        byte[] head = head(path);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String inner = Compression.innerName(name);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 || name.endsWith(".zip")) {
            return GarminExport.isGarminExport(path) ? ImportFormat.GARMIN_ZIP : ImportFormat.STRAVA_ZIP;
        }
        if (inner.endsWith(".fit") || head.length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return ImportFormat.FIT;
        }
        if (inner.endsWith(".gpx")) {
            return ImportFormat.GPX;
        }
        if (inner.endsWith(".tcx")) {
            return ImportFormat.TCX;
        }
        boolean gzip = head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        if (gzip) {
            throw new ImportException(path.toString(), "", "a gzip file whose name does not say what it holds; expected .gpx.gz, .tcx.gz or .fit.gz");
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("<gpx")) {
            return ImportFormat.GPX;
        }
        if (text.contains("<TrainingCenterDatabase")) {
            return ImportFormat.TCX;
        }
        if (text.stripLeading().startsWith("<") || text.startsWith("\uFEFF<")) {
            throw new ImportException(path.toString(), "", "XML that is neither GPX nor TCX");
        }
        return csvFormat(path);
    }

    private static ImportFormat csvFormat(Path path) {
        try (InputStream in = Files.newInputStream(path);
                CsvReader csv = new CsvReader(in, path.toString(), dev.recovery.importer.safety.ImportLimits.DEFAULT_MAX_CSV_RECORD_CHARS)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ImportException(path.toString(), "", "the file is empty");
            }
            if (PlainCsvReader.isPlainHeader(header)) {
                return ImportFormat.PLAIN_CSV;
            }
            if (ActivityListReader.isActivityList(header, csv.next())) {
                return ImportFormat.GARMIN_CSV;
            }
            if (header.size() >= 10) {
                return ImportFormat.STRAVA_CSV;
            }
            throw new ImportException(path.toString(), "line 1", "not a recognised file: expected a Strava export (folder or .zip),"
                    + " activities.csv, Garmin Connect's activity list (Activities.csv), a .gpx or .tcx file,"
                    + " or a CSV with the header date,distance,duration,type,rpe");
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static void readStrava(ExportFiles files, String csv, ImportOptions options, ImportListener listener) {
        ExecutorService pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "import-tracks");
            t.setDaemon(true);
            return t;
        }) : null;
        try (files) {
            new StravaExportReader(files, csv, options.zone(), options.distanceUnit(), options.limits().maxCsvRecordChars(),
                    pool, options.threads() * ROWS_IN_FLIGHT_PER_THREAD).read(listener);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static InputStream open(Path path, ReadBudget budget) throws IOException {
        return Compression.open(Files.newInputStream(path), path.toString(), budget, null);
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    private static Path parent(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? path.toAbsolutePath() : parent;
    }

    private static ImportException unreadable(Path path, IOException e) {
        return new ImportException(path.toString(), "", "cannot be read: " + e.getMessage(), e);
    }
}
