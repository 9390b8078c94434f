/**
 * Periodized marathon plans: building them from a request, adapting them to soreness and load, and
 * exporting them. Depends on {@code recovery-core} and {@code java.*} only.
 */
package dev.recovery.plans;
