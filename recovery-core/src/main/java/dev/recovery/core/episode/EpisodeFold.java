package dev.recovery.core.episode;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows every region and side through the history in date order. Within a day check-ins come
 * first (in the order made), then clearances, entry answers and runs: a clearance recorded the day of
 * a RED check-in clears it, and a step run the day the entry questions were passed counts.
 */
final class EpisodeFold {

    private record Key(BodyRegion region, Side side) {
        String name() {
            return region.id() + " (" + side.id() + ")";
        }
    }

    private record Event(LocalDate date, int kind, Object payload) {
    }

    private static final int CHECK_IN = 0;
    private static final int CLEARANCE = 1;
    private static final int ENTRY = 2;
    private static final int RUN = 3;

    /** The mutable course of one episode while the fold runs. */
    private static final class Track {
        final Key key;
        final LocalDate opened;
        final List<DatedCheckIn> checkIns = new ArrayList<>();
        final List<RunPain> runs = new ArrayList<>();
        final List<EpisodeChange> course = new ArrayList<>();
        final Set<LocalDate> quietDays = new LinkedHashSet<>();
        Reason openReason;
        LocalDate firstAmber;
        OptionalInt firstAmberPain = OptionalInt.empty();
        boolean runPainFloor;
        boolean recurring;
        int rtrStep;
        LocalDate lastStep;

        Track(Key key, LocalDate opened) {
            this.key = key;
            this.opened = opened;
        }

        TriageLevel level() {
            return course.isEmpty() ? TriageLevel.GREEN : course.get(course.size() - 1).level();
        }

        EpisodeStatus status() {
            return course.isEmpty() ? EpisodeStatus.OPEN : course.get(course.size() - 1).status();
        }

        /** The day of the last change (for a resolved episode, the day it resolved). */
        LocalDate lastChange() {
            return course.get(course.size() - 1).date();
        }

        void change(LocalDate date, TriageLevel level, EpisodeStatus status, Reason reason) {
            Reason why = reason;
            if (openReason != null) {
                // The opening keeps its own rule unless a more particular rule decided the first level.
                boolean plain = reason.ruleId().equals(EpisodeRules.LEVEL_FROM_CHECK_IN.id())
                        || reason.ruleId().equals(EpisodeRules.RUN_PAIN.id()) && openReason.ruleId().equals(EpisodeRules.RECURRENCE.id());
                Reason rule = plain ? openReason : reason;
                why = Reason.of(rule.ruleId(), openReason.message() + " " + reason.message(), rule.source());
                openReason = null;
            }
            course.add(new EpisodeChange(date, level, status, why));
        }
    }

    private final Map<Key, Track> current = new HashMap<>();
    private final Map<Key, Track> lastResolved = new HashMap<>();
    private final List<Track> all = new ArrayList<>();
    private final Map<BodyRegion, TreeSet<LocalDate>> openings = new EnumMap<>(BodyRegion.class);

    private EpisodeFold() {
    }

    static Episodes fold(SorenessHistory history, LocalDate date) {
        EpisodeFold fold = new EpisodeFold();
        for (Event e : events(history, date)) {
            switch (e.kind()) {
                case CHECK_IN -> fold.checkIn((DatedCheckIn) e.payload());
                case CLEARANCE -> fold.clearance((Clearance) e.payload());
                case ENTRY -> fold.entry((EntryCheck) e.payload());
                default -> fold.run((RunPain) e.payload());
            }
        }
        return new Episodes(date, fold.episodes(date));
    }

