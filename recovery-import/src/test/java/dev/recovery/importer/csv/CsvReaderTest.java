package dev.recovery.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.recovery.importer.fixture.StravaCsv;
import dev.recovery.importer.safety.ImportException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static CsvReader reader(String text) {
        return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.csv", 10_000);
    }

    static List<List<String>> all(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = reader(text)) {
            List<String> row;
            while ((row = r.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<List<String>> rows = all("id,description\r\n1,\"Hills, then \"\"flat\"\"\nsecond line\r\nthird\"\r\n2,plain\r\n");
        assertEquals(List.of("1", "Hills, then \"flat\"\nsecond line\r\nthird"), rows.get(1));
        assertEquals(List.of("2", "plain"), rows.get(2));
    }

    @Test
    void aRecordsLineIsWhereItStarts() {
        try (CsvReader r = reader("h\n\"a\nb\nc\"\nnext\n")) {
            r.next();
            r.next();
            r.next();
            assertEquals(5, r.line());
        }
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        assertEquals(List.of("date", "x"), all("\uFEFFdate,x\n").get(0));
    }

    @Test
    void emptyFieldsAreKept() {
        assertEquals(List.of("", "", ""), all(",,\n").get(0));
    }

    @Test
    void theLastLineNeedsNoLineBreak() {
        assertEquals(List.of("a", "b"), all("a,b").get(0));
    }

    @Test
    void anUnclosedQuoteIsATruncatedFile() {
        ImportException e = assertThrows(ImportException.class, () -> all("h\nok\n\"never closed,\nmore\n"));
        assertEquals("a.csv line 3: a quoted field is never closed; the file is truncated or malformed", e.getMessage());
    }

    @Test
    void aCharacterAfterAClosingQuoteIsMalformed() {
        ImportException e = assertThrows(ImportException.class, () -> all("\"a\"b,c\n"));
        assertTrue(e.getMessage().startsWith("a.csv line 1: unexpected character 'b'"), e.getMessage());
    }

    @Test
    void anOverlongRecordIsRefused() {
        String text = "\"" + "x".repeat(20_000) + "\"\n";
        ImportException e = assertThrows(ImportException.class, () -> all(text));
        assertTrue(e.getMessage().contains("max-csv-record-chars"), e.getMessage());
    }

    @Test
    void atTheEndNextGivesNull() {
        try (CsvReader r = reader("a\n")) {
            r.next();
            assertNull(r.next());
        }
    }

    @Test
    void anyFieldsWrittenAsStravaQuotesThemReadBackUnchanged() {
        qt().forAll(lists().of(strings().betweenCodePoints(0x09, 0x2FF).ofLengthBetween(0, 12)).ofSizeBetween(1, 6))
                .assuming(cells -> !(cells.size() == 1 && cells.get(0).isEmpty()))
                .check(cells -> all(StravaCsv.line(cells) + "\r\n").equals(List.of(cells)));
    }
}
