/**
 * The day's recovery prescription: what to do before a run, right after, later that day and in
 * the evening, with doses and timing ({@link dev.recovery.core.recovery.Prescriber},
 * {@link dev.recovery.core.recovery.Prescription}), chosen from a catalogue of modalities
 * ({@link dev.recovery.core.recovery.Catalogue}) and never including what is contraindicated for the
 * runner's soreness ({@link dev.recovery.core.recovery.RecoveryRule}). Every item names its rule and
 * source.
 *
 * @since 0.1.0
 */
package dev.recovery.core.recovery;
