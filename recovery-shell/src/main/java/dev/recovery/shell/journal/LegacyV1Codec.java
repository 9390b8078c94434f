package dev.recovery.shell.journal;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Reads schema version 1, the first journal format (docs/journal.md, "Version 1"). Version-1 lines
 * are never rewritten; they are read through this class every time.
 *
 * <p>Version 1 differed from version 2 in these ways: ids were whole numbers counting up from 1
 * (mapped here to stable name-based UUIDs so undo can name them); the recorded instant was
 * {@code recorded}; distances were kilometres as a decimal string ({@code "km": "10.5"}); durations
 * were clock strings ({@code "time": "55:00"}); strength and yoga were cross-training activities;
 * heart rates were {@code avgHr}/{@code maxHr}; check-in hours were {@code hours}; the profile's
 * goal was a clock string; and there were no plans, undos, transactions or source ids.
 */
final class LegacyV1Codec {

    /** The version this class reads. */
    static final int VERSION = 1;

    private LegacyV1Codec() {
    }

    /** The stable UUID for the version-1 id {@code n}: the same every time the line is read. */
    static UUID idFor(long n) {
        return UUID.nameUUIDFromBytes(("recovery-journal-v1:" + n).getBytes(StandardCharsets.UTF_8));
    }

    static DecodedLine decode(JsonRecord r) {
        String type = r.string("type");
        UUID id = idFor(r.longValue("id"));
        Instant at = r.instant("recorded");
        Optional<String> none = Optional.empty();
        JournalEntry entry;
        switch (type) {
            case "run":
                entry = new SessionEntry(id, at, new Run(r.date("date"), km(r.string("km")), Durations.parse("time", r.string("time")),
                        EnumIds.parse("runType", r.string("runType"), RunType.class), EntryCodec.rpe(r),
                        r.optInt("avgHr"), r.optInt("maxHr"), r.optString("shoe"), r.optString("note")), none, Optional.empty());
                break;
            case "cross":
                entry = cross(r, id, at);
                break;
            case "checkin":
                entry = new CheckInEntry(id, at, EntryCodec.checkIn(r, "hours"), r.date("date"));
                break;
            case "shoe":
                entry = new ShoeEntry(id, at, ShoeAction.parse(r.string("action")), r.string("name"), r.date("date"));
                break;
            case "profile":
                entry = new ProfileEntry(id, at, new Profile(DistanceUnit.parse(r.string("units")), r.string("name"),
                        r.optString("goal").map(g -> Durations.parse("goal", g)), Optional.empty(),
                        OptionalInt.empty(), OptionalInt.empty()));
                break;
            default:
                throw new BadRecordException("unknown version-1 record type '" + type + "'");
        }
        return DecodedLine.entry(entry, null);
    }

    private static JournalEntry cross(JsonRecord r, UUID id, Instant at) {
        LocalDate date = r.date("date");
        String activity = r.string("activity");
        java.time.Duration time = Durations.parse("time", r.string("time"));
        Optional<String> none = Optional.empty();
        switch (activity) {
            case "strength":
                return new SessionEntry(id, at, new StrengthSession(date, time, EntryCodec.rpe(r)), none, Optional.empty());
            case "yoga":
                return new SessionEntry(id, at, new YogaSession(date, time, EntryCodec.rpe(r)), none, Optional.empty());
            default:
                return new SessionEntry(id, at, new CrossTraining(date, EnumIds.parse("activity", activity, CrossActivity.class),
                        time, EntryCodec.rpe(r), OptionalInt.empty()), none, Optional.empty());
        }
    }

    private static Distance km(String text) {
        try {
            return Distance.ofMetres(new BigDecimal(text.strip()).movePointRight(3).doubleValue());
        } catch (NumberFormatException e) {
            throw new BadRecordException("km: '" + text + "' is not a number of kilometres");
        }
    }
}
