package dev.recovery.importer.archive;

import dev.recovery.importer.safety.EntryNames;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ReadBudget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Strava export still in its zip. Entries are read one at a time straight from the archive (the
 * zip is never unpacked to disk nor loaded into memory). On opening, every entry name is checked
 * and the entries are counted, so a crafted archive is refused before anything is parsed.
 *
 * <p>If the runner re-zipped the unpacked folder, {@code activities.csv} sits one folder down; the
 * export's root is then the folder holding it.
 *
 * @since 0.1.0
 */
public final class ZipExport implements ExportFiles {

    /** The file every Strava export has at its root. */
    public static final String ACTIVITIES_CSV = "activities.csv";

    private final Path path;
    private final ZipFile zip;
    private final ReadBudget budget;
    private final String prefix;

    /**
     * Opens and vets the archive.
     *
     * @throws ImportException if it is not a zip, has too many entries, an unsafe entry name, or no activities.csv
     */
    public ZipExport(Path path, ReadBudget budget) {
        this.path = path;
        this.budget = budget;
        try {
            this.zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw new ImportException(path.toString(), "", "not a readable zip archive (truncated?): " + e.getMessage(), e);
        }
        try {
            this.prefix = vet();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Checks every entry; returns the folder prefix of activities.csv ("" at the root), or null if absent. */
    private String vet() {
        int count = 0;
        String best = null;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > budget.limits().maxEntries()) {
                throw new ImportException(path.toString(), "", "more than " + budget.limits().maxEntries()
                        + " entries; refused as a likely zip bomb (limit max-entries)");
            }
            String name = entry.getName();
            EntryNames.requireSafe(path.toString(), "", name);
            String lower = name.toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && (lower.equals(ACTIVITIES_CSV) || lower.endsWith("/" + ACTIVITIES_CSV))) {
                String candidate = name.substring(0, name.length() - ACTIVITIES_CSV.length());
                if (best == null || candidate.length() < best.length()) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** True if the archive holds an activities.csv, i.e. it looks like a Strava export. */
    public boolean hasActivitiesCsv() {
        return prefix != null;
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public String describe(String relative) {
        return path.getFileName() + "!" + (prefix == null ? "" : prefix) + relative;
    }

    @Override
    public Optional<InputStream> open(String relative) {
        EntryNames.requireSafe(name(), "", relative);
        ZipEntry entry = zip.getEntry((prefix == null ? "" : prefix) + relative);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        try {
            InputStream stored = zip.getInputStream(entry);
            // For a deflated entry the ratio is inflated bytes over the compressed bytes consumed;
            // ZipFile reads compressed bytes internally, so the entry's stored size is the bound.
            long compressed = Math.max(1, entry.getCompressedSize());
            boolean deflated = entry.getMethod() == ZipEntry.DEFLATED;
            return Optional.of(Compression.open(stored, describe(relative), budget, deflated ? () -> compressed : null));
        } catch (IOException e) {
            throw new ImportException(describe(relative), "", "cannot be read (corrupt archive?): " + e.getMessage(), e);
        }
    }

    @Override
    public long size(String relative) {
        ZipEntry entry = zip.getEntry((prefix == null ? "" : prefix) + relative);
        return entry == null ? -1 : entry.getSize();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Closing a read-only archive cannot lose data.
        }
    }
}
