package dev.recovery.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records, line numbers, limits and progress of the streaming CSV reader at their edges. */
class CsvRecordsTest {

    private static CsvReader reader(String text, int maxRecordChars) {
        return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.csv", maxRecordChars);
    }

    /** Every record with the line it started on, as {@code line:field|field}. */
    private static List<String> records(String text) {
        List<String> out = new ArrayList<>();
        try (CsvReader r = reader(text, 10_000)) {
            List<String> row;
            while ((row = r.next()) != null) {
                out.add(r.line() + ":" + String.join("|", row));
            }
        }
        return out;
    }

    @Test
    void linesMayEndInLfCrlfOrCrAlone() {
        assertEquals(List.of("1:a|b", "2:c", "3:d", "4:e"), records("a,b\nc\r\nd\re"));
    }

    @Test
    void aBlankLineIsARecordOfOneEmptyField() {
        assertEquals(List.of("1:a", "2:", "3:b"), records("a\n\nb\n"));
        assertEquals(List.of("1:a", "2:", "3:b"), records("a\r\n\r\nb\r\n"));
    }

    @Test
    void lineBreaksInsideQuotesAreCountedAsLines() {
        assertEquals(List.of("1:h", "2:x\ny", "4:after"), records("h\n\"x\ny\"\nafter\n"));
        assertEquals(List.of("1:h", "2:x\r\ny", "4:after"), records("h\n\"x\r\ny\"\nafter\n"));
        assertEquals(List.of("1:h", "2:x\ry", "4:after"), records("h\n\"x\ry\"\nafter\n"));
        assertEquals(List.of("1:h", "2:x\r\r\ny", "5:after"), records("h\n\"x\r\r\ny\"\nafter\n"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() {
        assertEquals(List.of("1:6'2\"|tall"), records("6'2\",tall\n"));
    }

    @Test
    void aQuotedFieldMayBeEmptyOrFollowedByAnotherField() {
        assertEquals(List.of("1:|x|"), records("\"\",\"x\",\"\"\n"));
        assertEquals(List.of("1:\""), records("\"\"\"\"\n"));
    }

    @Test
    void aQuotedFieldAtTheEndOfTheFileNeedsNoLineBreak() {
        assertEquals(List.of("1:a|b c"), records("a,\"b c\""));
    }

    @Test
    void theByteOrderMarkIsSkippedOnlyAtTheStartOfTheFile() {
        assertEquals(List.of("1:a", "2:\uFEFFb"), records("\uFEFFa\n\uFEFFb\n"));
    }

    @Test
    void aFileOfOnlyAByteOrderMarkHasNoRecords() {
        assertEquals(List.of(), records("\uFEFF"));
    }

    @Test
    void anEmptyFileHasNoRecords() {
        try (CsvReader r = reader("", 100)) {
            assertNull(r.next());
            assertEquals(0, r.line());
        }
    }

    @Test
    void theErrorAfterAClosingQuoteNamesItsLine() {
        ImportException e = assertThrows(ImportException.class, () -> records("h\nok\n\"a\"b\n"));
        assertEquals("a.csv line 3: unexpected character 'b' after a closing quote; a quote inside a quoted field must be doubled (\"\")",
                e.getMessage());
    }

    @Test
    void aBlankAfterAClosingQuoteIsMalformedToo() {
        assertThrows(ImportException.class, () -> records("\"a\" ,b\n"));
    }

    /** The limit counts a record's characters and the line break (or end of file) that ends it. */
    @Test
    void aRecordWithinTheLimitIsRead() {
        try (CsvReader r = reader("abcd,efgh\nnext\n", 10)) {
            assertEquals(List.of("abcd", "efgh"), r.next());
            assertEquals(List.of("next"), r.next());
        }
    }

    @Test
    void aRecordOneCharacterOverTheLimitIsRefusedNamingItsLine() {
        try (CsvReader r = reader("ok\nabcd,efgh\n", 9)) {
            r.next();
            ImportException e = assertThrows(ImportException.class, r::next);
            assertEquals("a.csv line 2: a record longer than 9 characters (a quote never closed?); refused (limit max-csv-record-chars)",
                    e.getMessage());
        }
    }

    @Test
    void theLimitAppliesToEachRecordAfresh() {
        try (CsvReader r = reader("abcd\nefgh\nijkl\n", 5)) {
            assertEquals(List.of("abcd"), r.next());
            assertEquals(List.of("efgh"), r.next());
            assertEquals(List.of("ijkl"), r.next());
        }
    }

    @Test
    void charactersReadCountWhatWasConsumed() {
        try (CsvReader r = reader("a,b\ncd\n", 100)) {
            assertEquals(0, r.charsRead());
            r.next();
            assertEquals(4, r.charsRead());
            r.next();
            assertEquals(7, r.charsRead());
        }
    }

    @Test
    void charactersReadCountAcrossBuffers() {
        String row = "x".repeat(99) + "\n";
        String text = row.repeat(2_000);
        try (CsvReader r = reader(text, 1_000)) {
            int n = 0;
            while (r.next() != null) {
                n++;
                if (n == 1_000) {
                    assertEquals(100_000, r.charsRead());
                    assertEquals(1_000, r.line());
                }
            }
            assertEquals(2_000, n);
            assertEquals(text.length(), r.charsRead());
        }
    }

    @Test
    void aReadErrorNamesTheFileAndLine() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served < 4) {
                    return "a\nb\n".charAt(served++);
                }
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (served < 4) {
                    b[off] = (byte) "a\nb\n".charAt(served++);
                    return 1;
                }
                throw new IOException("disk gone");
            }
        };
        try (CsvReader r = new CsvReader(failing, "a.csv", 100)) {
            ImportException e = assertThrows(ImportException.class, () -> {
                while (r.next() != null) {
                    // read until the stream fails
                }
            });
            assertTrue(e.getMessage().startsWith("a.csv line "), e.getMessage());
            assertTrue(e.getMessage().endsWith("cannot be read: disk gone"), e.getMessage());
        }
    }

    @Test
    void closingIgnoresAStreamThatFailsToClose() {
        InputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() throws IOException {
                throw new IOException("already closed");
            }
        };
        new CsvReader(in, "a.csv", 10).close();
    }
}
