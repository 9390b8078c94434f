package dev.recovery.core.episode;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.triage.Urgency;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every episode as of a day, and what they mean together: today's level is the worst level among the
 * open episodes, never the latest check-in alone, so a GREEN check-in of one region never lowers
 * another region's level.
 *
 * @param date the day
 * @param all  every episode, open or resolved, in the order they opened
 */
public record Episodes(LocalDate date, List<Episode> all) {

    /** @throws IllegalArgumentException if a part is missing */
    public Episodes {
        Dates.check("date", date);
        all = List.copyOf(Checks.required("episodes", all, "a list, empty if none"));
    }

    /**
     * The episodes of {@code history} as of {@code date}: a pure function of both, ignoring anything
     * dated after {@code date}.
     *
     * @param history what the runner reported
     * @param date    the day
     * @return the episodes
     * @throws IllegalArgumentException if an argument is missing or the date out of range
     */
    public static Episodes of(SorenessHistory history, LocalDate date) {
        Checks.required("history", history, "a soreness history");
        Dates.check("date", date);
        return EpisodeFold.fold(history, date);
    }

    /**
     * The episodes still open (including cleared and return to run), in the order they opened.
     *
     * @return the open episodes
     */
    public List<Episode> open() {
        return all.stream().filter(Episode::isOpen).toList();
    }

    /**
     * The regions whose open episode is AMBER or RED, each at its worst level: what a day's recovery
     * must keep its hands off (no rolling, massage or stretching there).
     *
     * @return the level by region; empty if no AMBER or RED episode is open
     * @since 0.1.0
     */
    public Map<BodyRegion, TriageLevel> openLevels() {
        Map<BodyRegion, TriageLevel> levels = new EnumMap<>(BodyRegion.class);
        for (Episode e : open()) {
            if (e.level() != TriageLevel.GREEN) {
                levels.merge(e.region(), e.level(), TriageLevel::atLeast);
            }
        }
        return Collections.unmodifiableMap(levels);
    }

    /**
     * Today's level: the worst level among the open episodes, GREEN if there is none.
     *
     * @return GREEN, AMBER or RED
     */
    public TriageLevel level() {
        return open().stream().map(Episode::level).max(Comparator.naturalOrder()).orElse(TriageLevel.GREEN);
    }

    /**
     * The open AMBER episodes due a re-check.
     *
     * @return the episodes
     */
    public List<Episode> recheckDue() {
        return open().stream().filter(Episode::recheckDue).toList();
    }

    /**
     * Today in the return to run: of several, the least advanced (the most careful).
     *
     * @return today's step, if any episode is cleared or on the steps
     */
    public Optional<ReturnToRunDay> returnToRun() {
        return open().stream().map(Episode::returnToRun).flatMap(Optional::stream)
                .min(Comparator.comparingInt(ReturnToRunDay::step));
    }

    /**
     * How soon to be seen, the most urgent over the open RED episodes: the urgency of the RED check-ins
     * since each turned RED, or soon for an AMBER that escalated.
     *
     * @return the urgency; empty unless today's level is RED
     */
    public Optional<Urgency> urgency() {
        Optional<Urgency> most = Optional.empty();
        for (Episode e : open()) {
            if (e.level() != TriageLevel.RED) {
                continue;
            }
            LocalDate since = e.redSince().orElseThrow();
            Urgency u = e.checkIns().stream().filter(c -> !c.date().isBefore(since))
                    .map(c -> c.triage().urgency()).flatMap(Optional::stream).reduce(Urgency.SOON, Urgency::atLeast);
            most = Optional.of(most.map(m -> m.atLeast(u)).orElse(u));
        }
        return most;
    }

    /**
     * The episode of {@code region} and {@code side} (left or right) open today, if any.
     *
     * @param region the region
     * @param side   left or right
     * @return the open episode
     */
    public Optional<Episode> openEpisode(BodyRegion region, Side side) {
        return open().stream().filter(e -> e.region() == region && e.side() == side).findFirst();
    }

    /**
     * Why today's level is what it is: for each open episode, the reason of its last change, then a
     * re-check note for each AMBER episode due one.
     *
     * @return the reasons, empty if no episode is open
     */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        for (Episode e : open()) {
            reasons.add(e.course().get(e.course().size() - 1).reason());
        }
        for (Episode e : recheckDue()) {
            reasons.add(EpisodeRules.RECHECK_DUE.reason("The AMBER " + e.name() + " has had no check-in since "
                    + e.lastCheckIn().orElse(e.opened()) + ": check in again. It is not resolved until it settles; if it "
                    + "is unchanged or worse 72 h after it first became AMBER, it becomes RED."));
        }
        return reasons;
    }
}
