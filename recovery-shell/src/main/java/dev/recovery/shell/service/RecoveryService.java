package dev.recovery.shell.service;

import dev.recovery.core.episode.Episode;
import dev.recovery.core.episode.Episodes;
import dev.recovery.core.log.Session;
import dev.recovery.core.recovery.Prescriber;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryDay;
import dev.recovery.core.recovery.SorenessReport;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.TriageLevel;
import java.time.LocalDate;

/**
 * A day's recovery prescription from the sessions logged that day, its check-ins, and the sore spots
 * still open from earlier days (a RED spot keeps the day RED until a professional clears it; an AMBER
 * one is not rolled or stretched).
 */
public final class RecoveryService {

    private final TrainingHistory history;

    /**
     * @param history the day's sessions and check-ins; each report triages its check-in again with today's rules
     */
    public RecoveryService(TrainingHistory history) {
        this.history = history;
    }

    /**
     * @param day a day's sessions and reports
     * @param episodes the episodes as of that day
     * @return the day knowing every open AMBER or RED episode's level by region
     */
    public static RecoveryDay withOpenEpisodes(RecoveryDay day, Episodes episodes) {
        RecoveryDay out = day;
        for (Episode e : episodes.open()) {
            if (e.level() != TriageLevel.GREEN) {
                out = out.plusOpenEpisode(e.region(), e.level());
            }
        }
        return out;
    }

    /**
     * @param day the day
     * @param phase the training phase it falls in
     * @return the prescriber's answer for the day's sessions and its latest check-in per region
     * @throws IllegalArgumentException if the library refuses the day
     */
    public Prescription prescribe(LocalDate day, TrainingPhase phase) {
        RecoveryDay recoveryDay = RecoveryDay.of(day, phase);
        for (Session session : history.sessionsOn(day)) {
            recoveryDay = recoveryDay.plusSession(session);
        }
        for (CheckIn checkIn : history.latestCheckInsByRegion(day)) {
            recoveryDay = recoveryDay.plusSoreness(SorenessReport.of(checkIn));
        }
        return Prescriber.prescribe(withOpenEpisodes(recoveryDay, history.sorenessHistory().on(day)));
    }
}
