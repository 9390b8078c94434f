package dev.recovery.shell.service;

import dev.recovery.core.log.Session;
import dev.recovery.core.recovery.Prescriber;
import dev.recovery.core.recovery.Prescription;
import dev.recovery.core.recovery.RecoveryDay;
import dev.recovery.core.recovery.SorenessReport;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.triage.CheckIn;
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
        return Prescriber.prescribe(recoveryDay.plusOpenEpisodes(history.sorenessHistory().on(day).openLevels()));
    }
}
