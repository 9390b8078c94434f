package dev.recovery.core.load;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 10% rule (NASM, cited by Kunz; Physiopedia, cited by the leg-ache guide, 2025): raise weekly distance by no more
 * than 10% a week. Reported as a guideline, not a verdict: the evidence is weak. Buist et al.
 * (2008, n = 532 novices) found 20.8% injured on a 10%-progression programme against 20.3% on a
 * faster one; Nielsen et al. (2014) found the risk of distance-related injuries rose with weekly
 * progression above 30% (hazard ratio 1.59), not at 10%.
 *
 * @since 0.1.0
 */
public final class TenPercentRule {

    /** The rule id. */
    public static final String RULE_ID = "load-ten-percent-rule";
    /**
     * The largest weekly increase the guideline allows, in whole percent (NASM; Physiopedia): a week
     * exactly 10% above the one it is compared with is still within it.
     */
    public static final int MAX_WEEKLY_INCREASE_PERCENT = 10;
    /** {@link #MAX_WEEKLY_INCREASE_PERCENT} as a fraction (0.10), for callers that scale a distance. */
    public static final double MAX_WEEKLY_INCREASE = MAX_WEEKLY_INCREASE_PERCENT / 100.0;
    /**
     * How many weeks before this one the weekly check compares with: the largest of the three, so a
     * planned return to the level before a cutback (step-back) week is not reported as a jump
     * (Pfitzinger &amp; Douglas, Advanced Marathoning: cutback weeks every 3rd or 4th week).
     */
    public static final int LOOKBACK_WEEKS = 3;
    /** The weekly progression, in whole percent, above which Nielsen et al. (2014) found a higher injury hazard. */
    public static final int NIELSEN_PROGRESSION_PERCENT = 30;
    /** {@link #NIELSEN_PROGRESSION_PERCENT} as a fraction (0.30). */
    public static final double NIELSEN_PROGRESSION = NIELSEN_PROGRESSION_PERCENT / 100.0;

    /** Percent in a whole: the comparisons are made on whole millimetres times whole percent, exactly. */
    private static final long WHOLE_PERCENT = 100;

    private TenPercentRule() {
    }

    /**
     * A guideline note when {@code thisWeek} is more than 10% above {@code previousWeek}; empty
     * otherwise, and when the previous week had no distance (no basis for a percentage). The
     * comparison is exact, in whole millimetres: 55 km after 50 km is within the guideline, 55 km
     * and 1 m after 50 km is not.
     *
     * @param previousWeek the week compared with
     * @param thisWeek     this week's distance
     * @return the note, or empty
     * @throws IllegalArgumentException naming the field if either is missing
     */
    public static Optional<Reason> check(Distance previousWeek, Distance thisWeek) {
        Checks.required("previous week", previousWeek, "a distance");
        Checks.required("this week", thisWeek, "a distance");
        return check(previousWeek, thisWeek, "last week");
    }

    private static Optional<Reason> check(Distance previousWeek, Distance thisWeek, String basis) {
        if (previousWeek.millimetres() == 0 || !isAbove(thisWeek, previousWeek, MAX_WEEKLY_INCREASE_PERCENT)) {
            return Optional.empty();
        }
        double increase = thisWeek.metres() / previousWeek.metres() - 1;
        boolean aboveNielsen = isAbove(thisWeek, previousWeek, NIELSEN_PROGRESSION_PERCENT);
        String evidence = aboveNielsen
                ? " That is above the 30% weekly progression linked with more distance-related injuries (Nielsen 2014)."
                : " The evidence for the 10% limit itself is weak (Buist 2008: 20.8% vs 20.3% injured), so treat it as a guideline.";
        return Optional.of(Reason.of(RULE_ID, String.format(Locale.ROOT,
                "Weekly distance is up %.0f%% on %s (%.1f km after %.1f km), more than the 10%% guideline.",
                increase * 100, basis, thisWeek.km(), previousWeek.km()) + evidence,
                aboveNielsen ? Sources.NIELSEN_2014 : Sources.TEN_PERCENT_RULE));
    }

    /**
     * True if {@code now} is more than {@code percent}% above {@code base}: 100 x now above
     * (100 + percent) x base, in whole millimetres, so no rounding can move the boundary (a million
     * kilometres times 130 is far inside a {@code long}).
     */
    private static boolean isAbove(Distance now, Distance base, int percent) {
        return WHOLE_PERCENT * now.millimetres() > (WHOLE_PERCENT + percent) * base.millimetres();
    }

    /**
     * A guideline note when {@code thisWeek} is more than 10% above the largest of the (up to)
     * {@value #LOOKBACK_WEEKS} weeks before it; empty otherwise, and when none of them had any
     * distance. Comparing with the largest recent week, not only the last one, lets a runner come
     * back from a lighter week to where they were without a warning, while a real step up is still
     * reported.
     *
     * @param weeksBefore the weeks before this one, oldest first (only the last {@value #LOOKBACK_WEEKS} count)
     * @param thisWeek    this week's distance
     * @return the note, or empty
     * @throws IllegalArgumentException naming the field if either is missing
     */
    public static Optional<Reason> check(List<Distance> weeksBefore, Distance thisWeek) {
        Checks.required("weeks before", weeksBefore, "a list of weekly distances");
        Checks.required("this week", thisWeek, "a distance");
        Distance largest = Distance.ZERO;
        int lastWeek = weeksBefore.size() - 1;
        for (int i = lastWeek; i >= 0 && i > lastWeek - LOOKBACK_WEEKS; i--) {
            Distance week = Checks.required("weeks before", weeksBefore.get(i), "a weekly distance");
            if (week.isLongerThan(largest)) {
                largest = week;
            }
        }
        int counted = Math.min(LOOKBACK_WEEKS, weeksBefore.size());
        return check(largest, thisWeek, counted <= 1 ? "last week" : "the largest of the last " + counted + " weeks");
    }
}
