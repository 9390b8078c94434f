package dev.recovery.importer.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.ImportLimits;
import dev.recovery.importer.safety.ReadBudget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Strava export read from its zip or its unpacked folder: names, sizes, gzip, and the limits. */
class ExportFilesTest {

    @TempDir
    Path dir;

    private static ReadBudget budget() {
        return new ReadBudget(ImportLimits.defaults());
    }

    private static String text(Optional<InputStream> in) throws IOException {
        try (InputStream s = in.orElseThrow()) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void gzipIsRecognisedInAnyCase() {
        assertTrue(Compression.isGzip("a.gpx.GZ"));
        assertFalse(Compression.isGzip("a.gpx"));
        assertFalse(Compression.isGzip("a.gzx"));
    }

    @Test
    void theInnerNameDropsGzAndIsLowerCase() {
        assertEquals("activities/1.gpx", Compression.innerName("Activities/1.GPX.gz"));
        assertEquals("1.fit", Compression.innerName("1.FIT"));
    }

    @Test
    void aGzippedFileIsUnGzippedAndCountedOnce() throws IOException {
        ReadBudget b = budget();
        byte[] plain = "<gpx/>".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Compression.open(new ByteArrayInputStream(Exports.gzip(plain)), "1.gpx.gz", b, null)) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        assertEquals(plain.length, b.total());
    }

