package dev.recovery.core.episode;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;

/**
 * The runner's answers to the entry questions of the graded return to run (Warden, Davis &amp;
 * Fredericson 2014; Bolthouse et al.): the worst pain, 0-10, during {@value ReturnToRun#BRISK_WALK_MINUTES}
 * minutes of brisk walking, {@value ReturnToRun#SINGLE_LEG_SQUATS} single-leg squats and
 * {@value ReturnToRun#HOPS_MIN}-{@value ReturnToRun#HOPS_MAX} single-leg hops on the affected side.
 * The product asks; it cannot test.
 *
 * @param date      the day the runner tried them (1900-2100)
 * @param region    the region returning to running
 * @param side      left, right or both
 * @param briskWalk worst pain during the walk
 * @param squats    worst pain during the squats
 * @param hops      worst pain during the hops
 */
public record EntryCheck(LocalDate date, BodyRegion region, Side side, PainScore briskWalk, PainScore squats,
        PainScore hops) {

    /** @throws IllegalArgumentException naming the first part that is missing */
    public EntryCheck {
        Dates.check("date", date);
        Checks.requiredOneOf("region", region, BodyRegion.class);
        Checks.requiredOneOf("side", side, Side.class);
        Checks.required("brisk-walk pain", briskWalk, "a whole number from 0 to 10");
        Checks.required("squats pain", squats, "a whole number from 0 to 10");
        Checks.required("hops pain", hops, "a whole number from 0 to 10");
    }

    /**
     * The answers given on {@code date}.
     *
     * @param date      the day
     * @param region    the region
     * @param side      the side
     * @param briskWalk pain 0-10 during the walk
     * @param squats    pain 0-10 during the squats
     * @param hops      pain 0-10 during the hops
     * @return the answers
     * @throws IllegalArgumentException if a pain is outside 0-10 or a part is missing
     */
    public static EntryCheck of(LocalDate date, BodyRegion region, Side side, int briskWalk, int squats, int hops) {
        return new EntryCheck(date, region, side, PainScore.of(briskWalk), PainScore.of(squats), PainScore.of(hops));
    }

    /**
     * True if all three were pain-free (at most {@value ReturnToRun#ENTRY_MAX_PAIN}/10).
     *
     * @return whether the runner may start the walk-run steps
     */
    public boolean passes() {
        return briskWalk.value() <= ReturnToRun.ENTRY_MAX_PAIN && squats.value() <= ReturnToRun.ENTRY_MAX_PAIN
                && hops.value() <= ReturnToRun.ENTRY_MAX_PAIN;
    }
}
