package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A change of the runner's profile. The whole profile is recorded each time; the current profile is
 * the one in the latest live entry ({@link Journal#profile()}).
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param profile    the profile from now on
 */
public record ProfileEntry(UUID id, Instant recordedAt, Profile profile) implements JournalEntry {

    /** @throws IllegalArgumentException naming the first missing field */
    public ProfileEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("profile", profile, "a profile");
    }

    /**
     * @param profile the profile from now on
     * @param clock   gives the instant it is recorded at
     * @return a new entry setting {@code profile}, with a fresh id
     */
    public static ProfileEntry of(Profile profile, Clock clock) {
        return new ProfileEntry(UUID.randomUUID(), clock.instant(), profile);
    }
}