    @Test
    void aGzippedZipEntryIsCountedOnceToo() throws IOException {
        ReadBudget b = budget();
        byte[] plain = "<gpx/>".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Compression.open(new ByteArrayInputStream(Exports.gzip(plain)), "1.gpx.gz", b, () -> 10)) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        assertEquals(plain.length, b.total());
    }

    @Test
    void aPlainFileIsPassedThroughAndCounted() throws IOException {
        ReadBudget b = budget();
        try (InputStream in = Compression.open(new ByteArrayInputStream(new byte[] {1, 2, 3}), "1.fit", b, null)) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
        assertEquals(3, b.total());
    }

    @Test
    void aGzNameThatIsNotGzipIsRefusedNamingIt() {
        ImportException e = assertThrows(ImportException.class,
                () -> Compression.open(new ByteArrayInputStream(new byte[] {1, 2, 3}), "1.gpx.gz", budget(), null));
        assertTrue(e.getMessage().startsWith("1.gpx.gz: not a readable gzip file: "), e.getMessage());
    }

    @Test
    void aFolderExportOpensItsFilesByRelativeName() throws IOException {
        Path root = Exports.create().with("activities.csv", "a,b").with("activities/1.gpx.gz", "<gpx/>").folder(dir.resolve("export"));
        FolderExport f = new FolderExport(root, budget());
        assertEquals(root.toString(), f.name());
        assertEquals(root.resolve("activities/1.gpx.gz").toString(), f.describe("activities/1.gpx.gz"));
        assertEquals("a,b", text(f.open("activities.csv")));
        assertEquals("<gpx/>", text(f.open("activities/1.gpx.gz")));
        assertEquals(3, f.size("activities.csv"));
        f.close();
    }

    @Test
    void aMissingFileInAFolderIsEmptyAndHasNoSize() throws IOException {
        Path root = Exports.create().with("activities.csv", "a,b").folder(dir.resolve("export"));
        FolderExport f = new FolderExport(root, budget());
        assertTrue(f.open("activities/9.gpx").isEmpty());
        assertEquals(-1, f.size("activities/9.gpx"));
    }

    @Test
    void aFolderIsNoFileToOpen() throws IOException {
        Path root = Exports.create().with("activities/1.gpx", "<gpx/>").folder(dir.resolve("export"));
        FolderExport f = new FolderExport(root, budget());
        assertTrue(f.open("activities").isEmpty());
    }

    @Test
    void aMissingFolderIsRefusedNamingIt() {
        Path missing = dir.resolve("nope");
        ImportException e = assertThrows(ImportException.class, () -> new FolderExport(missing, budget()));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read the folder: "), e.getMessage());
    }

    @Test
    void aLinkLeadingOutOfTheFolderIsRefused() throws IOException {
        Path root = Exports.create().with("activities.csv", "a,b").folder(dir.resolve("export"));
        Path outside = Files.writeString(dir.resolve("secret.gpx"), "<gpx/>");
        Files.createSymbolicLink(root.resolve("link.gpx"), outside);
        FolderExport f = new FolderExport(root, budget());
        ImportException e = assertThrows(ImportException.class, () -> f.open("link.gpx"));
        assertEquals(root + ": refused 'link.gpx': it links outside the export folder", e.getMessage());
    }

    @Test
    void aLinkInsideTheFolderIsFollowed() throws IOException {
        Path root = Exports.create().with("activities.csv", "a,b").folder(dir.resolve("export"));
        Files.createSymbolicLink(root.resolve("copy.csv"), root.resolve("activities.csv"));
        assertEquals("a,b", text(new FolderExport(root, budget()).open("copy.csv")));
    }

    @Test
    void aFolderNameClimbingOutIsRefused() throws IOException {
        Path root = Exports.create().with("activities.csv", "a,b").folder(dir.resolve("export"));
        FolderExport f = new FolderExport(root, budget());
        assertThrows(ImportException.class, () -> f.size("../x"));
    }

    @Test
    void aZipAtTheRootHasNoPrefix() throws IOException {
        Path zip = Exports.create().with("activities.csv", "a,b").with("activities/1.gpx", "<gpx/>").zip(dir.resolve("export_1.zip"));
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertTrue(z.hasActivitiesCsv());
            assertEquals(zip.toString(), z.name());
            assertEquals("export_1.zip!activities/1.gpx", z.describe("activities/1.gpx"));
            assertEquals("<gpx/>", text(z.open("activities/1.gpx")));
            assertEquals(6, z.size("activities/1.gpx"));
        }
    }

    @Test
    void aReZippedFolderIsReadFromTheShallowestActivitiesCsv() throws IOException {
        Path zip = Exports.create().with("export/deeper/activities.csv", "deep").with("export/activities.csv", "top")
                .with("export/activities/1.gpx", "<gpx/>").zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertEquals("top", text(z.open("activities.csv")));
            assertEquals("e.zip!export/activities/1.gpx", z.describe("activities/1.gpx"));
            assertEquals(6, z.size("activities/1.gpx"));
        }
    }

    @Test
    void theShallowestActivitiesCsvWinsWhateverTheOrder() throws IOException {
        Path zip = Exports.create().with("export/activities.csv", "top").with("export/deeper/activities.csv", "deep")
                .zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertEquals("top", text(z.open("activities.csv")));
        }
    }

    @Test
    void aFileMerelyEndingInActivitiesCsvIsNotTheSummary() throws IOException {
        Path zip = Exports.create().with("myactivities.csv", "x").zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertFalse(z.hasActivitiesCsv());
            assertEquals("e.zip!activities.csv", z.describe("activities.csv"));
            assertTrue(z.open("activities.csv").isEmpty());
            assertEquals(-1, z.size("activities.csv"));
        }
    }

    @Test
    void anActivitiesCsvFolderIsNotTheSummary() throws IOException {
        Path zip = dir.resolve("e.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("activities.csv/"));
            z.closeEntry();
        }
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertFalse(z.hasActivitiesCsv());
            assertTrue(z.open("activities.csv/").isEmpty());
        }
    }

    @Test
    void aSummaryInCapitalsIsFound() throws IOException {
        Path zip = Exports.create().with("ACTIVITIES.CSV", "x").zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertTrue(z.hasActivitiesCsv());
        }
    }

    @Test
    void exactlyTheEntryLimitIsAccepted() throws IOException {
        Path zip = Exports.create().with("activities.csv", "a").with("b", "b").with("c", "c").zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, new ReadBudget(ImportLimits.defaults().withMaxEntries(3)))) {
            assertTrue(z.hasActivitiesCsv());
        }
        ImportException e = assertThrows(ImportException.class,
                () -> new ZipExport(zip, new ReadBudget(ImportLimits.defaults().withMaxEntries(2))));
        assertEquals(zip + ": more than 2 entries; refused as a likely zip bomb (limit max-entries)", e.getMessage());
    }

    @Test
    void aStoredEntryIsNotRatioChecked() throws IOException {
        byte[] blanks = new byte[(int) ImportLimits.RATIO_GRACE_BYTES + 10];
        Path zip = dir.resolve("e.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("activities.csv");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(blanks.length);
            entry.setCompressedSize(blanks.length);
            CRC32 crc = new CRC32();
            crc.update(blanks);
            entry.setCrc(crc.getValue());
            z.putNextEntry(entry);
            z.write(blanks);
            z.closeEntry();
        }
        try (ZipExport z = new ZipExport(zip, new ReadBudget(ImportLimits.defaults().withMaxCompressionRatio(1)))) {
            assertEquals(blanks.length, z.open("activities.csv").orElseThrow().readAllBytes().length);
        }
    }

    @Test
    void aDeflatedEntryIsRatioCheckedAgainstItsCompressedSize() throws IOException {
        byte[] blanks = new byte[(int) ImportLimits.RATIO_GRACE_BYTES + 10];
        Path zip = Exports.create().withBytes("activities.csv", blanks).zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, new ReadBudget(ImportLimits.defaults().withMaxCompressionRatio(2)))) {
            InputStream in = z.open("activities.csv").orElseThrow();
            ImportException e = assertThrows(ImportException.class, in::readAllBytes);
            assertTrue(e.getMessage().startsWith("e.zip!activities.csv: compression ratio above 2 to 1"), e.getMessage());
        }
    }

    @Test
    void anUnsafeNameAskedOfAZipIsRefused() throws IOException {
        Path zip = Exports.create().with("activities.csv", "a").zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertThrows(ImportException.class, () -> z.open("../activities.csv"));
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefusedNamingIt() throws IOException {
        Path notZip = Files.writeString(dir.resolve("e.zip"), "hello");
        ImportException e = assertThrows(ImportException.class, () -> new ZipExport(notZip, budget()));
        assertTrue(e.getMessage().startsWith(notZip + ": not a readable zip archive (truncated?): "), e.getMessage());
    }

    private static byte[] randomDigits(int n) {
        java.util.Random r = new java.util.Random(7);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('0' + r.nextInt(10));
        }
        return b;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(7).nextBytes(b);
        return b;
    }

    @Test
    void aDeflatedEntryOfAnOrdinaryRatioIsReadWhole() throws IOException {
        byte[] digits = randomDigits((int) ImportLimits.RATIO_GRACE_BYTES + 100_000);
        Path zip = Exports.create().withBytes("activities.csv", digits).zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, new ReadBudget(ImportLimits.defaults().withMaxCompressionRatio(4)))) {
            assertArrayEquals(digits, z.open("activities.csv").orElseThrow().readAllBytes());
        }
    }

    @Test
    void ofTwoEquallyDeepSummariesTheFirstListedIsRead() throws IOException {
        Path zip = Exports.create().with("a/activities.csv", "first").with("b/activities.csv", "second").zip(dir.resolve("e.zip"));
        try (ZipExport z = new ZipExport(zip, budget())) {
            assertEquals("first", text(z.open("activities.csv")));
        }
    }

    @Test
    void aClosedZipCannotBeReadAnyMore() throws IOException {
        Path zip = Exports.create().with("activities.csv", "a").zip(dir.resolve("e.zip"));
        ZipExport z = new ZipExport(zip, budget());
        z.close();
        assertThrows(IllegalStateException.class, () -> z.open("activities.csv"));
    }

    @Test
    void theCompressedBytesOfAGzippedZipEntryCountAgainstTheEntryLimit() {
        byte[] gz = Exports.gzip(randomBytes(1000));
        ReadBudget b = new ReadBudget(ImportLimits.defaults().withMaxEntryBytes(gz.length - 1));
        ImportException e = assertThrows(ImportException.class,
                () -> Compression.open(new ByteArrayInputStream(gz), "e.zip!1.gpx.gz", b, () -> gz.length).readAllBytes());
        assertTrue(e.getMessage().startsWith("e.zip!1.gpx.gz: inflates to more than " + (gz.length - 1)), e.getMessage());
    }

    @Test
    void aGzippedFileOnDiskIsLimitedByItsInflatedSizeAlone() throws IOException {
        byte[] digits = randomBytes(1000);
        byte[] gz = Exports.gzip(digits);
        ReadBudget b = new ReadBudget(ImportLimits.defaults().withMaxEntryBytes(1000));
        assertTrue(gz.length > 1000);
        assertArrayEquals(digits, Compression.open(new ByteArrayInputStream(gz), "1.gpx.gz", b, null).readAllBytes());
    }
}
