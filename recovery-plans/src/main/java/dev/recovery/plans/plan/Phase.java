package dev.recovery.plans.plan;

import dev.recovery.core.unit.Checks;

/**
 * The phases of a marathon plan, in the order they always come (RULES.md 5).
 *
 * @since 0.1.0
 */
public enum Phase {
    /** Aerobic base: easy running and the long run, volume climbing from the runner's current level. */
    BASE,
    /** Build: volume keeps climbing and quality sessions (tempo, intervals) come in. */
    BUILD,
    /** Peak: the requested peak volume held for 2-3 weeks, not spiked into. */
    PEAK,
    /** Taper: volume cut progressively, intensity and frequency kept. */
    TAPER,
    /** Race week: light running and the marathon on the plan's last day. */
    RACE;

    /** The id shown to users: {@code base}, {@code build}, ... */
    public String id() {
        return Checks.id(this);
    }
}
