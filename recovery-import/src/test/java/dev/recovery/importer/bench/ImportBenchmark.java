package dev.recovery.importer.bench;

import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.fixture.Tracks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The import speed benchmark (docs/performance.md, "Import"): generates ten years of synthetic
 * history, 5,000 activities in activities.csv of which 1,000 reference a one-hour GPX at one point
 * per second (3,600 points, heart rate in the Garmin extension), gzipped as in Strava's exports,
 * then times the real import ({@link Importer#plan}) several times in this JVM. Run by
 * {@code bench/import.sh}, which also times the console and {@code zcat} over the same files.
 *
 * <p>Arguments: {@code DIR [RUNS|generate] [zip]}: where to generate (reused if already there),
 * how many timed runs ({@code generate}: none, only make sure the export exists), and {@code zip}
 * to also pack the export into a zip and time that.
 */
public final class ImportBenchmark {

    static final int ACTIVITIES = 5_000;
    static final int GPX_FILES = 1_000;
    static final int POINTS = 3_600;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args.length > 0 ? args[0] : "target/bench-import");
        boolean generateOnly = args.length > 1 && args[1].equals("generate");
        int runs = args.length > 1 && !generateOnly ? Integer.parseInt(args[1]) : 5;
        boolean zip = args.length > 2 && args[2].equals("zip");
        Path export = dir.resolve("export");
        if (!Files.exists(export.resolve("activities.csv"))) {
            long t = System.nanoTime();
            generate(export);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", export, (System.nanoTime() - t) / 1e9);
        }
        if (generateOnly) {
            return;
        }
        report(export, runs);
        if (zip) {
            Path zipFile = dir.resolve("export.zip");
            if (!Files.exists(zipFile)) {
                zip(export, zipFile);
            }
            report(zipFile, runs);
        }
    }

    private static void report(Path path, int runs) {
        double[] seconds = new double[runs];
        ImportPlan plan = null;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            plan = Importer.plan(path, ImportOptions.defaults(), JournalKeys.empty());
            seconds[i] = (System.nanoTime() - t) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %.2f s wall, %.2f s CPU (all threads), system load %.1f%n", i + 1, seconds[i],
                    cpuSeconds, os.getSystemLoadAverage());
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%s: %s%n  best %.2f s, median %.2f s, worst %.2f s over %d runs; threads %d; max heap %d MiB%n",
                path.getFileName(), plan.summary().format(), sorted[0], sorted[runs / 2], sorted[runs - 1], runs,
                ImportOptions.defaults().threads(), rt.maxMemory() >> 20);
    }

    /** Writes the synthetic export: one activity every ~17 hours over ten years, every fifth with a GPX. */
    static void generate(Path export) throws IOException {
        Files.createDirectories(export.resolve("activities"));
        long start = Instant.parse("2016-01-01T06:00:00Z").getEpochSecond();
        long step = 10L * 365 * 86_400 / ACTIVITIES;
        String[] types = {"Run", "Run", "Ride", "Run", "Weight Training", "Run", "Walk", "Run", "Swim", "Kayaking"};
        List<StravaCsv.Activity> rows = new ArrayList<>();
        int gpx = 0;
        for (int i = 0; i < ACTIVITIES; i++) {
            StravaCsv.Activity a = new StravaCsv.Activity();
            long t = start + i * step;
            a.id = String.valueOf(1_000_000_000L + i);
            a.date = StravaCsv.date(t);
            a.type = i % 5 == 0 ? "Run" : types[i % types.length];
            a.name = "Session " + i;
            a.description = i % 7 == 0 ? "Felt good, legs heavy\nat the end, \"hilly\" route" : "";
            if (i % 5 == 0 && gpx < GPX_FILES) {
                // One hour at 2.8 m/s: Strava's summary lacks heart rate, so the track is read for it.
                a.filename = "activities/" + a.id + ".gpx.gz";
                a.elapsedSeconds = String.valueOf(POINTS);
                a.movingSeconds = String.valueOf(POINTS);
                a.distance = String.format(Locale.ROOT, "%.2f", POINTS * 2.8 / 1000);
                a.metres = String.format(Locale.ROOT, "%.1f", POINTS * 2.8);
                a.avgHeartRate = "";
                a.maxHeartRate = "";
                try (Writer w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                        new java.io.BufferedOutputStream(Files.newOutputStream(export.resolve(a.filename)), 1 << 16), 1 << 16),
                        StandardCharsets.UTF_8)) {
                    Tracks.gpx11(w, Instant.ofEpochSecond(t), POINTS, 2.8, 140, "running");
                }
                gpx++;
            } else {
                a.filename = "activities/" + a.id + ".fit.gz";
                a.elapsedSeconds = "2900";
                a.movingSeconds = "2800";
                a.distance = "8.00";
                a.metres = "8000.0";
                a.perceivedExertion = i % 3 == 0 ? "5" : "";
            }
            rows.add(a);
        }
        try (BufferedWriter w = Files.newBufferedWriter(export.resolve("activities.csv"), StandardCharsets.UTF_8)) {
            w.write(StravaCsv.csv(StravaCsv.DETAILED, rows));
        }
    }

    static void zip(Path export, Path zipFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            try (var files = Files.walk(export)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    zip.putNextEntry(new ZipEntry(export.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, zip);
                    zip.closeEntry();
                }
            }
        }
    }
}
