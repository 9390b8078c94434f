package dev.recovery.core.episode;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.MovementResponse;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;

/** Check-ins and days shared by the episode tests. */
final class Histories {

    private Histories() {
    }

    static final LocalDate MON = LocalDate.of(2026, 11, 30);

    static LocalDate day(int offset) {
        return MON.plusDays(offset);
    }

    /** The shin: left, pain 5, sharp, localized, during the run, 20 h, worse, worse with movement, at rest: RED. */
    static CheckIn redShin() {
        return CheckIn.builder().region(BodyRegion.SHIN).side(Side.LEFT).pain(5).quality(PainQuality.SHARP)
                .spread(Spread.LOCALIZED).onset(Onset.DURING).hoursSinceRun(20).trend(Trend.WORSE)
                .movement(MovementResponse.WORSE).symptom(Symptom.PAIN_AT_REST).build();
    }

    /** The calf: both, pain 2, dull, widespread, delayed, 30 h, improving, eases: GREEN DOMS. */
    static CheckIn greenCalf() {
        return CheckIn.ordinaryDoms(BodyRegion.CALF, 2, 30);
    }

    /** An AMBER calf: left only, pain 4, otherwise ordinary DOMS. */
    static CheckIn amberCalf(int pain, Trend trend) {
        return CheckIn.ordinaryDoms(BodyRegion.CALF, pain, 30).toBuilder().side(Side.LEFT).trend(trend).build();
    }

    /** A quiet calf check-in (left). */
    static CheckIn quietCalf(int pain) {
        return CheckIn.ordinaryDoms(BodyRegion.CALF, pain, 30).toBuilder().side(Side.LEFT).build();
    }

    static DatedCheckIn on(LocalDate date, CheckIn checkIn) {
        return DatedCheckIn.of(date, checkIn);
    }
}
