package dev.recovery.shell.journal;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.episode.EntryCheck;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.MovementResponse;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Rpe;
import dev.recovery.core.unit.Side;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The explicit mapping between journal entries and the on-disk JSON Lines form, schema version
 * {@value #CURRENT_VERSION} (docs/journal.md describes every field). Reading dispatches on the
 * version field, so older lines load through {@link LegacyV1Codec}.
 *
 * <p>On disk everything is metric and ISO: distances in metres, durations in seconds, dates as
 * {@code YYYY-MM-DD}, instants as ISO-8601 UTC, enums by their lower-case ids.
 */
final class EntryCodec {

    /** The schema version this code writes. */
    static final int CURRENT_VERSION = 2;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private EntryCodec() {
    }

    // ---------------------------------------------------------------- writing

    /** One line (with its newline) for {@code entry}, inside transaction {@code tx} if not {@code null}. */
    static byte[] encode(JournalEntry entry, UUID tx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeNumberProperty("v", CURRENT_VERSION);
            g.writeStringProperty("type", typeOf(entry));
            g.writeStringProperty("id", entry.id().toString());
            g.writeStringProperty("at", entry.recordedAt().toString());
            if (tx != null) {
                g.writeStringProperty("tx", tx.toString());
            }
            entry.sourceId().ifPresent(s -> g.writeStringProperty("src", s));
            if (entry instanceof SessionEntry session && session.stamp().isPresent()) {
                g.writeStringProperty("start", session.stamp().get().start().toString());
                g.writeNumberProperty("keyMetres", session.stamp().get().metres());
            }
            writePayload(g, entry);
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The marker line that opens transaction {@code tx} of {@code count} entries. */
    static byte[] begin(UUID tx, int count) {
        return marker("begin", tx, count);
    }

    /** The marker line that commits transaction {@code tx} of {@code count} entries. */
    static byte[] commit(UUID tx, int count) {
        return marker("commit", tx, count);
    }

    private static byte[] marker(String type, UUID tx, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeNumberProperty("v", CURRENT_VERSION);
            g.writeStringProperty("type", type);
            g.writeStringProperty("tx", tx.toString());
            g.writeNumberProperty("count", count);
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static String typeOf(JournalEntry entry) {
        if (entry instanceof SessionEntry session) {
            return sessionType(session.session());
        } else if (entry instanceof CheckInEntry) {
            return "checkin";
        } else if (entry instanceof ClearanceEntry) {
            return "clearance";
        } else if (entry instanceof EntryCheckEntry) {
            return "entry-check";
        } else if (entry instanceof ShoeEntry) {
            return "shoe";
        } else if (entry instanceof ProfileEntry) {
            return "profile";
        } else if (entry instanceof PlanEntry) {
            return "plan";
        } else if (entry instanceof UndoEntry) {
            return "undo";
        }
        throw new IllegalStateException("no on-disk type for " + entry.getClass().getName());
    }

    /** The on-disk type of a session: one line type per session kind, as in every earlier version. */
    private static String sessionType(Session session) {
        if (session instanceof Run) {
            return "run";
        } else if (session instanceof CrossTraining) {
            return "cross";
        } else if (session instanceof StrengthSession) {
            return "strength";
        }
        return "yoga";
    }

    private static void writePayload(JsonGenerator g, JournalEntry entry) {
        if (entry instanceof SessionEntry session) {
            writeSession(g, session.session());
        } else if (entry instanceof CheckInEntry) {
            CheckInEntry e = (CheckInEntry) entry;
            CheckIn c = e.checkIn();
            g.writeStringProperty("date", e.date().toString());
            g.writeStringProperty("region", c.region().id());
            g.writeStringProperty("side", c.side().id());
            g.writeNumberProperty("pain", c.pain().value());
            g.writeStringProperty("quality", c.quality().id());
            g.writeStringProperty("spread", c.spread().id());
            g.writeStringProperty("onset", c.onset().id());
            g.writeNumberProperty("hoursSinceRun", c.hoursSinceRun());
            g.writeStringProperty("trend", c.trend().id());
            g.writeStringProperty("movement", c.movement().id());
            g.writeArrayPropertyStart("symptoms");
            for (Symptom s : c.symptoms()) {
                g.writeString(s.id());
            }
            g.writeEndArray();
            // Optional and additive: lines without it (every earlier journal) read as "not reported".
            c.painDuringRun().ifPresent(p -> g.writeNumberProperty("painDuringRun", p.value()));
        } else if (entry instanceof ClearanceEntry) {
            Clearance c = ((ClearanceEntry) entry).clearance();
            g.writeStringProperty("date", c.date().toString());
            g.writeStringProperty("region", c.region().id());
            g.writeStringProperty("side", c.side().id());
            if (!c.note().isEmpty()) {
                g.writeStringProperty("note", c.note());
            }
        } else if (entry instanceof EntryCheckEntry) {
            EntryCheck c = ((EntryCheckEntry) entry).check();
            g.writeStringProperty("date", c.date().toString());
            g.writeStringProperty("region", c.region().id());
            g.writeStringProperty("side", c.side().id());
            g.writeNumberProperty("briskWalkPain", c.briskWalk().value());
            g.writeNumberProperty("squatsPain", c.squats().value());
            g.writeNumberProperty("hopsPain", c.hops().value());
        } else if (entry instanceof ShoeEntry) {
            ShoeEntry s = (ShoeEntry) entry;
            g.writeStringProperty("action", s.action().id());
            g.writeStringProperty("shoe", s.shoe());
            g.writeStringProperty("date", s.date().toString());
        } else if (entry instanceof ProfileEntry) {
            Profile p = ((ProfileEntry) entry).profile();
            g.writeStringProperty("units", p.units().symbol());
            g.writeStringProperty("name", p.name());
            p.goalMarathonTime().ifPresent(d -> writeSeconds(g, "goalMarathonSeconds", d));
            p.sex().ifPresent(s -> g.writeStringProperty("sex", s.id()));
            writeInt(g, "restingHeartRateBpm", p.restingHeartRate());
            writeInt(g, "maxHeartRateBpm", p.maxHeartRate());
        } else if (entry instanceof PlanEntry) {
            g.writeStringProperty("document", ((PlanEntry) entry).document());
        } else if (entry instanceof UndoEntry) {
            g.writeStringProperty("undoes", ((UndoEntry) entry).undoneId().toString());
        }
    }

    private static void writeSession(JsonGenerator g, Session session) {
        if (session instanceof Run r) {
            g.writeStringProperty("date", r.date().toString());
            g.writeNumberProperty("distanceMetres", r.distance().metres());
            writeSeconds(g, "durationSeconds", r.duration());
            g.writeStringProperty("runType", r.type().id());
            writeRpe(g, r.rpe());
            writeInt(g, "avgHeartRateBpm", r.avgHeartRate());
            writeInt(g, "maxHeartRateBpm", r.maxHeartRate());
            r.shoe().ifPresent(s -> g.writeStringProperty("shoe", s));
            r.note().ifPresent(s -> g.writeStringProperty("note", s));
        } else if (session instanceof CrossTraining c) {
            g.writeStringProperty("date", c.date().toString());
            g.writeStringProperty("activity", c.activity().id());
            writeSeconds(g, "durationSeconds", c.duration());
            writeRpe(g, c.rpe());
            writeInt(g, "avgHeartRateBpm", c.avgHeartRate());
        } else if (session instanceof StrengthSession s) {
            g.writeStringProperty("date", s.date().toString());
            writeSeconds(g, "durationSeconds", s.duration());
            writeRpe(g, s.rpe());
            writeInt(g, "avgHeartRateBpm", s.avgHeartRate());
        } else if (session instanceof YogaSession s) {
            g.writeStringProperty("date", s.date().toString());
            writeSeconds(g, "durationSeconds", s.duration());
            writeRpe(g, s.rpe());
            writeInt(g, "avgHeartRateBpm", s.avgHeartRate());
        }
    }

    private static void writeSeconds(JsonGenerator g, String name, Duration d) {
        g.writeName(name);
        if (d.getNano() == 0) {
            g.writeNumber(d.getSeconds());
        } else {
            g.writeNumber(BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                    .stripTrailingZeros().toPlainString());
        }
    }

    private static void writeRpe(JsonGenerator g, Optional<Rpe> rpe) {
        rpe.ifPresent(r -> g.writeNumberProperty("rpe", r.value()));
    }

    private static void writeInt(JsonGenerator g, String name, OptionalInt value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.getAsInt());
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Decodes one parsed line of any supported version.
     *
     * @throws BadRecordException naming what is wrong (unknown version or type, missing or invalid field)
     */
    static DecodedLine decode(JsonRecord r) {
        if (!r.has("v")) {
            throw new BadRecordException("no schema version field 'v'");
        }
        long version = r.longValue("v");
        try {
            if (version == CURRENT_VERSION) {
                return decodeV2(r);
            } else if (version == LegacyV1Codec.VERSION) {
                return LegacyV1Codec.decode(r);
            } else if (version > CURRENT_VERSION) {
                throw new BadRecordException("written by a newer version of the console (schema version " + version
                        + "; this one reads up to " + CURRENT_VERSION + "); upgrade, then restore it from the quarantine file");
            }
            throw new BadRecordException("unknown schema version " + version);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // Domain validation (a value out of range) or a malformed number or id.
            throw new BadRecordException("invalid record: " + e.getMessage());
        }
    }

    private static DecodedLine decodeV2(JsonRecord r) {
        String type = r.string("type");
        if (type.equals("begin") || type.equals("commit")) {
            int count = r.intValue("count");
            if (count < 0) {
                throw new BadRecordException("count: " + count + " is negative");
            }
            return new DecodedLine(type.equals("begin") ? DecodedLine.Kind.BEGIN : DecodedLine.Kind.COMMIT, null, r.uuid("tx"), count);
        }
        UUID id = r.uuid("id");
        Instant at = r.instant("at");
        Optional<String> src = r.optString("src");
        Optional<ImportStamp> stamp = r.has("start")
                ? Optional.of(new ImportStamp(r.instant("start"), r.doubleValue("keyMetres"))) : Optional.empty();
        UUID tx = r.has("tx") ? r.uuid("tx") : null;
        JournalEntry entry;
        switch (type) {
            case "run":
                entry = new SessionEntry(id, at, new Run(r.date("date"), Distance.ofMetres(r.doubleValue("distanceMetres")),
                        seconds(r, "durationSeconds"), EnumIds.parse("runType", r.string("runType"), RunType.class), rpe(r),
                        r.optInt("avgHeartRateBpm"), r.optInt("maxHeartRateBpm"), r.optString("shoe"), r.optString("note")), src, stamp);
                break;
            case "cross":
                entry = new SessionEntry(id, at, new CrossTraining(r.date("date"),
                        EnumIds.parse("activity", r.string("activity"), CrossActivity.class), seconds(r, "durationSeconds"),
                        rpe(r), r.optInt("avgHeartRateBpm")), src, stamp);
                break;
            case "strength":
                entry = new SessionEntry(id, at, new StrengthSession(r.date("date"), seconds(r, "durationSeconds"), rpe(r),
                        r.optInt("avgHeartRateBpm")), src, stamp);
                break;
            case "yoga":
                entry = new SessionEntry(id, at, new YogaSession(r.date("date"), seconds(r, "durationSeconds"), rpe(r),
                        r.optInt("avgHeartRateBpm")), src, stamp);
                break;
            case "checkin":
                CheckIn checkIn = checkIn(r, "hoursSinceRun");
                if (r.has("painDuringRun")) {
                    checkIn = checkIn.withPainDuringRun(PainScore.of(r.intValue("painDuringRun")));
                }
                entry = new CheckInEntry(id, at, checkIn, r.date("date"));
                break;
            case "clearance":
                entry = new ClearanceEntry(id, at, Clearance.of(EnumIds.parse("region", r.string("region"), BodyRegion.class),
                        EnumIds.parse("side", r.string("side"), Side.class), r.date("date"), r.optString("note").orElse("")));
                break;
            case "entry-check":
                entry = new EntryCheckEntry(id, at, EntryCheck.of(r.date("date"),
                        EnumIds.parse("region", r.string("region"), BodyRegion.class), EnumIds.parse("side", r.string("side"), Side.class),
                        r.intValue("briskWalkPain"), r.intValue("squatsPain"), r.intValue("hopsPain")));
                break;
            case "shoe":
                entry = new ShoeEntry(id, at, ShoeAction.parse(r.string("action")), r.string("shoe"), r.date("date"));
                break;
            case "profile":
                entry = new ProfileEntry(id, at, new Profile(DistanceUnit.parse(r.string("units")), r.string("name"),
                        r.has("goalMarathonSeconds") ? Optional.of(seconds(r, "goalMarathonSeconds")) : Optional.empty(),
                        r.optString("sex").map(s -> EnumIds.parse("sex", s, dev.recovery.core.load.Sex.class)),
                        r.optInt("restingHeartRateBpm"), r.optInt("maxHeartRateBpm")));
                break;
            case "plan":
                entry = new PlanEntry(id, at, r.string("document"));
                break;
            case "undo":
                entry = new UndoEntry(id, at, r.uuid("undoes"));
                break;
            default:
                throw new BadRecordException("unknown record type '" + type + "'");
        }
        return DecodedLine.entry(entry, tx);
    }

    /** A check-in from the fields both versions share; the hours field's name differs. */
    static CheckIn checkIn(JsonRecord r, String hoursField) {
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        for (String s : r.strings("symptoms")) {
            symptoms.add(EnumIds.parse("symptom", s, Symptom.class));
        }
        return new CheckIn(EnumIds.parse("region", r.string("region"), BodyRegion.class),
                EnumIds.parse("side", r.string("side"), Side.class), PainScore.of(r.intValue("pain")),
                EnumIds.parse("quality", r.string("quality"), PainQuality.class),
                EnumIds.parse("spread", r.string("spread"), Spread.class),
                EnumIds.parse("onset", r.string("onset"), Onset.class), r.doubleValue(hoursField),
                EnumIds.parse("trend", r.string("trend"), Trend.class),
                EnumIds.parse("movement", r.string("movement"), MovementResponse.class), symptoms);
    }

    static Optional<Rpe> rpe(JsonRecord r) {
        return r.has("rpe") ? Optional.of(Rpe.of(r.intValue("rpe"))) : Optional.empty();
    }

    private static Duration seconds(JsonRecord r, String name) {
        if (r.isIntegral(name)) {
            return Duration.ofSeconds(r.longValue(name));
        }
        BigDecimal nanos = r.decimal(name).movePointRight(9).setScale(0, RoundingMode.HALF_UP);
        return Duration.ofNanos(nanos.longValueExact());
    }
}
