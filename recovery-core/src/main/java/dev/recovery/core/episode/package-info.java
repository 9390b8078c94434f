/**
 * Soreness over days: the check-ins of one body region and side form an {@link dev.recovery.core.episode.Episode}
 * with a course (opened, check-ins, level over time, status), and today's level is the worst open
 * episode, not the latest check-in alone. RED is sticky until a physical therapist or doctor clears
 * it ({@link dev.recovery.core.episode.Clearance}); clearance starts the graded
 * {@link dev.recovery.core.episode.ReturnToRun return to run}. Everything here is pure: the outcome
 * ({@link dev.recovery.core.episode.Episodes}) is a function of the
 * {@link dev.recovery.core.episode.SorenessHistory} and the date, with no clock and no I/O.
 */
package dev.recovery.core.episode;
