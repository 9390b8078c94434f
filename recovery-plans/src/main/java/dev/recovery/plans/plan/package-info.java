/**
 * The plan a runner follows: {@link dev.recovery.plans.plan.Plan} of {@link dev.recovery.plans.plan.Week}s of
 * {@link dev.recovery.plans.plan.Day}s, each day with its runs, strength, cross-training, yoga or rest and
 * the reasons for its shape. Plain immutable records, enums and lists, so the console can serialise them.
 */
package dev.recovery.plans.plan;
