package dev.recovery.core.episode;

import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One sore spot followed over days: the check-ins of one region and side (a {@code both} check-in
 * belongs to the left and the right episode), and its course of levels and statuses, each change with
 * its reason.
 *
 * @param region      where it hurts
 * @param side        left or right
 * @param opened      the day of its first check-in (or painful run)
 * @param checkIns    its check-ins, oldest first
 * @param runs        runs logged with pain in this region, oldest first
 * @param course      every change of level or status, oldest first; never empty
 * @param recheckDue  true if it is AMBER and has had no check-in for more than 24 h
 * @param returnToRun today's step in the return to run, while cleared or on the steps
 */
public record Episode(BodyRegion region, Side side, LocalDate opened, List<DatedCheckIn> checkIns, List<RunPain> runs,
        List<EpisodeChange> course, boolean recheckDue, Optional<ReturnToRunDay> returnToRun) {

    /** @throws IllegalArgumentException if a part is missing, the side is both, or the course is empty */
    public Episode {
        Checks.requiredOneOf("region", region, BodyRegion.class);
        Checks.requiredOneOf("side", side, Side.class);
        if (side == Side.BOTH) {
            throw Checks.invalid("side", side.id(), "left or right: a both-sided check-in belongs to both episodes");
        }
        Dates.check("opened", opened);
        checkIns = List.copyOf(Checks.required("check-ins", checkIns, "the episode's check-ins"));
        runs = List.copyOf(Checks.required("runs", runs, "the episode's runs with pain"));
        course = List.copyOf(Checks.required("course", course, "at least the opening"));
        if (course.isEmpty()) {
            throw Checks.invalid("course", "none", "at least the opening");
        }
        Checks.required("return to run", returnToRun, "today's step, or none");
    }

    /**
     * The level now: the level of the last change.
     *
     * @return GREEN, AMBER or RED
     */
    public TriageLevel level() {
        return course.get(course.size() - 1).level();
    }

    /**
     * The status now.
     *
     * @return open, cleared, return-to-run or resolved
     */
    public EpisodeStatus status() {
        return course.get(course.size() - 1).status();
    }

    /**
     * True unless resolved.
     *
     * @return whether it counts towards today's level
     */
    public boolean isOpen() {
        return status().isOpen();
    }

    /**
     * The day of the last check-in, if any.
     *
     * @return the day
     */
    public Optional<LocalDate> lastCheckIn() {
        return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.get(checkIns.size() - 1).date());
    }

    /**
     * The day it last turned RED, if it is RED now.
     *
     * @return the day
     */
    public Optional<LocalDate> redSince() {
        if (level() != TriageLevel.RED) {
            return Optional.empty();
        }
        LocalDate since = null;
        for (int i = course.size() - 1; i >= 0 && course.get(i).level() == TriageLevel.RED; i--) {
            since = course.get(i).date();
        }
        return Optional.ofNullable(since);
    }

    /**
     * The day it resolved, if it has.
     *
     * @return the day
     */
    public Optional<LocalDate> resolvedOn() {
        return isOpen() ? Optional.empty() : Optional.of(course.get(course.size() - 1).date());
    }

    /**
     * A short name: {@code shin (left)}.
     *
     * @return the name
     */
    public String name() {
        return region.id() + " (" + side.id() + ")";
    }
}
