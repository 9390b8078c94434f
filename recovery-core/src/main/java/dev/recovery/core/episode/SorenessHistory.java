package dev.recovery.core.episode;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the runner has reported about their body over days: check-ins, clearances, runs with
 * pain and answers to the return-to-run entry questions. The episodes are a pure function of it and
 * the date ({@link #on(LocalDate)}).
 *
 * @param checkIns     dated check-ins, in the order made (same-day check-ins keep their order)
 * @param clearances   clearances by a physical therapist or doctor
 * @param runs         runs logged with the pain felt in a region
 * @param entryChecks  answers to the return-to-run entry questions
 */
public record SorenessHistory(List<DatedCheckIn> checkIns, List<Clearance> clearances, List<RunPain> runs,
        List<EntryCheck> entryChecks) {

    /** @throws IllegalArgumentException if a list or an element is missing */
    public SorenessHistory {
        checkIns = copy("check-ins", checkIns);
        clearances = copy("clearances", clearances);
        runs = copy("runs", runs);
        entryChecks = copy("entry checks", entryChecks);
    }

    /**
     * A history of check-ins only.
     *
     * @param checkIns the dated check-ins
     * @return the history
     */
    public static SorenessHistory of(List<DatedCheckIn> checkIns) {
        return new SorenessHistory(checkIns, List.of(), List.of(), List.of());
    }

    /**
     * Nothing reported.
     *
     * @return the empty history
     */
    public static SorenessHistory empty() {
        return of(List.of());
    }

    /**
     * A copy with one more check-in.
     *
     * @param checkIn the check-in
     * @return the copy
     */
    public SorenessHistory plus(DatedCheckIn checkIn) {
        return new SorenessHistory(append(checkIns, checkIn), clearances, runs, entryChecks);
    }

    /**
     * A copy with one more clearance.
     *
     * @param clearance the clearance
     * @return the copy
     */
    public SorenessHistory plus(Clearance clearance) {
        return new SorenessHistory(checkIns, append(clearances, clearance), runs, entryChecks);
    }

    /**
     * A copy with one more run with pain.
     *
     * @param run the run
     * @return the copy
     */
    public SorenessHistory plus(RunPain run) {
        return new SorenessHistory(checkIns, clearances, append(runs, run), entryChecks);
    }

    /**
     * A copy with one more set of entry answers.
     *
     * @param entry the answers
     * @return the copy
     */
    public SorenessHistory plus(EntryCheck entry) {
        return new SorenessHistory(checkIns, clearances, runs, append(entryChecks, entry));
    }

    /**
     * The episodes as of {@code date}: everything dated after it is ignored.
     *
     * @param date the day
     * @return the episodes
     * @throws IllegalArgumentException if the date is missing or out of range
     */
    public Episodes on(LocalDate date) {
        return Episodes.of(this, date);
    }

    /**
     * Checks that {@code clearance} can be recorded on {@code today}: it is not in the future, and
     * it clears an open RED episode of that region (and side) that had turned RED on or before its date.
     *
     * @param clearance the clearance to record
     * @param today     the day it is recorded
     * @throws IllegalArgumentException naming the field, the value and what is allowed, if not
     */
    public void checkClearance(Clearance clearance, LocalDate today) {
        Checks.required("clearance", clearance, "a clearance");
        Dates.check("today", today);
        if (clearance.date().isAfter(today)) {
            throw Checks.invalidFormatted("date", clearance.date().toString(), "today (" + today + ") or earlier");
        }
        List<Episode> red = new ArrayList<>();
        List<String> anyRed = new ArrayList<>();
        for (Episode e : on(today).open()) {
            if (e.level() == dev.recovery.core.triage.TriageLevel.RED) {
                anyRed.add(e.name());
                if (e.region() == clearance.region() && clearance.covers(e.side())) {
                    red.add(e);
                }
            }
        }
        if (red.isEmpty()) {
            throw Checks.invalid("region", clearance.region().id() + (clearance.side() == dev.recovery.core.unit.Side.BOTH
                    ? "" : " (" + clearance.side().id() + ")"), anyRed.isEmpty()
                    ? "a region with an open RED episode, and there is none" : "a region with an open RED episode: "
                    + String.join(", ", anyRed));
        }
        boolean anyOnOrBefore = red.stream().anyMatch(e -> !e.redSince().orElseThrow().isAfter(clearance.date()));
        if (!anyOnOrBefore) {
            throw Checks.invalidFormatted("date", clearance.date().toString(), "a day on or after the RED began ("
                    + red.stream().map(e -> e.name() + " RED since " + e.redSince().orElseThrow()).toList() + ")");
        }
    }

    private static <T> List<T> copy(String field, List<T> list) {
        Checks.required(field, list, "a list, empty if none");
        for (T element : list) {
            Checks.required(field, element, "no missing entries");
        }
        return List.copyOf(list);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }
}
