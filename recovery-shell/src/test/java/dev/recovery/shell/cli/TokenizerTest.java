package dev.recovery.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void whitespaceSeparatesWords() {
        assertEquals(List.of("log", "run", "--distance", "10km"), Tokenizer.split("  log run\t--distance   10km "));
    }

    @Test
    void doubleQuotesKeepSpacesTogether() {
        assertEquals(List.of("--note", "easy run, felt good"), Tokenizer.split("--note \"easy run, felt good\""));
    }

    @Test
    void singleQuotesKeepDoubleQuotesLiteral() {
        assertEquals(List.of("--note", "said \"ok\""), Tokenizer.split("--note 'said \"ok\"'"));
    }

    @Test
    void backslashEscapesASpace() {
        assertEquals(List.of("a b"), Tokenizer.split("a\\ b"));
    }

    @Test
    void emptyQuotesGiveAnEmptyWord() {
        assertEquals(List.of("--note", ""), Tokenizer.split("--note \"\""));
    }

    @Test
    void unclosedQuoteIsAUsageErrorNamingTheQuote() {
        UsageException e = assertThrows(UsageException.class, () -> Tokenizer.split("--note \"oops"));
        assertTrue(e.getMessage().contains("unclosed quote \""), e.getMessage());
    }
}
