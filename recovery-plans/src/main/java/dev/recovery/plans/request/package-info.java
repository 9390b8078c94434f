/**
 * What a runner asks for: race date, plan length, current and peak weekly volume, runs per week,
 * which days hold the long run, rest, strength and cross-training, the pace basis and units
 * ({@link dev.recovery.plans.request.PlanRequest}), with validation that names the field, the value
 * given and what is allowed.
 */
package dev.recovery.plans.request;
