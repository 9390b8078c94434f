package dev.recovery.plans.generate;

import dev.recovery.plans.request.PlanRequest;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each kind of session sits in a plan week, as day indices from the week's first day (0) to
 * its last (6, the race's weekday). The same layout repeats every week, so "hard days never back to
 * back" is checked on a circle: day 6 of one week touches day 0 of the next.
 */
final class WeekTemplate {

    /** Quality sessions a week for runners on up to this many runs: one (the long run is the other hard day). */
    static final int ONE_QUALITY_UP_TO_RUNS = 4;
    /** Quality sessions a week for more frequent runners: two (Pfitzinger's build weeks carry two). */
    static final int MAX_QUALITY = 2;

    final int longRun;
    final int rest;
    final int cross;
    final int mobility;
    final int[] strength;
    /** The days of the runs other than the long run; a day appears twice on a double day. */
    final int[] runSlots;
    /** The run slots that carry quality in build, peak and taper, spaced two days from every other hard day. */
    final int[] qualitySlots;

    private WeekTemplate(int longRun, int rest, int cross, int mobility, int[] strength, int[] runSlots, int[] qualitySlots) {
        this.longRun = longRun;
        this.rest = rest;
        this.cross = cross;
        this.mobility = mobility;
        this.strength = strength;
        this.runSlots = runSlots;
        this.qualitySlots = qualitySlots;
    }

    static WeekTemplate of(PlanRequest request) {
        DayOfWeek start = request.weekStart();
        int longRun = index(request.longRunDay(), start);
        int rest = index(request.restDay(), start);
        int cross = index(request.crossTrainingDay(), start);
        int[] strength = {index(request.strengthDays().get(0), start), index(request.strengthDays().get(1), start)};
        int others = request.runsPerWeek() - 1;

        List<Integer> candidates = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            if (d != longRun && d != rest && d != cross) {
                candidates.add(d);
            }
        }
        List<Integer> chosen = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>(List.of(longRun));
        while (chosen.size() < others && !candidates.isEmpty()) {
            int best = pickSpread(candidates, anchors);
            chosen.add(best);
            anchors.add(best);
            candidates.remove(Integer.valueOf(best));
        }
        if (chosen.size() < others) {
            // Six runs need the cross-training day too (cross-training then follows the run).
            chosen.add(cross);
        }
        chosen.sort(null);

        int qualityWanted = request.runsPerWeek() <= ONE_QUALITY_UP_TO_RUNS ? 1 : MAX_QUALITY;
        List<Integer> quality = new ArrayList<>();
        List<Integer> hard = new ArrayList<>(List.of(longRun));
        List<Integer> pool = new ArrayList<>();
        for (int d : chosen) {
            if (d != cross) {
                pool.add(d);
            }
        }
        while (quality.size() < qualityWanted) {
            List<Integer> spaced = new ArrayList<>();
            for (int d : pool) {
                if (hard.stream().allMatch(h -> circular(d, h) >= 2)) {
                    spaced.add(d);
                }
            }
            if (spaced.isEmpty()) {
                break;
            }
            int best = pickSpread(spaced, hard);
            quality.add(best);
            hard.add(best);
            pool.remove(Integer.valueOf(best));
        }
        quality.sort(null);

        List<Integer> slots = new ArrayList<>(chosen);
        if (slots.size() < others) {
            // Seven runs: a second short easy run on the first easy day that is not the cross-training day.
            for (int d : chosen) {
                if (!quality.contains(d) && d != cross) {
                    slots.add(d);
                    break;
                }
            }
            if (slots.size() < others) {
                slots.add(chosen.get(0));
            }
            slots.sort(null);
        }
        // Mobility the day after the long run, or the day after that where the rest day comes first (never both: they differ).
        int dayAfter = (longRun + 1) % 7;
        int mobility = dayAfter != rest ? dayAfter : (longRun + 2) % 7;
        return new WeekTemplate(longRun, rest, cross, mobility, strength, toArray(slots), toArray(quality));
    }

    /** The day index of {@code day} in a week starting on {@code start}. */
    static int index(DayOfWeek day, DayOfWeek start) {
        return Math.floorMod(day.getValue() - start.getValue(), 7);
    }

    /** Days apart on the weekly circle (0-3). */
    static int circular(int a, int b) {
        int d = Math.abs(a - b) % 7;
        return Math.min(d, 7 - d);
    }

    boolean isStrength(int day) {
        return strength[0] == day || strength[1] == day;
    }

    private static int pickSpread(List<Integer> candidates, List<Integer> anchors) {
        int best = candidates.get(0);
        int bestDistance = -1;
        for (int d : candidates) {
            int nearest = Integer.MAX_VALUE;
            for (int a : anchors) {
                nearest = Math.min(nearest, circular(d, a));
            }
            if (nearest > bestDistance) {
                best = d;
                bestDistance = nearest;
            }
        }
        return best;
    }

    private static int[] toArray(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
