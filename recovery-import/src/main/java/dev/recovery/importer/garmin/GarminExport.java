package dev.recovery.importer.garmin;

import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.archive.Compression;
import dev.recovery.importer.fit.FitImport;
import dev.recovery.importer.safety.EntryNames;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ReadBudget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A Garmin Connect account data export ("Export Your Data" in the Garmin account's data management,
 * offered since May 2018): a zip whose {@code DI_CONNECT/} folder holds, among profile and wellness
 * data, {@code DI-Connect-Fitness/<account>_0_summarizedActivities.json} (Garmin's summary of every
 * activity) and {@code DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip} (more parts for larger
 * accounts; {@code DI-Connect-Fitness-Uploaded-Files} in older exports), nested zips holding the
 * files the devices uploaded, named by upload id: the FIT originals of the activities, and FIT
 * files of other kinds (monitoring, settings...).
 *
 * <p>Read here: every FIT file in the uploaded-files zips (and any loose {@code .fit} in those
 * folders), each session an activity, each other kind of FIT file skipped with a notice. Other
 * uploaded files in those zips (GPX or TCX a runner uploaded by hand) are counted as
 * {@value #OTHER_UPLOAD}; the JSON summaries are not read, as the FIT originals carry the same
 * figures. Entries are read in name order so the result does not depend on the archive's
 * layout; every name is checked and every stream bounded as for a Strava export.
 */
public final class GarminExport {

    /** The top folder of a Garmin Connect account export. */
    public static final String ROOT = "di_connect/";
    /** The folder names (lower case) that hold the uploaded originals, recent and older exports. */
    private static final List<String> UPLOAD_FOLDERS = List.of("di-connect-uploaded-files", "di-connect-fitness-uploaded-files");
    /** The skip type for uploaded files that are neither FIT nor a zip of them. */
    public static final String OTHER_UPLOAD = "uploaded file not read";

    private GarminExport() {
    }

    /**
     * True if {@code zip} is a Garmin Connect account export: an entry lies under {@code DI_CONNECT/}.
     *
     * @param zip a zip file
     * @return whether it is one
     * @throws ImportException if it is not a readable zip
     */
    public static boolean isGarminExport(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                if (name.startsWith(ROOT) || name.contains("/" + ROOT)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new ImportException(zip.toString(), "", "not a readable zip archive (truncated?): " + e.getMessage(), e);
        }
    }

    /**
     * True if {@code dir} is an unpacked Garmin Connect account export: it holds a
     * {@code DI_CONNECT} folder, or is one.
     *
     * @param dir a folder
     * @return whether it is one
     */
    public static boolean isGarminFolder(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        if (name != null && (name.toString() + "/").equalsIgnoreCase(ROOT)) {
            return true;
        }
        try (java.util.stream.Stream<Path> children = java.nio.file.Files.list(dir)) {
            return children.anyMatch(c -> java.nio.file.Files.isDirectory(c) && (c.getFileName() + "/").equalsIgnoreCase(ROOT));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads an unpacked export's FIT originals into {@code listener}, like {@link #read} does for the zip.
     * Links are not followed, so nothing outside the folder is read.
     *
     * @param dir      the unpacked export (the folder holding {@code DI_CONNECT}, or that folder)
     * @param budget   the import's read budget
     * @param zone     the runner's time zone
     * @param listener receives activities and notices
     * @throws ImportException naming the file (and byte offset) if a file is too large or not a sound FIT file
     */
    public static void readFolder(Path dir, ReadBudget budget, ZoneId zone, ImportListener listener) {
        List<Path> uploads;
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(dir)) {
            uploads = all.filter(java.nio.file.Files::isRegularFile)
                    .filter(p -> isUpload(dir.relativize(p).toString().replace('\\', '/')))
                    .limit(budget.limits().maxEntries() + 1L)
                    .sorted().collect(java.util.stream.Collectors.toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(dir.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
        if (uploads.size() > budget.limits().maxEntries()) {
            throw tooMany(dir.toString(), budget);
        }
        int count = uploads.size();
        int done = 0;
        for (Path p : uploads) {
            String where = dir.relativize(p).toString().replace('\\', '/');
            String lower = where.toLowerCase(Locale.ROOT);
            try (InputStream in = Compression.open(java.nio.file.Files.newInputStream(p), where, budget, null)) {
                if (lower.endsWith(".zip")) {
                    count = nested(in, where, budget, zone, listener, count);
                } else {
                    one(in, where, lower, zone, listener);
                }
            } catch (IOException e) {
                throw new ImportException(where, "", "cannot be read: " + e.getMessage(), e);
            }
            listener.progress(++done, uploads.size());
        }
    }

    /**
     * Reads the export's FIT originals into {@code listener}.
     *
     * @param zip      the export
     * @param budget   the import's read budget (entries, sizes, ratios)
     * @param zone     the runner's time zone
     * @param listener receives activities and notices
     * @throws ImportException naming the file (and byte offset) if any entry is unsafe, too large or
     *                         not a sound FIT file; then nothing may be imported
     */
    public static void read(Path zip, ReadBudget budget, ZoneId zone, ImportListener listener) {
        String shown = zip.getFileName().toString();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<ZipEntry> uploads = new ArrayList<>();
            int count = 0;
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > budget.limits().maxEntries()) {
                    throw tooMany(zip.toString(), budget);
                }
                EntryNames.requireSafe(zip.toString(), "", e.getName());
                if (!e.isDirectory() && isUpload(e.getName())) {
                    uploads.add(e);
                }
            }
            Collections.sort(uploads, (a, b) -> a.getName().compareTo(b.getName()));
            int done = 0;
            for (ZipEntry e : uploads) {
                String where = shown + "!" + e.getName();
                long compressed = Math.max(1, e.getCompressedSize());
                boolean deflated = e.getMethod() == ZipEntry.DEFLATED;
                try (InputStream in = Compression.open(z.getInputStream(e), where, budget, deflated ? () -> compressed : null)) {
                    String lower = e.getName().toLowerCase(Locale.ROOT);
                    if (lower.endsWith(".zip")) {
                        count = nested(in, where, budget, zone, listener, count);
                    } else {
                        one(in, where, lower, zone, listener);
                    }
                }
                listener.progress(++done, uploads.size());
            }
        } catch (IOException e) {
            throw new ImportException(zip.toString(), "", "cannot be read (corrupt archive?): " + e.getMessage(), e);
        }
    }

    private static int nested(InputStream in, String where, ReadBudget budget, ZoneId zone, ImportListener listener, int count)
            throws IOException {
        ZipInputStream inner = new ZipInputStream(in);
        ZipEntry e;
        while ((e = nextEntry(inner, where)) != null) {
            if (++count > budget.limits().maxEntries()) {
                throw tooMany(where, budget);
            }
            EntryNames.requireSafe(where, "", e.getName());
            if (e.isDirectory()) {
                continue;
            }
            String name = where + "!" + e.getName();
            InputStream bounded = Compression.open(new NonClosing(inner), name, budget, null);
            one(bounded, name, e.getName().toLowerCase(Locale.ROOT), zone, listener);
        }
        return count;
    }

    /** The next entry of a nested zip; an entry name that is not UTF-8 is a corrupt archive (found by fuzzing). */
    private static ZipEntry nextEntry(ZipInputStream inner, String where) throws IOException {
        try {
            return inner.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, "", "cannot be read (corrupt archive?): an entry name that is not valid UTF-8", e);
        }
    }

    private static void one(InputStream in, String name, String lower, ZoneId zone, ImportListener listener) {
        if (Compression.innerName(lower).endsWith(".fit")) {
            FitImport.read(in, name, zone, listener);
        } else {
            listener.skipped(new SkippedActivity(OTHER_UPLOAD, name));
        }
    }

    private static boolean isUpload(String name) {
        String lower = "/" + name.toLowerCase(Locale.ROOT);
        boolean inUploads = UPLOAD_FOLDERS.stream().anyMatch(f -> lower.contains("/" + f + "/"));
        return inUploads && (lower.endsWith(".zip") || Compression.innerName(lower).endsWith(".fit"));
    }

    private static ImportException tooMany(String where, ReadBudget budget) {
        return new ImportException(where, "", "more than " + budget.limits().maxEntries()
                + " entries; refused as a likely zip bomb (limit max-entries)");
    }

    /** Keeps a reader from closing the nested zip stream it shares with the next entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The nested zip stream goes on to its next entry.
        }
    }
}
