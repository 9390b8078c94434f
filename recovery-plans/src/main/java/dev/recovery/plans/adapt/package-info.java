/**
 * Adapting a plan to a check-in: {@link dev.recovery.plans.adapt.PlanAdapter#adapt} turns an AMBER or
 * RED readiness into swapped or replaced runs, and a GREEN one into a re-entry by the progression rules
 * from what the runner actually ran. Every change carries its reason.
 */
package dev.recovery.plans.adapt;
