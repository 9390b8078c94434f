package dev.recovery.plans.generate;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.recovery.TrainingPhase;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly volume curve of a plan, in tenths of the plan's unit: base and build blocks of loading
 * weeks each closed by a cutback week, the peak held, then the taper and race week.
 *
 * <pre>
 *   base/build: [load load load cut] ... [load load load cut]   blocks of 3 or 4 weeks (cutback every 3rd or 4th week)
 *   peak:       2-3 weeks within 3% of the requested peak
 *   taper:      1-2 weeks at 70% (one week) or 80% and 62% of the peak
 *   race week:  45% of the peak plus the race
 * </pre>
 *
 * Every week is capped at 110% of the largest of the three weeks before it; the weeks before the plan
 * count as the runner's stated current volume.
 */
final class VolumeProgression {

    private static final int LOOKBACK_WEEKS = Progression.LOOKBACK_WEEKS;
    private static final double MAX_GROWTH = 1 + Progression.MAX_WEEKLY_INCREASE;
    /** A cutback week is 75% of the week before, 25% below it: the middle of docs/reference/plans.md's "about 20-30%". */
    static final int CUTBACK_PERCENT = 75;
    /** The preferred last step into the peak: 6%, leaving the last build week clearly below the 3% peak band. */
    static final double PREFERRED_PEAK_STEP = 1.06;
    /** Peak weeks held (docs/reference/plans.md: 2-3 weeks; 3 where the block arithmetic allows). */
    static final int PEAK_WEEKS = 3;
    /** Plans this long or longer get a two-week taper before race week (three weeks in all, "common in marathon plans"). */
    static final int TWO_WEEK_TAPER_FROM_WEEKS = 16;
    /** Taper weeks in percent of the peak, two-week taper: cuts of 20% then 38% (Pfitzinger 18/55: 82%, 58%). */
    private static final List<Integer> TAPER_TWO_PERCENT = List.of(80, 62);
    /** Taper week in percent of the peak, one-week taper: a 30% cut. */
    private static final List<Integer> TAPER_ONE_PERCENT = List.of(70);
    /** Race-week running besides the race: 45% of the peak, a 55% cut (Bosquet 2007: 41-60%). */
    static final int RACE_WEEK_PERCENT = 45;
    /** The least cut of the peak by race week (Bosquet et al. 2007 MSSE 39:1358: volume cut by 41-60%). */
    static final int TAPER_CUT_MIN_PERCENT = 41;

    private VolumeProgression() {
    }

    /** Taper weeks before race week for a plan of {@code weeks}: 2 from 16 weeks, else 1. */
    static int taperWeeks(int weeks) {
        return weeks >= TWO_WEEK_TAPER_FROM_WEEKS ? 2 : 1;
    }

    /** The taper weeks' volumes in percent of the peak, first taper week first: 80 and 62 from 16 weeks, else 70. */
    static List<Integer> taperPercents(int weeks) {
        return taperWeeks(weeks) == 2 ? TAPER_TWO_PERCENT : TAPER_ONE_PERCENT;
    }

    /**
     * Peak weeks for a plan of {@code weeks}: always 3. Every plan length from 12 to 24 weeks leaves 7
     * to 18 build weeks, which split into 3- and 4-week blocks, so the peak never has to shrink to 2
     * (only 5 build weeks could not be split, and no valid plan has them).
     */
    static int peakWeeks(int weeks) {
        return PEAK_WEEKS;
    }

