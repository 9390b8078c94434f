/**
 * A runner's training log: runs, cross-training, strength and yoga sessions
 * ({@link dev.recovery.core.log.Session} and its kinds) and the immutable
 * {@link dev.recovery.core.log.TrainingLog} that orders them by date and turns them into one load per
 * calendar day, rest days counting as 0.
 *
 * @since 0.1.0
 */
package dev.recovery.core.log;