    private static List<Event> events(SorenessHistory h, LocalDate date) {
        List<Event> events = new ArrayList<>();
        for (DatedCheckIn c : h.checkIns()) {
            events.add(new Event(c.date(), CHECK_IN, c));
        }
        for (Clearance c : h.clearances()) {
            events.add(new Event(c.date(), CLEARANCE, c));
        }
        for (EntryCheck e : h.entryChecks()) {
            events.add(new Event(e.date(), ENTRY, e));
        }
        for (RunPain r : h.runs()) {
            events.add(new Event(r.date(), RUN, r));
        }
        events.removeIf(e -> e.date().isAfter(date));
        // List.sort is stable: events of one day and kind keep the order they were reported in.
        events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::kind));
        return events;
    }

    private static List<Side> sides(Side side) {
        return side == Side.BOTH ? List.of(Side.LEFT, Side.RIGHT) : List.of(side);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    // --- events -------------------------------------------------------------------------------------

    private void checkIn(DatedCheckIn dated) {
        CheckIn c = dated.checkIn();
        Triage t = dated.triage();
        for (Side side : sides(c.side())) {
            Key key = new Key(c.region(), side);
            Track tr = current.get(key);
            if (tr == null) {
                if (c.pain().value() == 0 && t.level() == TriageLevel.GREEN) {
                    continue;
                }
                tr = open(key, dated.date(), "check-in");
            }
            tr.checkIns.add(dated);
            apply(tr, dated.date(), c, t);
        }
    }

    private Track open(Key key, LocalDate date, String what) {
        Track previous = lastResolved.get(key);
        Track tr;
        if (previous != null && days(previous.lastChange(), date) <= EpisodeRules.RECURRENCE_DAYS) {
            tr = previous;
            lastResolved.remove(key);
            LocalDate settled = previous.lastChange();
            tr.quietDays.clear();
            tr.firstAmber = null;
            tr.firstAmberPain = OptionalInt.empty();
            tr.runPainFloor = false;
            tr.openReason = EpisodeRules.RECURRENCE.reason("The " + key.name() + " is back again within two weeks of "
                    + "settling on " + settled + ": the episode reopens on " + date + ".");
        } else {
            tr = new Track(key, date);
            all.add(tr);
            tr.openReason = EpisodeRules.OPENED.reason("An episode of the " + key.name() + " opened on " + date
                    + " with a " + what + ".");
        }
        current.put(key, tr);
        TreeSet<LocalDate> dates = openings.computeIfAbsent(key.region(), r -> new TreeSet<>());
        dates.add(date);
        long recent = dates.stream().filter(d -> days(d, date) <= EpisodeRules.RECURRING_WINDOW_DAYS).count();
        tr.recurring = recent >= EpisodeRules.RECURRING_EPISODES;
        return tr;
    }

    private void apply(Track tr, LocalDate d, CheckIn c, Triage t) {
        boolean fresh = tr.openReason != null;
        EpisodeStatus status = tr.status();
        TriageLevel level = tr.level();
        String triaged = "The check-in of " + d + " triaged " + t.level() + " (" + String.join(", ", t.ruleIds()) + ")";
        if (level == TriageLevel.RED) {
            // RED is sticky: only a clearance ends it (a fresh or reopened episode is never RED yet).
            return;
        }
        if (status == EpisodeStatus.CLEARED || status == EpisodeStatus.RETURN_TO_RUN) {
            if (t.level() == TriageLevel.RED) {
                tr.rtrStep = 0;
                tr.lastStep = null;
                tr.change(d, TriageLevel.RED, EpisodeStatus.OPEN, EpisodeRules.RED_AGAIN.reason(triaged
                        + " during the return to run: the " + tr.key.name() + " is RED again. Stop running and see a "
                        + "physical therapist or doctor; it stays RED until cleared again."));
            }
            return;
        }
        TriageLevel target = t.level();
        Reason why = EpisodeRules.LEVEL_FROM_CHECK_IN.reason(triaged + ": the " + tr.key.name() + " is " + target + ".");
        if (target == TriageLevel.RED) {
            why = EpisodeRules.RED_STICKY.reason(triaged + ": the " + tr.key.name() + " is RED and stays RED, whatever "
                    + "later check-ins say, until a physical therapist or doctor clears it (record it with clear).");
        } else {
            if (target == TriageLevel.GREEN && tr.runPainFloor) {
                target = TriageLevel.AMBER;
                why = EpisodeRules.RUN_PAIN.reason(triaged + ", but a run hurt it above " + EpisodeRules.RUN_PAIN_MAX
                        + "/10 or left it worse the next morning: the " + tr.key.name() + " stays AMBER at least until it settles.");
            }
            if (target == TriageLevel.GREEN && tr.recurring) {
                target = TriageLevel.AMBER;
                why = EpisodeRules.RECURRING.reason(triaged + ", but this is at least the third episode of the "
                        + tr.key.region().id() + " within 6 weeks, a sign of recurring overload of one spot: AMBER at least.");
            }
            if (target == TriageLevel.AMBER) {
                if (tr.firstAmber == null) {
                    tr.firstAmber = d;
                    tr.firstAmberPain = OptionalInt.of(c.pain().value());
                } else if (days(tr.firstAmber, d) >= EpisodeRules.ESCALATION_DAYS && notBetter(tr, c)) {
                    target = TriageLevel.RED;
                    why = EpisodeRules.AMBER_ESCALATED.reason(triaged + ", and the " + tr.key.name() + " has been AMBER "
                            + "since " + tr.firstAmber + " without getting better: unchanged or worse 72 h or more after "
                            + "its first AMBER check-in is RED. Stop running and see a physical therapist or doctor; it "
                            + "stays RED until cleared.");
                }
            }
        }
        Optional<Reason> resolved = Optional.empty();
        if (target != TriageLevel.RED) {
            if (t.level() == TriageLevel.GREEN && c.pain().value() == 0) {
                resolved = Optional.of(EpisodeRules.RESOLVED_PAIN_FREE.reason("The check-in of " + d + " is pain-free "
                        + "and GREEN: the " + tr.key.name() + " episode has resolved."));
            } else if (c.pain().value() <= EpisodeRules.QUIET_MAX_PAIN && c.symptoms().isEmpty()) {
                tr.quietDays.add(d);
                if (tr.quietDays.size() >= EpisodeRules.QUIET_DAYS_TO_RESOLVE) {
                    resolved = Optional.of(EpisodeRules.RESOLVED_QUIET_DAYS.reason("Check-ins at pain 0-1 with no "
                            + "warning sign on " + tr.quietDays + ": the " + tr.key.name() + " episode has resolved."));
                }
            } else {
                tr.quietDays.clear();
            }
        }
        if (fresh) {
            tr.change(d, target, EpisodeStatus.OPEN, why);
        }
        if (resolved.isPresent()) {
            tr.change(d, TriageLevel.GREEN, EpisodeStatus.RESOLVED, resolved.get());
            current.remove(tr.key);
            lastResolved.put(tr.key, tr);
        } else if (!fresh && target != level) {
            tr.change(d, target, EpisodeStatus.OPEN, why);
        }
    }

    /**
     * Unchanged or worse than at the first AMBER check-in: more pain; the same pain without improving;
     * or getting worse. Without a first pain (an episode opened by a painful run) only the trend counts.
     */
    private static boolean notBetter(Track tr, CheckIn c) {
        Trend trend = c.trend();
        if (trend == Trend.WORSE) {
            return true;
        }
        if (tr.firstAmberPain.isEmpty()) {
            return trend != Trend.IMPROVING;
        }
        int first = tr.firstAmberPain.getAsInt();
        int now = c.pain().value();
        return now > first || now == first && trend != Trend.IMPROVING;
    }

    private void clearance(Clearance cl) {
        for (Side side : sides(cl.side())) {
            Track tr = current.get(new Key(cl.region(), side));
            // Events come in date order, so an open RED episode turned RED on or before this day.
            if (tr == null || tr.level() != TriageLevel.RED) {
                continue;
            }
            tr.rtrStep = 0;
            tr.lastStep = null;
            tr.change(cl.date(), TriageLevel.AMBER, EpisodeStatus.CLEARED, EpisodeRules.CLEARED.reason("The "
                    + tr.key.name() + " was cleared by a physical therapist or doctor on " + cl.date()
                    + (cl.note().isEmpty() ? "" : " (" + cl.note() + ")") + ". Not back to full training: the graded "
                    + "return to run starts with the entry questions."));
        }
    }

    private void entry(EntryCheck e) {
        for (Side side : sides(e.side())) {
            Track tr = current.get(new Key(e.region(), side));
            if (tr == null || tr.status() != EpisodeStatus.CLEARED) {
                continue;
            }
            if (e.passes()) {
                tr.rtrStep = 1;
                tr.change(e.date(), TriageLevel.AMBER, EpisodeStatus.RETURN_TO_RUN, ReturnToRun.ENTRY_PASSED.reason(
                        "Brisk walking, single-leg squats and hops were pain-free on " + e.date() + ": start step 1 of "
                                + ReturnToRun.stepCount() + ", " + ReturnToRun.STEPS.get(0).describe() + "."));
            } else {
                tr.change(e.date(), TriageLevel.AMBER, EpisodeStatus.CLEARED, ReturnToRun.ENTRY_NOT_PASSED.reason(
                        "On " + e.date() + " an entry question hurt above " + ReturnToRun.ENTRY_MAX_PAIN + "/10 (walk "
                                + e.briskWalk() + ", squats " + e.squats() + ", hops " + e.hops() + "): not yet. Keep to "
                                + "pain-free walking and cross-training and try again in a few days."));
            }
        }
    }

    private void run(RunPain run) {
        for (Side side : sides(run.side())) {
            Key key = new Key(run.region(), side);
            Track tr = current.get(key);
            if (tr != null && tr.status() == EpisodeStatus.RETURN_TO_RUN) {
                tr.runs.add(run);
                step(tr, run);
                continue;
            }
            boolean painful = run.painDuring().value() > EpisodeRules.RUN_PAIN_MAX || run.worseNextMorning();
            if (!painful || tr != null && tr.status() != EpisodeStatus.OPEN) {
                if (tr != null) {
                    tr.runs.add(run);
                }
                continue;
            }
            if (tr == null) {
                tr = open(key, run.date(), "painful run");
            }
            tr.runs.add(run);
            if (tr.level() == TriageLevel.RED) {
                continue;
            }
            tr.runPainFloor = true;
            if (tr.firstAmber == null) {
                tr.firstAmber = run.date();
            }
            // A freshly opened or reopened episode has no level of its own yet: GREEN, like a GREEN one.
            if (tr.level() == TriageLevel.GREEN) {
                tr.change(run.date(), TriageLevel.AMBER, EpisodeStatus.OPEN, EpisodeRules.RUN_PAIN.reason("The run of "
                        + run.date() + " hurt the " + key.name() + " " + run.painDuring() + " during it"
                        + (run.worseNextMorning() ? " and left it worse the next morning" : "") + ": above what the "
                        + "pain-monitoring model accepts, so it is AMBER at least. Reduce the load."));
            }
        }
    }

    private void step(Track tr, RunPain run) {
        int done = tr.rtrStep;
        int next = ReturnToRun.next(done, run);
        tr.rtrStep = next;
        tr.lastStep = run.date();
        if (next > ReturnToRun.stepCount()) {
            tr.change(run.date(), TriageLevel.GREEN, EpisodeStatus.RESOLVED, ReturnToRun.COMPLETE.reason("The last step "
                    + "was pain-free on " + run.date() + ": the return to run of the " + tr.key.name() + " is complete. "
                    + "Keep to about half your earlier weekly volume at first, easy pace only, and no intensity or long "
                    + "run until 2 weeks of continuous easy running."));
            current.remove(tr.key);
            lastResolved.put(tr.key, tr);
        } else if (ReturnToRun.isPainFree(run)) {
            tr.change(run.date(), TriageLevel.AMBER, EpisodeStatus.RETURN_TO_RUN, ReturnToRun.STEP_DONE.reason("Step "
                    + done + " was pain-free on " + run.date() + ": step " + next + " is next, "
                    + ReturnToRun.STEPS.get(next - 1).describe() + "."));
        } else {
            tr.change(run.date(), TriageLevel.AMBER, EpisodeStatus.RETURN_TO_RUN, ReturnToRun.STEP_BACK.reason("Step "
                    + done + " on " + run.date() + " hurt " + run.painDuring() + " during it"
                    + (run.worseNextMorning() ? " and was worse the next morning" : "") + ": go back to step " + next
                    + ", " + ReturnToRun.STEPS.get(next - 1).describe() + "."));
        }
    }

    // --- result -------------------------------------------------------------------------------------

    private List<Episode> episodes(LocalDate date) {
        List<Episode> result = new ArrayList<>();
        for (Track tr : all) {
            EpisodeStatus status = tr.status();
            LocalDate last = tr.checkIns.isEmpty() ? tr.opened : tr.checkIns.get(tr.checkIns.size() - 1).date();
            boolean recheck = status == EpisodeStatus.OPEN && tr.level() == TriageLevel.AMBER
                    && days(last, date) >= EpisodeRules.RECHECK_AFTER_DAYS;
            Optional<ReturnToRunDay> rtr = Optional.empty();
            if (status == EpisodeStatus.CLEARED) {
                rtr = Optional.of(ReturnToRun.day(date, 0, Optional.empty()));
            } else if (status == EpisodeStatus.RETURN_TO_RUN) {
                rtr = Optional.of(ReturnToRun.day(date, tr.rtrStep, Optional.ofNullable(tr.lastStep)));
            }
            result.add(new Episode(tr.key.region(), tr.key.side(), tr.opened, tr.checkIns, tr.runs, tr.course, recheck,
                    rtr));
        }
        return result;
    }
}
