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

    /** {@link #MAX_WEEKLY_INCREASE} in whole percent (core's), so the cap is worked out exactly in integers. */
    public static final int MAX_WEEKLY_INCREASE_PERCENT = TenPercentRule.MAX_WEEKLY_INCREASE_PERCENT;
    /** {@link #MAX_RUN_INCREASE} in whole percent (core's), so the cap is worked out exactly in integers. */
    public static final int MAX_RUN_INCREASE_PERCENT = SingleRunSpike.MAX_INCREASE_PERCENT;

    private Progression() {
    }

    /**
     * The most a week may hold when the largest of the three weeks before it held {@code largestTenths}:
     * 110% of it, rounded down, worked out in integers so that a week of exactly 110% (55.0 after
     * 50.0) is allowed, as the rule says, and 55.1 is not.
     *
     * @param largestTenths the largest of the three weeks before, in tenths of the plan's unit (or in
     *                      whole metres: the rule does not depend on the unit), at least 0
     * @return the cap, in the same unit
     */
    public static int weeklyCapTenths(int largestTenths) {
        return Percent.of(largestTenths, Percent.WHOLE + MAX_WEEKLY_INCREASE_PERCENT);
    }

    /**
     * The longest a run may be when the longest run of the previous 30 days was {@code longestTenths}:
     * 110% of it, rounded down, worked out in integers so that exactly 10% longer is allowed.
     *
     * @param longestTenths the longest run of the window, in tenths of the plan's unit (or whole metres), at least 0
     * @return the cap, in the same unit
     */
    public static int runCapTenths(int longestTenths) {
        return Percent.of(longestTenths, Percent.WHOLE + MAX_RUN_INCREASE_PERCENT);
    }
}
