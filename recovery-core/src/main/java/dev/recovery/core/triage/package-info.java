/**
 * Soreness triage: a {@link dev.recovery.core.triage.CheckIn} (where it hurts, how much, what kind of
 * pain, since when, and yes/no warning signs) becomes a {@link dev.recovery.core.triage.Triage} of
 * GREEN (train as planned), AMBER (modify) or RED (stop and see a physical therapist or doctor).
 * The rules are named values with stable ids and sources ({@link dev.recovery.core.triage.RedFlags},
 * {@link dev.recovery.core.triage.GreenRules}, {@link dev.recovery.core.triage.AmberRules}); the
 * result is a pure function of the check-in. It informs and triages; it never diagnoses.
 *
 * @since 0.1.0
 */
package dev.recovery.core.triage;
