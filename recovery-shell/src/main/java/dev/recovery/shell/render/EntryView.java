package dev.recovery.shell.render;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.episode.EntryCheck;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import dev.recovery.shell.journal.CheckInEntry;
import dev.recovery.shell.journal.ClearanceEntry;
import dev.recovery.shell.journal.EntryCheckEntry;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.journal.PlanEntry;
import dev.recovery.shell.journal.ProfileEntry;
import dev.recovery.shell.journal.SessionEntry;
import dev.recovery.shell.journal.ShoeEntry;
import dev.recovery.shell.journal.UndoEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * How a journal entry is shown: its day, its kind, a one-line summary in the runner's units, and
 * its JSON shape (metric units, ISO dates). One place, used by {@code history}, {@code undo} and
 * the commands that record something.
 */
public final class EntryView {

    private final ZoneId zone;

    /** @param zone the runner's time zone, to give check-ins a day */
    public EntryView(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param entry an entry
     * @return the day it belongs to, if it has one (profile changes do not)
     */
    public Optional<LocalDate> date(JournalEntry entry) {
        return entry.day();
    }

    /** @return a short name of the entry's kind: run, cross, strength, yoga, check-in, clearance, entry-check, shoe, profile */
    public String kind(JournalEntry entry) {
        if (entry instanceof SessionEntry session) {
            return sessionKind(session.session());
        }
        if (entry instanceof CheckInEntry) {
            return "check-in";
        }
        if (entry instanceof ClearanceEntry) {
            return "clearance";
        }
        if (entry instanceof EntryCheckEntry) {
            return "entry-check";
        }
        if (entry instanceof ShoeEntry) {
            return "shoe";
        }
        if (entry instanceof ProfileEntry) {
            return "profile";
        }
        if (entry instanceof PlanEntry) {
            return "plan";
        }
        return "undo";
    }

    /**
     * @param entry the entry
     * @param units the runner's units for distances and paces
     * @return one line describing it
     */
    public String summary(JournalEntry entry, DistanceUnit units) {
        if (entry instanceof SessionEntry runEntry && runEntry.session() instanceof Run run) {
            StringBuilder text = new StringBuilder(Checks.id(run.type())).append(' ')
                    .append(run.distance().format(units)).append(" in ").append(Durations.format(run.duration()))
                    .append(" (").append(Pace.of(run.distance(), run.duration()).format(units)).append(')');
            run.rpe().ifPresent(rpe -> text.append(", RPE ").append(rpe.value()));
            run.avgHeartRate().ifPresent(hr -> text.append(", avg HR ").append(hr));
            run.shoe().ifPresent(shoe -> text.append(", shoe ").append(shoe));
            run.note().ifPresent(note -> text.append(", \"").append(note).append('"'));
            return text.toString();
        }
        if (entry instanceof SessionEntry sessionEntry) {
            Session session = sessionEntry.session();
            String activity = session instanceof CrossTraining training ? Checks.id(training.activity()) : sessionKind(session);
            return activity + " " + Durations.format(session.duration())
                    + session.rpe().map(rpe -> ", RPE " + rpe.value()).orElse("")
                    + (session.avgHeartRate().isPresent() ? ", avg HR " + session.avgHeartRate().getAsInt() : "");
        }
        if (entry instanceof CheckInEntry checkInEntry) {
            CheckIn c = checkInEntry.checkIn();
            return Checks.id(c.side()) + " " + Checks.id(c.region()) + " pain " + c.pain().value() + "/10, "
                    + Checks.id(c.quality()) + ", " + Checks.id(c.spread()) + ", trend " + Checks.id(c.trend());
        }
        if (entry instanceof ClearanceEntry clearanceEntry) {
            Clearance c = clearanceEntry.clearance();
            return Checks.id(c.side()) + " " + Checks.id(c.region()) + " cleared by a physical therapist or doctor"
                    + (c.note().isEmpty() ? "" : ", \"" + c.note() + '"');
        }
        if (entry instanceof EntryCheckEntry checkEntry) {
            EntryCheck c = checkEntry.check();
            return Checks.id(c.side()) + " " + Checks.id(c.region()) + " entry questions: walk " + c.briskWalk().value()
                    + "/10, squats " + c.squats().value() + "/10, hops " + c.hops().value() + "/10";
        }
        if (entry instanceof ShoeEntry shoe) {
            return shoe.action().id() + " " + shoe.shoe();
        }
        if (entry instanceof ProfileEntry) {
            return "profile updated";
        }
        return "undo";
    }

    /**
     * @param entry the entry
     * @return its JSON shape: metric units, ISO dates
     */
    public Map<String, Object> json(JournalEntry entry) {
        Map<String, Object> json = Json.object("kind", kind(entry), "date", date(entry).map(LocalDate::toString).orElse(null));
        if (entry instanceof SessionEntry runEntry && runEntry.session() instanceof Run run) {
            json.put("type", Checks.id(run.type()));
            json.put("distanceKm", Json.round(run.distance().km(), 3));
            json.put("durationSeconds", run.duration().getSeconds());
            json.put("paceSecondsPerKm", Json.round(Pace.of(run.distance(), run.duration()).secondsPerKm(), 1));
            run.rpe().ifPresent(rpe -> json.put("rpe", rpe.value()));
            run.avgHeartRate().ifPresent(hr -> json.put("avgHr", hr));
            run.maxHeartRate().ifPresent(hr -> json.put("maxHr", hr));
            run.shoe().ifPresent(shoe -> json.put("shoe", shoe));
            run.note().ifPresent(note -> json.put("note", note));
        } else if (entry instanceof SessionEntry sessionEntry) {
            Session session = sessionEntry.session();
            if (session instanceof CrossTraining training) {
                json.put("activity", Checks.id(training.activity()));
            } else {
                json.put("activity", sessionKind(session));
            }
            json.put("durationSeconds", session.duration().getSeconds());
            session.rpe().ifPresent(rpe -> json.put("rpe", rpe.value()));
            session.avgHeartRate().ifPresent(hr -> json.put("avgHr", hr));
        } else if (entry instanceof CheckInEntry checkInEntry) {
            json.put("recordedAt", checkInEntry.recordedAt().toString());
            json.putAll(DomainJson.checkIn(checkInEntry.checkIn()));
        } else if (entry instanceof ClearanceEntry clearanceEntry) {
            Clearance c = clearanceEntry.clearance();
            json.put("region", Checks.id(c.region()));
            json.put("side", Checks.id(c.side()));
            json.put("note", c.note());
        } else if (entry instanceof EntryCheckEntry checkEntry) {
            EntryCheck c = checkEntry.check();
            json.put("region", Checks.id(c.region()));
            json.put("side", Checks.id(c.side()));
            json.put("briskWalkPain", c.briskWalk().value());
            json.put("squatsPain", c.squats().value());
            json.put("hopsPain", c.hops().value());
        } else if (entry instanceof ShoeEntry shoe) {
            json.put("action", shoe.action().id());
            json.put("name", shoe.shoe());
        } else if (entry instanceof UndoEntry) {
            json.put("undo", true);
        }
        return json;
    }

    private static String sessionKind(Session session) {
        if (session instanceof StrengthSession) {
            return "strength";
        }
        if (session instanceof YogaSession) {
            return "yoga";
        }
        if (session instanceof Run) {
            return "run";
        }
        return "cross";
    }
}
