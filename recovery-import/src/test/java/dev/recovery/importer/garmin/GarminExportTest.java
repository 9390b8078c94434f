package dev.recovery.importer.garmin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.RecordingListener;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ImportLimits;
import dev.recovery.importer.safety.ReadBudget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Garmin Connect account export: which entries are read, in which order, and the limits on its nested zips. */
class GarminExportTest {

    static final String UPLOADS = "DI_CONNECT/DI-Connect-Uploaded-Files/";

    @TempDir
    Path dir;

    static byte[] fit(String name) throws IOException {
        try (InputStream in = GarminExportTest.class.getResourceAsStream("/fit/" + name)) {
            return in.readAllBytes();
        }
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static ReadBudget budget() {
        return new ReadBudget(ImportLimits.defaults());
    }

    RecordingListener read(Path zip, ReadBudget budget) {
        RecordingListener r = new RecordingListener();
        GarminExport.read(zip, budget, ZoneOffset.UTC, r);
        return r;
    }

    RecordingListener readFolder(Path folder, ReadBudget budget) {
        RecordingListener r = new RecordingListener();
        GarminExport.readFolder(folder, budget, ZoneOffset.UTC, r);
        return r;
    }

    @Test
    void anExportIsRecognisedByItsTopFolderAtTheRootOrOneDown() throws IOException {
        assertTrue(GarminExport.isGarminExport(Exports.create().with("DI_CONNECT/x.json", "{}").zip(dir.resolve("a.zip"))));
        assertTrue(GarminExport.isGarminExport(Exports.create().with("export/di_connect/x.json", "{}").zip(dir.resolve("b.zip"))));
        assertFalse(GarminExport.isGarminExport(Exports.create().with("activities.csv", "x").with("my_di_connect/x", "")
                .zip(dir.resolve("c.zip"))));
    }

    @Test
    void aFileThatIsNoZipIsRefusedNamingIt() throws IOException {
        Path notZip = Files.writeString(dir.resolve("a.zip"), "hello");
        ImportException e = assertThrows(ImportException.class, () -> GarminExport.isGarminExport(notZip));
        assertTrue(e.getMessage().startsWith(notZip + ": not a readable zip archive (truncated?): "), e.getMessage());
        assertThrows(ImportException.class, () -> read(notZip, budget()));
    }

    @Test
    void aFolderIsAnExportIfItHoldsOrIsTheTopFolder() throws IOException {
        Path root = Exports.create().with("DI_CONNECT/x.json", "{}").folder(dir.resolve("export"));
        assertTrue(GarminExport.isGarminFolder(root));
        assertTrue(GarminExport.isGarminFolder(root.resolve("DI_CONNECT")));
        Path other = Exports.create().with("activities.csv", "x").folder(dir.resolve("other"));
        assertFalse(GarminExport.isGarminFolder(other));
        assertFalse(GarminExport.isGarminFolder(dir.resolve("missing")));
        Path file = Exports.create().with("DI_CONNECT", "not a folder").folder(dir.resolve("third"));
        assertFalse(GarminExport.isGarminFolder(file));
    }

    @Test
    void uploadsAreReadInNameOrderFromBothFolderNames() throws IOException {
        Path zip = Exports.create()
                .withBytes("DI_CONNECT/DI-Connect-Uploaded-Files/b.fit", fit("ffp-strength.fit"))
                .withBytes("DI_CONNECT/DI-Connect-Fitness-Uploaded-Files/a.fit", fit("ffp-trail-run.fit"))
                .withBytes("DI_CONNECT/DI-Connect-Fitness/summary.fit", fit("ffp-trail-run.fit"))
                .zip(dir.resolve("garmin.zip"));
        RecordingListener r = read(zip, budget());
        assertEquals(List.of(ActivityKind.RUN, ActivityKind.STRENGTH),
                r.activities.stream().map(a -> a.kind()).collect(Collectors.toList()));
        assertEquals("garmin.zip!DI_CONNECT/DI-Connect-Fitness-Uploaded-Files/a.fit", r.activities.get(0).origin());
        assertEquals(2, r.progress.size());
        assertArrayEquals(new long[] {2, 2}, r.progress.get(1));
    }

    @Test
    void otherUploadsInANestedZipAreCountedNotRead() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("1.fit", fit("ffp-strength.fit"));
        inner.put("2.gpx", "<gpx/>".getBytes());
        inner.put("folder/", new byte[0]);
        Path zip = Exports.create().withBytes(UPLOADS + "UploadedFiles_0-_Part1.zip", zip(inner)).zip(dir.resolve("garmin.zip"));
        RecordingListener r = read(zip, budget());
        assertEquals(1, r.activities.size());
        assertEquals(1, r.skipped.size());
        assertEquals(GarminExport.OTHER_UPLOAD, r.skipped.get(0).type());
        assertEquals("garmin.zip!" + UPLOADS + "UploadedFiles_0-_Part1.zip!2.gpx", r.skipped.get(0).origin());
    }

