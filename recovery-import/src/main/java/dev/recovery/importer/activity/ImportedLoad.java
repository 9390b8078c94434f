package dev.recovery.importer.activity;

import dev.recovery.core.load.EstimatedRpe;
import dev.recovery.core.load.HeartRateProfile;
import dev.recovery.core.load.LoadMethod;
import dev.recovery.core.load.LoadModel;
import dev.recovery.core.load.Sex;
import dev.recovery.core.log.Session;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Durations;

/**
 * How an imported session's load will be determined, with the explanation shown to the runner
 * (Foster 2001, session RPE; Banister 1975, TRIMP). The importer does not compute loads: it records the RPE and heart rate in the
 * session, and recovery-core's {@link LoadModel} turns them into a load: the runner's RPE where
 * given, else TRIMP from the average heart rate where the runner's profile has heart rates, else
 * minutes x {@link EstimatedRpe} for the session's type, marked as an estimate.
 *
 * @param method     the method the load model will use when the runner's profile has resting and
 *                   maximum heart rates ({@link LoadMethod#SESSION_RPE}, {@link LoadMethod#TRIMP}
 *                   or {@link LoadMethod#ESTIMATED}); without those, TRIMP falls back to the estimate
 * @param assumedRpe the RPE {@link EstimatedRpe} assumes for this session, used for the estimate
 * @param reason     the rule that chose the method ({@code import-load-rpe},
 *                   {@code import-load-heart-rate} or {@code import-load-estimate}) and its source
 */
public record ImportedLoad(LoadMethod method, dev.recovery.core.unit.Rpe assumedRpe, Reason reason) {

    /** Rule id: the recorded RPE gives the load. */
    public static final String RULE_RPE = "import-load-rpe";
    /** Rule id: the average heart rate gives the load (TRIMP). */
    public static final String RULE_HEART_RATE = "import-load-heart-rate";
    /** Rule id: the load is estimated from duration and type. */
    public static final String RULE_ESTIMATE = "import-load-estimate";

    /**
     * Asks the load model which method applies when a heart-rate profile exists; only the
     * profile's presence matters to {@link LoadModel#method}, not its values.
     */
    private static final LoadModel WITH_HEART_RATES = LoadModel.withHeartRate(
            HeartRateProfile.of(HeartRateProfile.MIN_RESTING, HeartRateProfile.MAX_MAX, Sex.FEMALE));

    /** @throws IllegalArgumentException naming the missing part */
    public ImportedLoad {
        Checks.required("method", method, "session-rpe, trimp or estimated");
        Checks.required("assumed-rpe", assumedRpe, "an RPE from 1 to 10");
        Checks.required("reason", reason, "the reason for the method");
    }

    /** How {@code session}'s load will be determined: its RPE, else its heart rate, else an estimate. */
    public static ImportedLoad of(Session session) {
        LoadMethod method = WITH_HEART_RATES.method(session);
        dev.recovery.core.unit.Rpe assumed = EstimatedRpe.of(session);
        String duration = Durations.format(session.duration());
        switch (method) {
            case SESSION_RPE:
                return new ImportedLoad(method, assumed, Reason.of(RULE_RPE,
                        "Load from your recorded effort: " + duration + " at RPE " + session.rpe().get() + ".", method.source()));
            case TRIMP:
                return new ImportedLoad(method, assumed, Reason.of(RULE_HEART_RATE,
                        "No RPE recorded; load from the average heart rate (TRIMP) with your resting and maximum heart rate,"
                                + " or estimated at RPE " + assumed + " if your profile has none.", method.source()));
            default:
                return new ImportedLoad(method, assumed, Reason.of(RULE_ESTIMATE,
                        "No RPE or heart rate recorded; load estimated from " + duration + " at an assumed RPE of "
                                + assumed + " for this kind of session (an estimate).", method.source()));
        }
    }

    /** True when the load will be a guess from duration and type rather than measured or reported. */
    public boolean isEstimated() {
        return method == LoadMethod.ESTIMATED;
    }
}
