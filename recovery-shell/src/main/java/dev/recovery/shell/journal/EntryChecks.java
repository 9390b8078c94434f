package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Validation shared by the entry records, with the library's standard messages. */
final class EntryChecks {

    /** The longest source id accepted: far longer than any Strava or Garmin activity id with a prefix. */
    static final int MAX_SOURCE_ID_LENGTH = 200;

    private EntryChecks() {
    }

    static void envelope(UUID id, Instant recordedAt) {
        Checks.required("id", id, "an entry id (UUID)");
        Checks.required("recorded-at", recordedAt, "an instant");
    }

    static Optional<String> sourceId(Optional<String> sourceId) {
        Checks.required("source-id", sourceId, "a source id, or none");
        sourceId.ifPresent(s -> {
            if (s.isBlank() || s.length() > MAX_SOURCE_ID_LENGTH || !s.strip().equals(s)) {
                throw Checks.invalid("source-id", s, "1 to " + MAX_SOURCE_ID_LENGTH + " characters without surrounding blanks");
            }
        });
        return sourceId;
    }
}
