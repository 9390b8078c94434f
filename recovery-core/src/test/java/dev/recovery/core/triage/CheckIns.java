package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;

/** Check-ins of a wanted level for tests of the code that reads triage results. */
public final class CheckIns {

    private CheckIns() {
    }

    /**
     * A check-in of {@code region} that triages as {@code level}: ordinary delayed soreness at pain 2
     * (GREEN on a muscle region, AMBER elsewhere), pain 5 (AMBER), or pain 3 at rest (RED).
     */
    public static CheckIn of(BodyRegion region, TriageLevel level) {
        switch (level) {
            case GREEN:
                return CheckIn.ordinaryDoms(region, 2, 24);
            case AMBER:
                return CheckIn.ordinaryDoms(region, 5, 24);
            default:
                return CheckIn.ordinaryDoms(region, 3, 24).withSymptom(Symptom.PAIN_AT_REST);
        }
    }

    /** The triage of a calf check-in of {@code level}. */
    public static Triage triage(TriageLevel level) {
        return Triage.of(of(BodyRegion.CALF, level));
    }
}
