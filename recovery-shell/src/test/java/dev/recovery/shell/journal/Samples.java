package dev.recovery.shell.journal;

import dev.recovery.core.load.Sex;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.MovementResponse;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Rpe;
import dev.recovery.core.unit.Side;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One entry of every type, with every optional field set and with none, for round-trip tests. */
final class Samples {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    /** The instant every sample entry is recorded at: the morning after {@link #DAY}. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T07:00:00Z"), java.time.ZoneOffset.UTC);

    private Samples() {
    }

    static Run fullRun() {
        return new Run(DAY, Distance.ofKm(21.1), Duration.ofSeconds(6400, 500_000_000), RunType.MARATHON_PACE,
                Optional.of(Rpe.of(7)), OptionalInt.of(152), OptionalInt.of(171), Optional.of("Pegasus 40 \"blue\""),
                Optional.of("felt good; ünïcode ✓, new\nline"));
    }

    static CheckIn fullCheckIn() {
        return CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().region(BodyRegion.IT_BAND).side(Side.LEFT).pain(6).quality(PainQuality.SHARP)
                .spread(Spread.LOCALIZED).onset(Onset.DURING).hoursSinceRun(2.5).trend(Trend.WORSE)
                .movement(MovementResponse.WORSE).symptom(Symptom.SWELLING, Symptom.PAIN_AT_REST).build();
    }

    static Profile fullProfile() {
        return new Profile(DistanceUnit.MI, "Ann", Optional.of(Duration.parse("PT3H29M59S")), Optional.of(Sex.FEMALE),
                OptionalInt.of(48), OptionalInt.of(186));
    }

    /** Every entry type, optional fields filled. */
    static List<JournalEntry> everyType() {
        return List.of(
                SessionEntry.of(fullRun(), Samples.CLOCK),
                SessionEntry.imported(Run.of(DAY.minusDays(1), Distance.ofMiles(6.2), Duration.ofMinutes(55), RunType.EASY), "strava:123456", Samples.CLOCK),
                SessionEntry.of(new CrossTraining(DAY, CrossActivity.BIKE, Duration.ofMinutes(45), Optional.of(Rpe.of(4)), OptionalInt.of(130)), Samples.CLOCK),
                SessionEntry.of(CrossTraining.of(DAY, CrossActivity.SWIM, Duration.ofMinutes(30)), Samples.CLOCK),
                SessionEntry.of(StrengthSession.of(DAY, Duration.ofMinutes(40)).withRpe(Rpe.of(6)), Samples.CLOCK),
                SessionEntry.imported(StrengthSession.of(DAY, Duration.ofMinutes(20)).withAvgHeartRate(118), "strava:77", Samples.CLOCK),
                SessionEntry.of(YogaSession.of(DAY, Duration.ofMinutes(30)), Samples.CLOCK),
                SessionEntry.of(YogaSession.of(DAY, Duration.ofMinutes(45)).withAvgHeartRate(92), Samples.CLOCK),
                CheckInEntry.of(fullCheckIn(), DAY, Samples.CLOCK),
                CheckInEntry.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().build(), DAY.plusDays(1), Samples.CLOCK),
                ShoeEntry.add("Pegasus 40", DAY, Samples.CLOCK),
                ShoeEntry.retire("Pegasus 40", DAY.plusDays(1), Samples.CLOCK),
                ProfileEntry.of(fullProfile(), Samples.CLOCK),
                ProfileEntry.of(Profile.defaults(), Samples.CLOCK),
                PlanEntry.of("{\"weeks\":[{\"index\":1,\"phase\":\"base\"}]}", Samples.CLOCK));
    }
}
