package dev.recovery.core.pace;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A runner's five training paces for a VDOT (Daniels 2014; docs/reference/paces.md), fastest last:
 * easy (a range), marathon, threshold, interval and repetition (single target paces, as Daniels
 * publishes them: these are controlled efforts, and a range would invite running its fast end).
 *
 * <p>How they are computed ({@link TrainingZone} holds the fractions):
 * <ul>
 *   <li>T, I, R: the speed whose oxygen cost is 0.88, 0.975 and 1.05 of VDOT.</li>
 *   <li>M: the average pace of the VDOT's predicted marathon time.</li>
 *   <li>E: 0.73 (fast end) to 0.63 (slow end) of VDOT, then the easy-pace rule: the fast end is held
 *       at least 90 s/mile (about 56 s/km) slower than marathon pace (Chung, in Postma and Chung), and the
 *       slow end at least {@value #EASY_MIN_SPREAD_SECONDS_PER_KM} s/km slower than the fast end.
 *       When the rule moves the fast end, {@link #reasons()} says so (rule
 *       {@value #EASY_CLAMP_RULE_ID}).</li>
 * </ul>
 *
 * @param vdot       the VDOT the paces are for
 * @param easy       the easy range
 * @param marathon   marathon pace
 * @param threshold  threshold (tempo) pace
 * @param interval   interval pace
 * @param repetition repetition pace
 * @param reasons    where the paces come from, and any adjustment made; never empty
 * @since 0.1.0
 */
public record TrainingPaces(Vdot vdot, PaceRange easy, Pace marathon, Pace threshold, Pace interval, Pace repetition,
        List<Reason> reasons) {

    /** The rule id explaining how the paces are derived. */
    public static final String RULE_ID = "pace-training-vdot";
    /** The rule id when the easy range's fast end was slowed to respect the easy-pace rule. */
    public static final String EASY_CLAMP_RULE_ID = "pace-easy-clamped";
    /**
     * The narrowest easy range offered, in s/km. A product choice, not from a source: GPS pace
     * wobbles by several seconds per km, so a narrower band cannot be followed on a watch. It
     * matters only when the easy-pace rule pushes the fast end close to the Daniels slow end.
     */
    public static final double EASY_MIN_SPREAD_SECONDS_PER_KM = 15;

    /** @throws IllegalArgumentException if a part is missing or the paces are not ordered R, I, T, M, E (fastest first) */
    public TrainingPaces {
        Checks.required("vdot", vdot, "a VDOT");
        Checks.required("easy", easy, "a pace range");
        Checks.required("marathon", marathon, "a pace");
        Checks.required("threshold", threshold, "a pace");
        Checks.required("interval", interval, "a pace");
        Checks.required("repetition", repetition, "a pace");
        Checks.required("reasons", reasons, "at least one reason");
        if (reasons.isEmpty()) {
            throw Checks.invalid("reasons", "none", "at least one reason: every pace explains itself");
        }
        if (!(repetition.isFasterThan(interval) && interval.isFasterThan(threshold)
                && threshold.isFasterThan(marathon) && marathon.isFasterThan(easy.fast()))) {
            throw Checks.invalidFormatted("paces", "R " + repetition + ", I " + interval + ", T " + threshold + ", M "
                    + marathon + ", E " + easy, "each pace faster than the next: R, I, T, M, E");
        }
        reasons = List.copyOf(reasons);
    }

    /** The training paces for {@code vdot}. */
    public static TrainingPaces of(Vdot vdot) {
        Checks.required("vdot", vdot, "a VDOT");
        Pace marathon = Pace.of(RaceDistance.MARATHON.distance(), vdot.marathonTime());
        Pace danielsEasyFast = paceAt(vdot, TrainingZone.EASY.fastFraction().getAsDouble());
        Pace danielsEasySlow = paceAt(vdot, TrainingZone.EASY.slowFraction().getAsDouble());
        Pace floor = EasyPaceCheck.of(marathon).fastestEasyPace();
        boolean clamped = danielsEasyFast.isFasterThan(floor);
        Pace easyFast = clamped ? floor : danielsEasyFast;
        Pace minimumSlow = easyFast.plusSecondsPerKm(EASY_MIN_SPREAD_SECONDS_PER_KM);
        Pace easySlow = danielsEasySlow.isFasterThan(minimumSlow) ? minimumSlow : danielsEasySlow;

        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(RULE_ID, "Paces for " + vdot + ": E at 0.63-0.73 of VDOT, M from the predicted marathon "
                + Durations.format(vdot.marathonTime()) + ", T 0.88, I 0.975, R 1.05 (Daniels' intensities)",
                Sources.DANIELS_2014));
        if (clamped) {
            reasons.add(Reason.of(EASY_CLAMP_RULE_ID, "Easy pace starts at " + describe(easyFast)
                    + ", 90 s/mile slower than marathon pace " + describe(marathon) + "; the VDOT formula alone would allow "
                    + describe(danielsEasyFast) + ". Easy days stay relaxed and conversational.",
                    Sources.POSTMA_CHUNG));
        }
        return new TrainingPaces(vdot, PaceRange.of(easyFast, easySlow), marathon,
                paceAt(vdot, TrainingZone.THRESHOLD.fastFraction().getAsDouble()), paceAt(vdot, TrainingZone.INTERVAL.fastFraction().getAsDouble()),
                paceAt(vdot, TrainingZone.REPETITION.fastFraction().getAsDouble()), reasons);
    }

    /**
     * The training paces for a goal marathon time, through {@link Vdot#fromGoal(Duration)}.
     *
     * @throws IllegalArgumentException naming {@code goal} if the time is outside the accepted range
     */
    public static TrainingPaces forGoal(Duration goalMarathonTime) {
        return of(Vdot.fromGoal(goalMarathonTime));
    }

    /** The pace (or range) for {@code zone}; M, T, I and R are single paces. */
    public PaceRange pace(TrainingZone zone) {
        return switch (Checks.requiredOneOf("zone", zone, TrainingZone.class)) {
            case EASY -> easy;
            case MARATHON -> PaceRange.single(marathon);
            case THRESHOLD -> PaceRange.single(threshold);
            case INTERVAL -> PaceRange.single(interval);
            case REPETITION -> PaceRange.single(repetition);
        };
    }

    /** True if the easy-pace rule slowed the easy range's fast end. */
    public boolean easyWasClamped() {
        return reasons.stream().anyMatch(r -> r.ruleId().equals(EASY_CLAMP_RULE_ID));
    }

    private static Pace paceAt(Vdot vdot, double fraction) {
        return Pace.ofSecondsPerKm(60_000.0 / DanielsGilbert.speedFor(fraction * vdot.value()));
    }

    private static String describe(Pace pace) {
        return pace.format(DistanceUnit.KM) + " (" + pace.format(DistanceUnit.MI) + ")";
    }
}