    /** Block lengths (3 or 4 weeks, each closed by a cutback) for {@code buildWeeks}: as many 4-week blocks as fit, 3-week blocks first. */
    static List<Integer> blocks(int buildWeeks) {
        int threes = Math.floorMod(-buildWeeks, 4);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < threes; i++) {
            out.add(3);
        }
        int fours = (buildWeeks - 3 * threes) / 4;
        for (int i = 0; i < fours; i++) {
            out.add(4);
        }
        return out;
    }

    static int buildWeeks(int weeks) {
        return weeks - taperWeeks(weeks) - 1 - peakWeeks(weeks);
    }

    static int cap(int[] volumes, int index, int currentTenths) {
        return Progression.weeklyCapTenths(largestBefore(volumes, index, currentTenths));
    }

    /**
     * The largest of the three weeks before week {@code index} of {@code volumes}, the base of the 10% rule; the weeks
     * before the plan count as {@code beforePlan} (the runner's current volume), in the same unit as {@code volumes}.
     */
    static int largestBefore(int[] volumes, int index, int beforePlan) {
        int max = 0;
        for (int back = 1; back <= LOOKBACK_WEEKS; back++) {
            max = Math.max(max, index - back >= 0 ? volumes[index - back] : beforePlan);
        }
        return max;
    }

    /** The largest peak, in tenths, that {@code weeks} can reach from {@code currentTenths} under the 110% and cutback rules. */
    static int reachablePeakTenths(int weeks, int currentTenths) {
        List<Integer> blocks = blocks(buildWeeks(weeks));
        int[] v = new int[weeks];
        int i = 0;
        for (int block : blocks) {
            int loaded = 0;
            for (int k = 0; k < block - 1; k++, i++) {
                v[i] = cap(v, i, currentTenths);
                loaded = v[i];
            }
            v[i] = Percent.rounded(loaded, CUTBACK_PERCENT);
            i++;
        }
        return cap(v, i, currentTenths);
    }

    /**
     * The weekly outline of a plan.
     *
     * @throws IllegalStateException if the peak cannot be reached (callers check {@link #reachablePeakTenths} first)
     */
    static List<WeekShape> outline(int weeks, int currentTenths, int peakTenths, DistanceUnit unit) {
        int peakCount = peakWeeks(weeks);
        List<Integer> blocks = blocks(buildWeeks(weeks));
        int loading = buildWeeks(weeks) - blocks.size();
        int baseBlocks = Math.max(1, blocks.size() / 2);

        double lastLoad = peakTenths / PREFERRED_PEAK_STEP;
        double growth = Math.pow(lastLoad / currentTenths, 1.0 / loading);
        if (growth > MAX_GROWTH) {
            lastLoad = peakTenths / MAX_GROWTH;
            growth = Math.min(MAX_GROWTH, Math.pow(lastLoad / currentTenths, 1.0 / loading));
        }
        growth = Math.max(1.0, growth);

        int[] v = new int[weeks];
        List<WeekShape> out = new ArrayList<>(weeks);
        int i = 0;
        int loadIndex = 0;
        for (int b = 0; b < blocks.size(); b++) {
            TrainingPhase phase = b < baseBlocks ? TrainingPhase.BASE : TrainingPhase.BUILD;
            int block = blocks.get(b);
            for (int k = 0; k < block - 1; k++, i++) {
                loadIndex++;
                int ideal = (int) Math.round(Math.min(currentTenths * Math.pow(growth, loadIndex), lastLoad));
                int cap = cap(v, i, currentTenths);
                v[i] = Math.min(ideal, cap);
                out.add(new WeekShape(phase, false, v[i], List.of(progressionReason(v, i, currentTenths, unit))));
            }
            v[i] = Percent.rounded(v[i - 1], CUTBACK_PERCENT);
            int percent = (int) Math.round(100.0 * (v[i - 1] - v[i]) / v[i - 1]);
            out.add(new WeekShape(phase, true, v[i], List.of(PlanRule.CUTBACK.reason("cutback: week " + block + " of "
                    + phase.id() + " block " + (b + 1) + ", " + percent + "% below the week before (" + Tenths.format(v[i - 1], unit)
                    + ")"))));
            i++;
        }
        int peakActual = 0;
        for (int k = 0; k < peakCount; k++, i++) {
            v[i] = Math.min(peakTenths, cap(v, i, currentTenths));
            peakActual = Math.max(peakActual, v[i]);
            out.add(new WeekShape(TrainingPhase.PEAK, false, v[i], List.of(PlanRule.PEAK_HOLD.reason("peak: week " + (k + 1) + " of "
                    + peakCount + " held at " + Tenths.format(v[i], unit) + " (requested " + Tenths.format(peakTenths, unit) + ")"))));
        }
        // The taper and race week follow the peak actually held, not the 10% rule, so they need no volumes kept for it.
        for (int percent : taperPercents(weeks)) {
            out.add(new WeekShape(TrainingPhase.TAPER, false, Percent.rounded(peakActual, percent), List.of(PlanRule.TAPER.reason("taper: "
                    + percent + "% of the peak, quality kept, runs kept"))));
        }
        out.add(new WeekShape(TrainingPhase.RACE_WEEK, false, Percent.rounded(peakActual, RACE_WEEK_PERCENT),
                List.of(PlanRule.RACE_WEEK.reason("race week: " + RACE_WEEK_PERCENT + "% of the peak in easy running, then the marathon"))));
        return out;
    }

    private static Reason progressionReason(int[] v, int i, int currentTenths, DistanceUnit unit) {
        int max = largestBefore(v, i, currentTenths);
        long percent = Math.round(100.0 * (v[i] - max) / max);
        String from = i < LOOKBACK_WEEKS ? "your current " + Tenths.format(currentTenths, unit) + " a week"
                : "the largest of the three weeks before (" + Tenths.format(max, unit) + ")";
        return PlanRule.WEEKLY_PROGRESSION.reason("build-up: " + Tenths.format(v[i], unit) + ", " + (percent >= 0 ? "+" : "")
                + percent + "% on " + from);
    }
}
