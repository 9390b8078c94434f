package dev.recovery.core.load;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.unit.Checks;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a session's load is chosen (the strategy every load measure starts from):
 * <ol>
 *   <li>the runner's own RPE: minutes x RPE (Foster 2001 session-RPE), the default method;</li>
 *   <li>otherwise, when the session has an average heart rate and the model has the runner's
 *       {@link HeartRateProfile}: Banister TRIMP;</li>
 *   <li>otherwise an estimate: minutes x {@link EstimatedRpe} for the session's type, marked estimated.</li>
 * </ol>
 * Session-RPE and TRIMP are on different scales (an hour at RPE 5 is 300 AU; an hour at 70% of
 * heart-rate reserve is about 100 AU for a man), so a log is most consistent when the runner gives
 * an RPE for every session; RPE is therefore preferred whenever both exist.
 *
 * @param heartRateProfile the runner's heart-rate anchors, if known (enables TRIMP)
 * @param trimpVariant     which TRIMP multiplier applies to women
 * @since 0.1.0
 */
public record LoadModel(Optional<HeartRateProfile> heartRateProfile, TrimpVariant trimpVariant) {

    private static final LoadModel SESSION_RPE = new LoadModel(Optional.empty(), TrimpVariant.DEFAULT);

    /** @throws IllegalArgumentException if a component is missing */
    public LoadModel {
        Checks.required("heart-rate profile", heartRateProfile, "a heart-rate profile, or none");
        Checks.required("trimp variant", trimpVariant, "morton-1990, goldencheetah or runalyze");
    }

    /** RPE first, else an estimate: no heart-rate profile. */
    public static LoadModel sessionRpe() {
        return SESSION_RPE;
    }

    /** RPE first, else TRIMP from the session's average heart rate and {@code profile}, else an estimate. */
    public static LoadModel withHeartRate(HeartRateProfile profile) {
        return new LoadModel(Optional.of(Checks.required("heart-rate profile", profile, "a heart-rate profile")),
                TrimpVariant.DEFAULT);
    }

    /** A copy using {@code variant} for women's TRIMP. */
    public LoadModel withTrimpVariant(TrimpVariant variant) {
        return new LoadModel(heartRateProfile, variant);
    }

    /** The load of {@code session} and how it was obtained. */
    public SessionLoad load(Session session) {
        LoadMethod method = method(session);
        return SessionLoad.of(au(session, method), method);
    }

    /** How {@code session}'s load is obtained under this model: RPE, else TRIMP, else an estimate. */
    public LoadMethod method(Session session) {
        Checks.required("session", session, "a session");
        if (session.rpe().isPresent()) {
            return LoadMethod.SESSION_RPE;
        }
        if (heartRateProfile.isPresent() && averageHeartRate(session).isPresent()) {
            return LoadMethod.TRIMP;
        }
        return LoadMethod.ESTIMATED;
    }

    /**
     * The load of {@code session} in AU (see {@link #load(Session)}), without allocating: this is
     * what daily aggregation calls for every session of a long log.
     */
    public double au(Session session) {
        return au(session, method(session));
    }

    /** The load of {@code session} in AU by {@code method}, which must be {@link #method(Session)}'s answer. */
    double au(Session session, LoadMethod method) {
        double minutes = Trimp.minutes(session.duration());
        switch (method) {
            case SESSION_RPE:
                return minutes * session.rpe().get().value();
            case TRIMP:
                HeartRateProfile p = heartRateProfile.get();
                return minutes * Trimp.weighted(p.reserveFraction(averageHeartRate(session).getAsInt()), p.sex(), trimpVariant);
            case ESTIMATED:
            default:
                return minutes * EstimatedRpe.value(session);
        }
    }

    /**
     * The heart rate TRIMP may use: only an endurance session's. Strength and yoga keep theirs in
     * the log, but heart rate under-reads resistance and mobility work, for which the session RPE
     * is the validated load (Foster et al. 2001, J Strength Cond Res 15:109; Day et al. 2004,
     * J Strength Cond Res 18:353), so without an RPE they are estimated.
     */
    private static OptionalInt averageHeartRate(Session session) {
        if (session instanceof Run) {
            return ((Run) session).avgHeartRate();
        }
        if (session instanceof CrossTraining) {
            return ((CrossTraining) session).avgHeartRate();
        }
        return OptionalInt.empty();
    }
}
