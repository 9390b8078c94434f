/**
 * Units and small value types every other package uses: {@link dev.recovery.core.unit.Distance}
 * (exact, in whole millimetres),
 * {@link dev.recovery.core.unit.Pace}, {@link dev.recovery.core.unit.PainScore}
 * (0 to 10), {@link dev.recovery.core.unit.Rpe} (CR-10), body regions and sides, and the validation
 * helpers ({@link dev.recovery.core.unit.Checks}) that reject a bad value with a
 * {@link dev.recovery.core.unit.ValidationException} naming the field, the value and what is allowed.
 *
 * @since 0.1.0
 */
package dev.recovery.core.unit;
