package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 4180 quoting when the character that needs it is the field's very first. */
class CsvFieldQuotingTest {

    @Test
    void aFieldStartingWithACommaIsQuoted() {
        assertEquals("\",easy\"", CsvText.field(",easy"));
    }

    @Test
    void aFieldStartingWithAQuoteIsQuotedWithTheQuoteDoubled() {
        assertEquals("\"\"\"easy\"", CsvText.field("\"easy"));
    }

    @Test
    void aFieldStartingWithALineFeedIsQuoted() {
        assertEquals("\"\neasy\"", CsvText.field("\neasy"));
    }

    @Test
    void aFieldStartingWithACarriageReturnIsQuoted() {
        assertEquals("\"\reasy\"", CsvText.field("\reasy"));
    }

    @Test
    void aMissingFieldIsEmpty() {
        assertEquals("", CsvText.field(null));
    }
}
