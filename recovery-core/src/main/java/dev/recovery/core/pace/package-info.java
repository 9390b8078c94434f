/**
 * Paces: the Daniels-Gilbert VDOT from a race result ({@link dev.recovery.core.pace.Vdot},
 * {@link dev.recovery.core.pace.DanielsGilbert}), race predictions by the same equations and by
 * Riegel's formula ({@link dev.recovery.core.pace.RacePrediction}, {@link dev.recovery.core.pace.Riegel}),
 * training paces E, M, T, I and R ({@link dev.recovery.core.pace.TrainingPaces}), and the check that
 * easy days are easy enough ({@link dev.recovery.core.pace.EasyPaceCheck}). Paces are in seconds per
 * kilometre or per mile; the domain reference is in {@code docs/reference/paces.md}.
 *
 * @since 0.1.0
 */
package dev.recovery.core.pace;
