package dev.recovery.shell.service;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.EntryCheck;
import dev.recovery.core.episode.RunPain;
import dev.recovery.core.episode.SorenessHistory;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.unit.Distance;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportKey;
import dev.recovery.shell.journal.CheckInEntry;
import dev.recovery.shell.journal.ClearanceEntry;
import dev.recovery.shell.journal.EntryCheckEntry;
import dev.recovery.shell.journal.ImportStamp;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.journal.PlanEntry;
import dev.recovery.shell.journal.Profile;
import dev.recovery.shell.journal.ProfileEntry;
import dev.recovery.shell.journal.SessionEntry;
import dev.recovery.shell.journal.ShoeAction;
import dev.recovery.shell.journal.ShoeEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runner's training history as the commands see it: sessions, check-ins by day and region,
 * shoes, the current plan and the profile, read from the journal; and every way of adding to it,
 * each entry time-stamped by the console's clock and durable before the method returns. The one
 * place that walks the journal's entries.
 */
public final class TrainingHistory {

    private final JournalSession journal;
    private final Clock clock;

    /**
     * @param journal the journal
     * @param clock gives "today" and time-stamps new entries
     */
    public TrainingHistory(JournalSession journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** @return today, in the runner's time zone */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return the runner's latest profile, or the defaults if none was ever set */
    public Profile profile() {
        return journal.profile();
    }

    /** @return every logged session, oldest recorded first */
    public List<Session> sessions() {
        return journal.journal().entries(SessionEntry.class).stream().map(SessionEntry::session).toList();
    }

    /** @return every logged session, as the load library's training log */
    public TrainingLog log() {
        return TrainingLog.of(sessions());
    }

    /**
     * @param day a day
     * @return the sessions logged on that day, in the order recorded
     */
    public List<Session> sessionsOn(LocalDate day) {
        return sessions().stream().filter(s -> s.date().equals(day)).toList();
    }

    /**
     * @param day a day
     * @return the check-in about the latest day on or before {@code day} (of several about that day,
     *     the one recorded last), if any
     */
    public Optional<CheckInEntry> latestCheckIn(LocalDate day) {
        CheckInEntry latest = null;
        for (CheckInEntry checkIn : journal.journal().entries(CheckInEntry.class)) {
            if (!checkIn.date().isAfter(day) && (latest == null || !checkIn.date().isBefore(latest.date()))) {
                latest = checkIn;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * @param day a day
     * @return the check-ins about that day, the latest recorded per body region, regions in the
     *     order first checked in
     */
    public List<CheckIn> latestCheckInsByRegion(LocalDate day) {
        Map<String, CheckIn> latest = new LinkedHashMap<>();
        for (CheckInEntry checkIn : journal.journal().entries(CheckInEntry.class)) {
            if (checkIn.date().equals(day)) {
                latest.put(checkIn.checkIn().region().name(), checkIn.checkIn());
            }
        }
        return List.copyOf(latest.values());
    }

    /**
     * Everything the runner reported about their body, as the episode rules read it: every check-in
     * with its day, every clearance, every answer to the entry questions, and each check-in that reported pain during the run also as a run
     * with pain in that region (the pain-monitoring model's record, which the return to run steps on).
     *
     * @return the soreness history, in the order recorded
     */
    public SorenessHistory sorenessHistory() {
        List<DatedCheckIn> checkIns = new ArrayList<>();
        List<Clearance> clearances = new ArrayList<>();
        List<RunPain> runs = new ArrayList<>();
        List<EntryCheck> entryChecks = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            if (entry instanceof CheckInEntry e) {
                checkIns.add(DatedCheckIn.of(e.date(), e.checkIn()));
                CheckIn c = e.checkIn();
                c.painDuringRun().ifPresent(p -> runs.add(new RunPain(e.date(), c.region(), c.side(), p,
                        c.has(Symptom.WORSE_NEXT_MORNING))));
            } else if (entry instanceof ClearanceEntry e) {
                clearances.add(e.clearance());
            } else if (entry instanceof EntryCheckEntry e) {
                entryChecks.add(e.check());
            }
        }
        return new SorenessHistory(checkIns, clearances, runs, entryChecks);
    }

    /**
     * @param day a day
     * @return the day of the latest run logged before {@code day}, if any
     */
    public Optional<LocalDate> lastRunBefore(LocalDate day) {
        LocalDate last = null;
        for (Session session : sessions()) {
            if (session instanceof Run && session.date().isBefore(day) && (last == null || session.date().isAfter(last))) {
                last = session.date();
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * @param first the first day shown, or null for the beginning
     * @param last the last day shown, or null for the end
     * @return the entries that belong to a day in that period (sessions, check-ins, shoe changes), in the order recorded
     */
    public List<JournalEntry> between(LocalDate first, LocalDate last) {
        List<JournalEntry> shown = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            Optional<LocalDate> day = entry.day();
            if (day.isPresent() && (first == null || !day.get().isBefore(first)) && (last == null || !day.get().isAfter(last))) {
                shown.add(entry);
            }
        }
        return shown;
    }

    /**
     * Shoes with their mileage: a run counts for the shoe it names (ignoring case and blanks around
     * the name) if that shoe was tracked when the run was recorded; adding a name again starts afresh.
     *
     * @return the shoes in the order first added
     */
    public List<Shoe> shoes() {
        Map<String, Tally> shoes = new LinkedHashMap<>();
        for (JournalEntry entry : journal.entries()) {
            if (entry instanceof ShoeEntry change) {
                if (change.action() == ShoeAction.ADD) {
                    shoes.put(key(change.shoe()), new Tally(change.shoe(), change.date()));
                } else if (shoes.containsKey(key(change.shoe()))) {
                    shoes.get(key(change.shoe())).retired = change.date();
                }
            } else if (entry instanceof SessionEntry session && session.session() instanceof Run run) {
                run.shoe().map(s -> shoes.get(key(s))).ifPresent(tally -> {
                    tally.distance = tally.distance.plus(run.distance());
                    tally.runs++;
                });
            }
        }
        return shoes.values().stream().map(Tally::shoe).toList();
    }

    /**
     * @param name a shoe's name, in any case
     * @return the shoe of that name, if it was ever added
     */
    public Optional<Shoe> shoe(String name) {
        return shoes().stream().filter(s -> key(s.name()).equals(key(name))).findFirst();
    }

    /** @return the plan being followed (the latest saved), if any */
    public Optional<PlanEntry> plan() {
        return journal.journal().plan();
    }

    /** @return the source ids of the imported sessions, for an import to skip what it already added */
    public Set<String> sourceIds() {
        return journal.journal().sourceIds();
    }

    /** @return the start and distance of every imported session that has them */
    public List<ImportStamp> importStamps() {
        return journal.journal().importStamps();
    }

    // ---------------------------------------------------------------- recording

    /**
     * @param session a session the runner logged
     * @return the entry, durable
     */
    public SessionEntry recordSession(Session session) {
        return journal.append(SessionEntry.of(session, clock));
    }

    /**
     * Records imported activities as one all-or-nothing transaction, each with its source id and its
     * start and distance (what recognises it arriving again from another source).
     *
     * @param activities what an import found new
     */
    public void recordImported(List<ImportedActivity> activities) {
        List<JournalEntry> entries = new ArrayList<>(activities.size());
        for (ImportedActivity activity : activities) {
            ImportKey key = ImportKey.of(activity);
            entries.add(SessionEntry.imported(activity.session(), activity.sourceId(), new ImportStamp(key.start(), key.metres()), clock));
        }
        journal.journal().appendAll(entries);
    }

    /**
     * @param checkIn what the runner reported
     * @param day the day it is about
     * @return the entry, durable
     * @throws IllegalArgumentException if the day is after today (a check-in cannot describe a day that has not come)
     */
    public CheckInEntry recordCheckIn(CheckIn checkIn, LocalDate day) {
        DatedCheckIn.of(day, checkIn).notAfter(today());
        return journal.append(CheckInEntry.of(checkIn, day, clock));
    }

    /**
     * Records a clearance after checking it against the episodes as of today: refused, with nothing
     * written, unless it clears an open RED episode and is dated on or after the RED began.
     *
     * @param clearance the clearance
     * @return the entry, durable
     * @throws IllegalArgumentException naming the field, the value and what is allowed
     */
    public ClearanceEntry recordClearance(Clearance clearance) {
        sorenessHistory().checkClearance(clearance, today());
        return journal.append(ClearanceEntry.of(clearance, clock));
    }

    /**
     * Records the answers to the return to run's entry questions, if they are dated today or earlier
     * and a region of that name is cleared and waiting for them.
     *
     * @param check the answers
     * @return the entry, durable
     * @throws IllegalArgumentException naming the field, the value and what is allowed
     */
    public EntryCheckEntry recordEntryCheck(EntryCheck check) {
        if (check.date().isAfter(today())) {
            throw dev.recovery.core.unit.Checks.invalidFormatted("date", check.date().toString(), "today (" + today() + ") or earlier");
        }
        boolean waiting = sorenessHistory().on(today()).open().stream().anyMatch(e -> e.region() == check.region()
                && (check.side() == dev.recovery.core.unit.Side.BOTH || check.side() == e.side())
                && e.status() == dev.recovery.core.episode.EpisodeStatus.CLEARED);
        if (!waiting) {
            throw dev.recovery.core.unit.Checks.invalid("region", check.region().id(), "a region cleared by a physical therapist "
                    + "or doctor and waiting for the entry questions (record the clearance with clear first)");
        }
        return journal.append(EntryCheckEntry.of(check, clock));
    }

    /**
     * @param name the shoe's name
     * @param day its first day
     * @return the entry, durable
     * @throws IllegalArgumentException if the name is not allowed
     */
    public ShoeEntry addShoe(String name, LocalDate day) {
        return journal.append(ShoeEntry.add(name, day, clock));
    }

    /**
     * @param name the shoe's name
     * @param day its last day
     * @return the entry, durable
     */
    public ShoeEntry retireShoe(String name, LocalDate day) {
        return journal.append(ShoeEntry.retire(name, day, clock));
    }

    /**
     * @param profile the profile from now on
     * @return the profile, durable
     */
    public Profile saveProfile(Profile profile) {
        journal.append(ProfileEntry.of(profile, clock));
        return profile;
    }

    /** @param document a plan as the console's JSON document, kept as the plan being followed */
    public void savePlan(String document) {
        journal.append(PlanEntry.of(document, clock));
    }

    /** @return the entry undone, if there was one */
    public Optional<JournalEntry> undo() {
        return journal.undo();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** A shoe's running tally while the journal is read. */
    private static final class Tally {
        private final String name;
        private final LocalDate added;
        private LocalDate retired;
        private Distance distance = Distance.ZERO;
        private int runs;

        Tally(String name, LocalDate added) {
            this.name = name;
            this.added = added;
        }

        Shoe shoe() {
            return new Shoe(name, added, Optional.ofNullable(retired), distance, runs);
        }
    }
}
