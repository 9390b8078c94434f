package dev.recovery.plans.generate;

import dev.recovery.core.load.SingleRunSpike;
import dev.recovery.core.load.TenPercentRule;

/**
 * The two progression limits every plan and every adaptation obeys, in whole tenths of the plan's
 * unit (docs/reference/load.md and plans.md). The percentages and the window are recovery-core's (load package); this
 * class applies them to a plan's "largest of the three weeks before" and whole tenths:
 * <ul>
 *   <li>no week above 110% of the largest of the three weeks before it ({@link PlanRule#WEEKLY_PROGRESSION});</li>
 *   <li>no run more than 10% longer than the longest run of the previous 30 days ({@link PlanRule#SINGLE_RUN_SPIKE}).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Progression {

    /** The 10% rule: weekly volume up by at most 10% (docs/reference/load.md; core's {@link TenPercentRule}). */
    public static final double MAX_WEEKLY_INCREASE = TenPercentRule.MAX_WEEKLY_INCREASE;
    /** Weeks the weekly cap looks back over (docs/reference/plans.md: "the largest of the three weeks before it"). */
    public static final int LOOKBACK_WEEKS = 3;
    /** A run at most 10% longer than the longest of the window (docs/reference/load.md, BJSM 2025; core's {@link SingleRunSpike}). */
    public static final double MAX_RUN_INCREASE = SingleRunSpike.MAX_INCREASE;
    /** The single-run window: the previous 30 days (docs/reference/load.md; core's {@link SingleRunSpike}). */
    public static final int SPIKE_WINDOW_DAYS = SingleRunSpike.LOOKBACK_DAYS;

    /** Guards against 1.1 x n landing a hair below a whole tenth in floating point. */
    private static final double ROUNDING_SLACK = 1e-9;

    private Progression() {
    }

    /** The most a week may hold, in tenths, when the largest of the three weeks before it held {@code largestTenths}. */
    public static int weeklyCapTenths(int largestTenths) {
        return (int) Math.floor(largestTenths * (1 + MAX_WEEKLY_INCREASE) + ROUNDING_SLACK);
    }

    /** The longest a run may be, in tenths, when the longest run of the previous 30 days was {@code longestTenths}. */
    public static int runCapTenths(int longestTenths) {
        return (int) Math.floor(longestTenths * (1 + MAX_RUN_INCREASE) + ROUNDING_SLACK);
    }
}
