package dev.recovery.core.load;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import java.util.Locale;
import java.util.Optional;

/**
 * How concerning a week's training monotony is (Foster 1998; thresholds as Runalyze uses them).
 *
 * @since 0.1.0
 */
public enum MonotonyLevel {
    /** Below 1.5: the week has enough variation between hard, easy and rest days. */
    NORMAL(null, null, Sources.FOSTER_1998),
    /** 1.5 to below 2.0: days are becoming alike; add an easy or rest day. */
    WARN("load-monotony-warn", "Training monotony is %.2f (1.5 or more): this week's days are much alike. Make easy days easier or add a rest day.", Sources.RUNALYZE),
    /** 2.0 and above: monotonous loading, linked with illness and overtraining when load is high. */
    CRITICAL("load-monotony-critical", "Training monotony is %.2f (2.0 or more): the same load day after day, linked with illness and overtraining. Add a rest day.", Sources.FOSTER_1998);

    /** From here, warn (Runalyze; docs/reference/load.md). */
    public static final double WARN_FROM = 1.5;
    /** From here, critical (Foster 1998 via Runalyze; docs/reference/load.md). */
    public static final double CRITICAL_FROM = 2.0;

    private final String ruleId;
    private final String message;
    private final Source source;

    MonotonyLevel(String ruleId, String message, Source source) {
        this.ruleId = ruleId;
        this.message = message;
        this.source = source;
    }

    /** The level of a monotony value. */
    public static MonotonyLevel of(double monotony) {
        if (monotony >= CRITICAL_FROM) {
            return CRITICAL;
        }
        return monotony >= WARN_FROM ? WARN : NORMAL;
    }

    /** The rule id ({@code load-monotony-warn}, {@code load-monotony-critical}); empty for normal. */
    public Optional<String> ruleId() {
        return Optional.ofNullable(ruleId);
    }

    /** The warning for {@code monotony}; empty for normal. */
    public Optional<Reason> reason(double monotony) {
        return ruleId == null ? Optional.empty()
                : Optional.of(Reason.of(ruleId, String.format(Locale.ROOT, message, monotony), source));
    }
}