    @Test
    void aGzippedFitUploadIsRead() throws IOException {
        Path zip = Exports.create().withBytes(UPLOADS + "1.fit.gz", Exports.gzip(fit("ffp-strength.fit"))).zip(dir.resolve("g.zip"));
        assertEquals(1, read(zip, budget()).activities.size());
    }

    @Test
    void entriesUpToTheLimitAreAcceptedAcrossNestedZips() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("1.fit", fit("ffp-strength.fit"));
        inner.put("2.fit", fit("ffp-strength.fit"));
        Path zip = Exports.create().withBytes(UPLOADS + "part.zip", zip(inner)).zip(dir.resolve("g.zip"));
        assertEquals(2, read(zip, new ReadBudget(ImportLimits.defaults().withMaxEntries(3))).activities.size());
        ImportException e = assertThrows(ImportException.class,
                () -> read(zip, new ReadBudget(ImportLimits.defaults().withMaxEntries(2))));
        assertEquals("g.zip!" + UPLOADS + "part.zip: more than 2 entries; refused as a likely zip bomb (limit max-entries)", e.getMessage());
    }

    @Test
    void tooManyOuterEntriesAreRefusedBeforeReading() throws IOException {
        Path zip = Exports.create().with("a", "").with("b", "").with("c", "").zip(dir.resolve("g.zip"));
        ImportException e = assertThrows(ImportException.class, () -> read(zip, new ReadBudget(ImportLimits.defaults().withMaxEntries(2))));
        assertEquals(zip + ": more than 2 entries; refused as a likely zip bomb (limit max-entries)", e.getMessage());
        assertEquals(0, read(zip, new ReadBudget(ImportLimits.defaults().withMaxEntries(3))).activities.size());
    }

    @Test
    void anUnsafeNameInANestedZipIsRefused() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("../1.fit", fit("ffp-strength.fit"));
        Path zip = Exports.create().withBytes(UPLOADS + "part.zip", zip(inner)).zip(dir.resolve("g.zip"));
        ImportException e = assertThrows(ImportException.class, () -> read(zip, budget()));
        assertTrue(e.getMessage().contains("../1.fit"), e.getMessage());
    }

    @Test
    void aStoredNestedZipIsNotRatioChecked() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("1.fit", fit("ffp-strength.fit"));
        byte[] part = zip(inner);
        Path zip = dir.resolve("g.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            ZipEntry e = new ZipEntry(UPLOADS + "part.zip");
            e.setMethod(ZipEntry.STORED);
            e.setSize(part.length);
            e.setCompressedSize(part.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(part);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(part);
            z.closeEntry();
        }
        assertEquals(1, read(zip, budget()).activities.size());
    }

    @Test
    void anUnpackedExportReadsItsUploadsAndNestedZips() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("1.fit", fit("ffp-strength.fit"));
        Path root = Exports.create().withBytes(UPLOADS + "part.zip", zip(inner)).withBytes(UPLOADS + "loose.fit", fit("ffp-trail-run.fit"))
                .with("DI_CONNECT/DI-Connect-Fitness/summary.json", "[]").folder(dir.resolve("export"));
        RecordingListener r = readFolder(root, budget());
        assertEquals(List.of(ActivityKind.RUN, ActivityKind.STRENGTH),
                r.activities.stream().map(a -> a.kind()).collect(Collectors.toList()));
        assertEquals(UPLOADS + "loose.fit", r.activities.get(0).origin());
        assertArrayEquals(new long[] {2, 2}, r.progress.get(1));
    }

    @Test
    void anUnpackedExportCountsItsEntriesToo() throws IOException {
        Path root = Exports.create().withBytes(UPLOADS + "a.fit", fit("ffp-strength.fit")).withBytes(UPLOADS + "b.fit", fit("ffp-strength.fit"))
                .folder(dir.resolve("export"));
        assertEquals(2, readFolder(root, new ReadBudget(ImportLimits.defaults().withMaxEntries(2))).activities.size());
        ImportException e = assertThrows(ImportException.class,
                () -> readFolder(root, new ReadBudget(ImportLimits.defaults().withMaxEntries(1))));
        assertEquals(root + ": more than 1 entries; refused as a likely zip bomb (limit max-entries)", e.getMessage());
    }

    @Test
    void aMissingFolderCannotBeRead() {
        ImportException e = assertThrows(ImportException.class, () -> readFolder(dir.resolve("missing"), budget()));
        assertTrue(e.getMessage().startsWith(dir.resolve("missing") + ": cannot be read: "), e.getMessage());
    }
}
