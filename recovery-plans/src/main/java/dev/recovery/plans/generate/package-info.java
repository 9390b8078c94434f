/**
 * How a plan is built from a request: the rules ({@link dev.recovery.plans.generate.PlanRule}), the weekly
 * volume progression with cutbacks, peak hold and taper, the weekly day layout, long-run caps and
 * strength, cross-training and mobility placement. Entry point: {@link dev.recovery.plans.generate.PlanBuilder}.
 */
package dev.recovery.plans.generate;
