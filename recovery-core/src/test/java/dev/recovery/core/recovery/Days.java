package dev.recovery.core.recovery;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.CheckIns;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.SorenessPattern;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Test fixtures: runs, sessions and triaged soreness reports built directly (the triage engine is elsewhere). */
final class Days {

    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    private Days() {
    }

    /** A run of {@code km} at {@code minutes}. */
    static Run run(RunType type, double km, int minutes) {
        return Run.of(DATE, Distance.ofKm(km), Duration.ofMinutes(minutes), type);
    }

    static Run easy(int minutes) {
        return run(RunType.EASY, minutes / 6.0, minutes);
    }

    static Run longRun() {
        return run(RunType.LONG, 32, 180);
    }

    static Run tempo() {
        return run(RunType.TEMPO, 10, 45);
    }

    static StrengthSession strength(int rpe) {
        return StrengthSession.of(DATE, Duration.ofMinutes(45)).withRpe(Rpe.of(rpe));
    }

    static CrossTraining bike(int minutes) {
        return CrossTraining.of(DATE, CrossActivity.BIKE, Duration.ofMinutes(minutes));
    }

    static YogaSession yoga() {
        return YogaSession.of(DATE, Duration.ofMinutes(30));
    }

    /** The triage of a calf check-in of {@code level}. */
    static Triage triage(TriageLevel level) {
        return CheckIns.triage(level);
    }

    /**
     * A sore {@code region} of about {@code level} (see {@link CheckIns#of}): a GREEN ache of a tendon,
     * joint or bone-stress region triages AMBER, since only muscle soreness can be GREEN.
     */
    static SorenessReport sore(BodyRegion region, TriageLevel level) {
        return SorenessReport.of(CheckIns.of(region, level));
    }

    /** A RED {@code region} with a sudden onset {@code hours} ago (an acute strain or sprain): pain 7 during the run. */
    static SorenessReport acuteRed(BodyRegion region, double hours) {
        return SorenessReport.of(CheckIn.ordinaryDoms(region, 7, hours).toBuilder().onset(Onset.DURING).build());
    }

    static RecoveryDay day(TrainingPhase phase, Session... sessions) {
        return RecoveryDay.of(DATE, phase, List.of(sessions));
    }

    static Prescription prescribe(RecoveryDay day) {
        return Prescriber.prescribe(day);
    }
}
