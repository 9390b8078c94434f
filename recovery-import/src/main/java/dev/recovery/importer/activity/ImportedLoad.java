package dev.recovery.importer.activity;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an imported session's load will be determined, with the explanation shown to the runner.
 *
 * @param basis      RPE, heart rate or estimate
 * @param assumedRpe the RPE assumed for the activity type ({@link LoadEstimates}); the load when
 *                   {@code basis} is {@link LoadBasis#ESTIMATE}, and the fallback when it is
 *                   {@link LoadBasis#HEART_RATE} but the runner's profile has no heart rates
 * @param reason     the rule that chose the basis ({@code import-load-rpe},
 *                   {@code import-load-heart-rate} or {@code import-load-estimate}) and its source
 */
public record ImportedLoad(LoadBasis basis, Rpe assumedRpe, Reason reason) {

    /** Rule id: the recorded RPE gives the load. */
    public static final String RULE_RPE = "import-load-rpe";
    /** Rule id: the average heart rate gives the load (TRIMP). */
    public static final String RULE_HEART_RATE = "import-load-heart-rate";
    /** Rule id: the load is estimated from duration and type. */
    public static final String RULE_ESTIMATE = "import-load-estimate";

    /** @throws IllegalArgumentException naming the missing part */
    public ImportedLoad {
        Checks.required("basis", basis, "rpe, heart-rate or estimate");
        Checks.required("assumed-rpe", assumedRpe, "an RPE from 1 to 10");
        Checks.required("reason", reason, "the reason for the basis");
    }

    /**
     * Chooses the basis for a session of {@code kind} lasting {@code duration}: its RPE where given,
     * else its average heart rate where present, else an estimate.
     */
    public static ImportedLoad choose(ActivityKind kind, Duration duration, Optional<Rpe> rpe, OptionalInt avgHeartRate) {
        Rpe assumed = LoadEstimates.assumedRpe(kind);
        if (rpe.isPresent()) {
            return new ImportedLoad(LoadBasis.RPE, assumed, Reason.of(RULE_RPE,
                    "Load from your recorded effort: " + Durations.format(duration) + " at RPE " + rpe.get() + ".",
                    Sources.FOSTER_2001));
        }
        if (avgHeartRate.isPresent()) {
            return new ImportedLoad(LoadBasis.HEART_RATE, assumed, Reason.of(RULE_HEART_RATE,
                    "No RPE recorded; load from the average heart rate of " + avgHeartRate.getAsInt()
                            + " bpm (TRIMP) using your resting and maximum heart rate.",
                    Sources.BANISTER_1975));
        }
        return new ImportedLoad(LoadBasis.ESTIMATE, assumed, Reason.of(RULE_ESTIMATE,
                "No RPE or heart rate recorded; load estimated from " + Durations.format(duration) + " of "
                        + kind.id() + " at an assumed RPE of " + assumed + " (an estimate).",
                Sources.FOSTER_2001));
    }

    /** True when the load is a guess from duration and type rather than measured or reported. */
    public boolean isEstimated() {
        return basis == LoadBasis.ESTIMATE;
    }

    /**
     * The load in arbitrary units (minutes x RPE) when it does not need the runner's profile: with
     * the recorded RPE for {@link LoadBasis#RPE}, the assumed one for {@link LoadBasis#ESTIMATE};
     * empty for {@link LoadBasis#HEART_RATE} (the caller computes TRIMP).
     */
    public java.util.OptionalDouble sessionRpeLoad(Duration duration, Optional<Rpe> rpe) {
        switch (basis) {
            case RPE:
                return java.util.OptionalDouble.of(Durations.minutes(duration) * rpe.orElse(assumedRpe).value());
            case ESTIMATE:
                return java.util.OptionalDouble.of(Durations.minutes(duration) * assumedRpe.value());
            default:
                return java.util.OptionalDouble.empty();
        }
    }
}
