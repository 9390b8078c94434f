package dev.recovery.shell.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recovery.core.log.StrengthSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryValidationTest {

    private static String rejection(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void shoeNameIsTrimmedAndBounded() {
        assertEquals("Ghost 15", ShoeEntry.add("  Ghost 15 ", Samples.DAY, Samples.CLOCK).shoe());
        assertEquals("shoe: ' ' is not allowed; expected a name of 1 to 80 characters without control characters",
                rejection(() -> ShoeEntry.add(" ", Samples.DAY, Samples.CLOCK)));
        rejection(() -> ShoeEntry.add("x".repeat(81), Samples.DAY, Samples.CLOCK));
    }

    @Test
    void blankPlanDocumentIsRefused() {
        assertEquals("document: ' ' is not allowed; expected a plan as a JSON document", rejection(() -> PlanEntry.of(" ", Samples.CLOCK)));
    }

    @Test
    void blankSourceIdIsRefused() {
        StrengthSession s = StrengthSession.of(Samples.DAY, Duration.ofMinutes(30));
        assertEquals("source-id: ' ' is not allowed; expected 1 to 200 characters without surrounding blanks",
                rejection(() -> SessionEntry.imported(s, " ", Samples.CLOCK)));
    }

    @Test
    void missingIdIsRefused() {
        assertEquals("id: nothing is not allowed; expected an entry id (UUID)",
                rejection(() -> new UndoEntry(null, Instant.now(), UUID.randomUUID())));
    }

    @Test
    void sessionEntriesExposeTheirSession() {
        StrengthSession s = StrengthSession.of(Samples.DAY, Duration.ofMinutes(30));
        SessionEntry entry = SessionEntry.of(s, Samples.CLOCK);
        assertEquals(s, entry.session());
        assertEquals(Optional.empty(), entry.sourceId());
    }
}
