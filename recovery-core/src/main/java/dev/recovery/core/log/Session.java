package dev.recovery.core.log;

import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One training session in a runner's log: a run, cross-training, strength or yoga. Every session
 * has a date, a duration and, where the runner gave one, an RPE (session load = minutes x RPE).
 *
 * @since 0.1.0
 */
public sealed interface Session permits Run, CrossTraining, StrengthSession, YogaSession {

    /** The day it took place. */
    LocalDate date();

    /** How long it lasted. */
    Duration duration();

    /** How hard it felt on the CR-10 scale, if the runner said. */
    Optional<Rpe> rpe();

    /**
     * The average heart rate in beats per minute, if the runner or a device recorded one.
     *
     * @return from {@value dev.recovery.core.unit.HeartRates#MIN_BPM} to
     *         {@value dev.recovery.core.unit.HeartRates#MAX_BPM} bpm, or empty
     * @since 0.1.0
     */
    OptionalInt avgHeartRate();
}
