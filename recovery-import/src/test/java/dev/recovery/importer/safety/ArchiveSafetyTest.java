package dev.recovery.importer.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Exports;
import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.fixture.Tracks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted archives are refused: zip slip names, zip bombs, too many entries. */
class ArchiveSafetyTest {

    @TempDir
    Path dir;

    private static String csv(String filename) {
        StravaCsv.Activity a = new StravaCsv.Activity();
        a.filename = filename;
        a.avgHeartRate = "";
        return StravaCsv.csv(StravaCsv.DETAILED, List.of(a));
    }

    private static ImportException refused(Path path, ImportOptions options) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImportException.class, () -> Importer.plan(path, options, JournalKeys.empty())));
    }

    private static ImportException refused(Path path) {
        return refused(path, ImportOptions.defaults());
    }

    @Test
    void aZipEntryClimbingOutWithDotDotIsRefused() throws IOException {
        Path zip = Exports.create().with("activities.csv", csv("")).with("../../evil.txt", "x").zip(dir.resolve("e.zip"));
        ImportException e = refused(zip);
        assertTrue(e.getMessage().contains("'../../evil.txt'"), e.getMessage());
        assertTrue(e.getMessage().contains("../"), e.getMessage());
    }

    @Test
    void aZipEntryWithAnAbsolutePathIsRefused() throws IOException {
        Path zip = Exports.create().with("activities.csv", csv("")).with("/etc/cron.d/evil", "x").zip(dir.resolve("e.zip"));
        assertTrue(refused(zip).getMessage().contains("absolute path '/etc/cron.d/evil'"));
    }

    @Test
    void aWindowsDrivePathIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> EntryNames.requireSafe("e.zip", "", "C:\\Windows\\x"));
        assertTrue(e.getMessage().contains("absolute path"), e.getMessage());
    }

    @Test
    void aCsvFilenameClimbingOutOfAFolderExportIsRefused() throws IOException {
        Path folder = Exports.create().with("activities.csv", csv("../outside.gpx")).folder(dir.resolve("export"));
        Files.writeString(dir.resolve("outside.gpx"), Tracks.gpx11(Instant.parse("2020-10-07T14:43:11Z"), 10, 3, 0, null));
        ImportException e = refused(folder);
        assertTrue(e.getMessage().contains("'../outside.gpx'"), e.getMessage());
    }

    /** Found by fuzzing: the refusal named only the export folder, not the row that holds the name. */
    @Test
    void aCsvFilenameWithANulCharacterIsRefusedNamingItsRow() throws IOException {
        Path folder = Exports.create().with("activities.csv", csv("activities/1\u0000.gpx")).folder(dir.resolve("export"));
        ImportException e = refused(folder);
        assertTrue(e.getMessage().contains("activities.csv line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Exports export = Exports.create().with("activities.csv", csv(""));
        for (int i = 0; i < 20; i++) {
            export.with("media/" + i + ".jpg", "x");
        }
        Path zip = export.zip(dir.resolve("many.zip"));
        ImportException e = refused(zip, ImportOptions.defaults().withLimits(ImportLimits.defaults().withMaxEntries(10)));
        assertTrue(e.getMessage().contains("more than 10 entries"), e.getMessage());
    }

    /** A zip whose GPX entry is mostly blanks: 40 MiB that deflate to about 40 KiB (ratio about 1,000). */
    private Path bombZip() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("activities.csv"));
            z.write(csv("activities/1000.gpx").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("activities/1000.gpx"));
            z.write("<gpx version=\"1.1\"><trk><name>".getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                z.write(blanks);
            }
            z.write("</name></trk></gpx>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() throws IOException {
        ImportException e = refused(bombZip());
        assertTrue(e.getMessage().contains("compression ratio"), e.getMessage());
        assertTrue(e.getMessage().contains("activities/1000.gpx"), e.getMessage());
    }

    @Test
    void anEntryLargerThanThePerEntryLimitIsRefused() throws IOException {
        ImportOptions options = ImportOptions.defaults()
                .withLimits(ImportLimits.defaults().withMaxEntryBytes(4 << 20).withMaxCompressionRatio(100_000));
        ImportException e = refused(bombZip(), options);
        assertTrue(e.getMessage().contains("max-entry-bytes"), e.getMessage());
    }

    @Test
    void theTotalInflatedSizeIsBounded() throws IOException {
        ImportOptions options = ImportOptions.defaults()
                .withLimits(ImportLimits.defaults().withMaxTotalBytes(2 << 20).withMaxCompressionRatio(100_000));
        ImportException e = refused(bombZip(), options);
        assertTrue(e.getMessage().contains("max-total-bytes"), e.getMessage());
    }

    @Test
    void aGzipBombIsRefused() throws IOException {
        byte[] body = new byte[30 << 20];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] xml = ("<gpx version=\"1.1\"><trk><name>" + new String(body, StandardCharsets.US_ASCII) + "</name></trk></gpx>")
                .getBytes(StandardCharsets.US_ASCII);
        Path gz = Files.write(dir.resolve("bomb.gpx.gz"), Exports.gzip(xml));
        ImportException e = refused(gz);
        assertTrue(e.getMessage().contains("compression ratio"), e.getMessage());
    }

    @Test
    void aTruncatedZipIsAClearError() throws IOException {
        Path zip = Exports.create().with("activities.csv", csv("")).zip(dir.resolve("whole.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ImportException e = refused(cut);
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("zip"), e.getMessage());
    }

    @Test
    void limitsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImportLimits.defaults().withMaxEntries(0));
        assertEquals("max-entries: 0 is not allowed; expected a whole number of at least 1", e.getMessage());
    }
}
