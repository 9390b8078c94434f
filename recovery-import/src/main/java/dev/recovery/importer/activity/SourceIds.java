package dev.recovery.importer.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The stable ids that let an import recognise what it imported before: {@code strava:<activity id>}
 * for a Strava activity, else {@code hash:<16 hex digits>} of the start time (whole seconds) and the
 * distance (whole metres, rounded to 10 m so that re-computing it from the same file gives the same id).
 *
 * @since 0.1.0
 */
public final class SourceIds {

    /** Prefix of a Strava activity's id. */
    public static final String STRAVA = "strava:";
    /** Prefix of a content hash. */
    public static final String HASH = "hash:";
    /** Distances are rounded to this many metres before hashing. */
    public static final long HASH_METRES_STEP = 10;

    private SourceIds() {
    }

    /** {@code strava:<id>}. */
    public static String strava(String activityId) {
        return STRAVA + activityId.strip();
    }

    /** {@code hash:<hex>} of the start time and distance in metres. */
    public static String hash(Instant start, double metres) {
        long rounded = Math.round(metres / HASH_METRES_STEP) * HASH_METRES_STEP;
        String key = start.getEpochSecond() + "|" + rounded;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(HASH);
            for (int i = 0; i < 8; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
