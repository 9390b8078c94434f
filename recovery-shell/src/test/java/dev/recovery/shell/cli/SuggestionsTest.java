package dev.recovery.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> COMMANDS = List.of("help", "history", "log", "triage", "checkin", "undo");

    @Test
    void oneTypoSuggestsTheCommand() {
        assertEquals(Optional.of("triage"), Suggestions.nearest("traige", COMMANDS));
    }

    @Test
    void aPrefixSuggestsTheCommandItStarts() {
        assertEquals(Optional.of("history"), Suggestions.nearest("hist", COMMANDS));
    }

    @Test
    void somethingFarFromEveryCommandSuggestsNothing() {
        assertTrue(Suggestions.nearest("zzzzzzzz", COMMANDS).isEmpty());
    }

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
