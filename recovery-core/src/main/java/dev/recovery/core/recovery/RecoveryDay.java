package dev.recovery.core.recovery;

import dev.recovery.core.log.Session;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the recovery prescription needs to know about one day.
 *
 * @param date        the day (1900-2100)
 * @param sessions    the sessions planned or done that day, each dated {@code date}; empty for a rest day
 * @param phase       the training phase of the week
 * @param soreness    the latest soreness reports (check-in and triage), any number of regions; empty if none
 * @param unavailable equipment the runner does not have (only modalities that
 *                    {@linkplain Modality#needsEquipment() need equipment}); empty if everything is there
 * @param openEpisodes the level of each region with a sore spot still open from earlier days (an
 *                    AMBER or RED episode; a RED one stays RED until cleared), whatever today's reports
 *                    say; empty if none
 * @since 0.1.0
 */
public record RecoveryDay(LocalDate date, List<Session> sessions, TrainingPhase phase, List<SorenessReport> soreness,
        Set<Modality> unavailable, Map<BodyRegion, TriageLevel> openEpisodes) {

    /** @throws IllegalArgumentException naming the first missing or invalid part */
    public RecoveryDay {
        Dates.check("date", date);
        Checks.required("sessions", sessions, "a list of sessions, empty for a rest day");
        Checks.requiredOneOf("phase", phase, TrainingPhase.class);
        Checks.required("soreness", soreness, "a list of soreness reports, empty if none");
        Checks.required("unavailable", unavailable, "a set of equipment, empty if everything is there");
        for (Session session : sessions) {
            Checks.required("session", session, "a session");
            if (!session.date().equals(date)) {
                throw Checks.invalidFormatted("session date", session.date().toString(), "the day itself, " + date);
            }
        }
        for (SorenessReport report : soreness) {
            Checks.required("soreness report", report, "a check-in with its triage");
        }
        for (Modality modality : unavailable) {
            Checks.required("unavailable", modality, "a modality");
            if (!modality.needsEquipment()) {
                throw Checks.invalid("unavailable", modality.id(), "equipment only: " + equipmentIds());
            }
        }
        Checks.required("open episodes", openEpisodes, "the open episodes' levels by region, empty if none");
        for (Map.Entry<BodyRegion, TriageLevel> e : openEpisodes.entrySet()) {
            Checks.required("open episode region", e.getKey(), "a region");
            Checks.required("open episode level", e.getValue(), "a triage level");
        }
        openEpisodes = openEpisodes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(openEpisodes));
        sessions = List.copyOf(sessions);
        soreness = List.copyOf(soreness);
        unavailable = unavailable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unavailable));
    }

    /**
     * A day without open episodes from earlier days.
     *
     * @param date        the day
     * @param sessions    its sessions
     * @param phase       the training phase
     * @param soreness    the soreness reports
     * @param unavailable missing equipment
     * @throws IllegalArgumentException naming the first missing or invalid part
     */
    public RecoveryDay(LocalDate date, List<Session> sessions, TrainingPhase phase, List<SorenessReport> soreness,
            Set<Modality> unavailable) {
        this(date, sessions, phase, soreness, unavailable, Map.of());
    }

    /** A rest day on {@code date} in {@code phase}: no sessions, no soreness, all equipment at hand. */
    public static RecoveryDay of(LocalDate date, TrainingPhase phase) {
        return new RecoveryDay(date, List.of(), phase, List.of(), Set.of());
    }

    /** A day with {@code sessions}, no soreness, all equipment at hand. */
    public static RecoveryDay of(LocalDate date, TrainingPhase phase, List<? extends Session> sessions) {
        return new RecoveryDay(date, List.copyOf(sessions), phase, List.of(), Set.of());
    }

    /** A copy with {@code session} added. */
    public RecoveryDay plusSession(Session session) {
        List<Session> more = new ArrayList<>(sessions);
        more.add(session);
        return new RecoveryDay(date, more, phase, soreness, unavailable, openEpisodes);
    }

    /** A copy with {@code report} added. */
    public RecoveryDay plusSoreness(SorenessReport report) {
        List<SorenessReport> more = new ArrayList<>(soreness);
        more.add(report);
        return new RecoveryDay(date, sessions, phase, more, unavailable, openEpisodes);
    }

    /** A copy with these soreness reports instead. */
    public RecoveryDay withSoreness(List<SorenessReport> reports) {
        return new RecoveryDay(date, sessions, phase, reports, unavailable, openEpisodes);
    }

    /** A copy in {@code newPhase}. */
    public RecoveryDay withPhase(TrainingPhase newPhase) {
        return new RecoveryDay(date, sessions, newPhase, soreness, unavailable, openEpisodes);
    }

    /** A copy where the runner has none of {@code equipment}. */
    public RecoveryDay withUnavailable(Set<Modality> equipment) {
        return new RecoveryDay(date, sessions, phase, soreness, equipment, openEpisodes);
    }

    /**
     * A copy that knows a region's sore spot is still open from earlier days at {@code level}: a RED
     * one keeps the day RED until a professional clears it.
     *
     * @param region the region
     * @param level  the open episode's level (the worst, if the region has several)
     * @return the copy
     * @throws IllegalArgumentException if a part is missing
     */
    public RecoveryDay plusOpenEpisode(BodyRegion region, TriageLevel level) {
        Checks.requiredOneOf("region", region, BodyRegion.class);
        Checks.requiredOneOf("level", level, TriageLevel.class);
        Map<BodyRegion, TriageLevel> more = new EnumMap<>(BodyRegion.class);
        more.putAll(openEpisodes);
        more.merge(region, level, TriageLevel::atLeast);
        return new RecoveryDay(date, sessions, phase, soreness, unavailable, more);
    }

    /**
     * A copy that knows every region's sore spot still open from earlier days (see
     * {@link #plusOpenEpisode(BodyRegion, TriageLevel)}).
     *
     * @param levels the open episodes' level by region; empty if none
     * @return the copy
     * @throws IllegalArgumentException if {@code levels} is missing
     * @since 0.1.0
     */
    public RecoveryDay plusOpenEpisodes(Map<BodyRegion, TriageLevel> levels) {
        Checks.required("levels", levels, "the open episodes' level by region (empty if none)");
        RecoveryDay out = this;
        for (Map.Entry<BodyRegion, TriageLevel> open : levels.entrySet()) {
            out = out.plusOpenEpisode(open.getKey(), open.getValue());
        }
        return out;
    }

    /** True if there are no sessions: a rest day. */
    public boolean isRestDay() {
        return sessions.isEmpty();
    }

    private static String equipmentIds() {
        return java.util.Arrays.stream(Modality.values()).filter(Modality::needsEquipment).map(Modality::id)
                .collect(Collectors.joining(", "));
    }
}
