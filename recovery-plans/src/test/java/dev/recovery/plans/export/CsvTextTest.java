package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void plainFieldsAreNotQuoted() {
        assertEquals("a,b,c\r\n", CsvText.record(List.of("a", "b", "c")));
    }

    @Test
    void fieldsWithCommasAreQuoted() {
        assertEquals("\"5:30-5:50/km, easy\"", CsvText.field("5:30-5:50/km, easy"));
    }

    @Test
    void quotesAreDoubled() {
        assertEquals("\"say \"\"hi\"\"\"", CsvText.field("say \"hi\""));
    }

    @Test
    void lineBreaksAreQuoted() {
        assertEquals("\"a\nb\"", CsvText.field("a\nb"));
    }
}
