/**
 * Whether a runner is ready to train today: train, modify or rest
 * ({@link dev.recovery.core.readiness.Readiness}), from the soreness triages of recent days
 * ({@link dev.recovery.core.readiness.DatedTriage}) and the warnings of the training load. Every
 * decision carries the reasons that produced it.
 *
 * @since 0.1.0
 */
package dev.recovery.core.readiness;
