package dev.recovery.core.episode;

import dev.recovery.core.source.Sources;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The graded return to run after a cleared RED episode, or after {@value #BREAK_DAYS} or more days
 * without running (Warden, Davis &amp; Fredericson 2014, JOSPT 44:749; Bolthouse et al., return to
 * running after a tibial stress fracture; Silbernagel et al. 2007 for the pain limits).
 *
 * <ol>
 *   <li>Entry: {@value #BRISK_WALK_MINUTES} min of brisk walking, {@value #SINGLE_LEG_SQUATS} single-leg
 *       squats and {@value #HOPS_MIN}-{@value #HOPS_MAX} single-leg hops on the affected side, all at
 *       pain {@value #ENTRY_MAX_PAIN}/10 or less ({@link EntryCheck}).</li>
 *   <li>Steps on alternate days ({@link #STEPS}): walk-run 1/4, 2/3, 3/2, 4/1 minutes six times, then
 *       continuous easy running of 20, 30 and 40 min.</li>
 *   <li>Progress one step only after a step with no pain above {@value #STEP_MAX_PAIN}/10 during it and
 *       none worse the next morning; otherwise go back one step. Pain at rest (any RED check-in) makes
 *       the episode RED again.</li>
 *   <li>After the steps the plan keeps {@link #PLAN_RULES}: about half the pre-injury weekly volume
 *       at first, easy pace only, no intensity and no long run until 2 weeks of continuous easy running.</li>
 * </ol>
 */
public final class ReturnToRun {

    private ReturnToRun() {
    }

    /** Minutes of brisk walking the entry asks about (Warden, Davis &amp; Fredericson 2014). */
    public static final int BRISK_WALK_MINUTES = 30;
    /** Single-leg squats the entry asks about. */
    public static final int SINGLE_LEG_SQUATS = 10;
    /** Fewest single-leg hops the entry asks about. */
    public static final int HOPS_MIN = 10;
    /** Most single-leg hops the entry asks about. */
    public static final int HOPS_MAX = 15;
    /** Highest pain (0-10) that still counts as pain-free for the entry and for a step (0-2 safe, Silbernagel et al. 2007). */
    public static final int ENTRY_MAX_PAIN = 2;
    /** Highest pain (0-10) during a step that lets the next step follow. */
    public static final int STEP_MAX_PAIN = 2;
    /** Days from one step to the next: alternate days (Bolthouse et al.). */
    public static final int STEP_GAP_DAYS = 2;
    /** Days without running after which a return to run is advised even without an episode. */
    public static final int BREAK_DAYS = 7;

    /** The steps, in order (Bolthouse et al. walk-run progression; continuous 20, 30, 40 min after). */
    public static final List<ReturnToRunStep> STEPS = List.of(new ReturnToRunStep(1, 1, 4, 6),
            new ReturnToRunStep(2, 2, 3, 6), new ReturnToRunStep(3, 3, 2, 6), new ReturnToRunStep(4, 4, 1, 6),
            new ReturnToRunStep(5, 20, 0, 1), new ReturnToRunStep(6, 30, 0, 1), new ReturnToRunStep(7, 40, 0, 1));

    /** What the plan keeps after the steps: half the volume, easy only, no intensity for 14 days of continuous running. */
    public static final ReturnToRunPlanRules PLAN_RULES = new ReturnToRunPlanRules(0.5, 14, 1, true,
            List.of(Sources.WARDEN_2014, Sources.BOLTHOUSE));

    /** The entry questions were answered pain-free: the walk-run steps begin. */
    public static final EpisodeRule ENTRY_PASSED = new EpisodeRule("rtr-entry-passed",
            "Brisk walking, single-leg squats and hops all pain-free (0-2/10): the walk-run steps begin.",
            Sources.WARDEN_2014);
    /** An entry question hurt: not yet. */
    public static final EpisodeRule ENTRY_NOT_PASSED = new EpisodeRule("rtr-entry-not-passed",
            "An entry question hurt above 2/10: keep to pain-free walking and cross-training, and ask again in a few days.",
            Sources.WARDEN_2014);
    /** A step without pain above 2/10 and not worse the next morning: the next step follows. */
    public static final EpisodeRule STEP_DONE = new EpisodeRule("rtr-step-done",
            "A step with no pain above 2/10 during it and none worse the next morning: the next step follows.",
            Sources.BOLTHOUSE);
    /** A step with pain above 2/10 or worse the next morning: back one step. */
    public static final EpisodeRule STEP_BACK = new EpisodeRule("rtr-step-back",
            "A step with pain above 2/10 during it, or worse the next morning: go back one step.", Sources.BOLTHOUSE);
    /** The last step done pain-free: the episode resolves and the plan limits apply. */
    public static final EpisodeRule COMPLETE = new EpisodeRule("rtr-complete",
            "The last step done pain-free: the episode resolves; the plan keeps half volume and no intensity for 2 weeks.",
            Sources.WARDEN_2014);
    /** Seven or more days without running: return through the same steps. */
    public static final EpisodeRule AFTER_BREAK = new EpisodeRule("rtr-after-break",
            "Seven or more days without running: come back through the entry questions and the walk-run steps.",
            Sources.WARDEN_2014);

    /** Every return-to-run rule, in the order of the docs. */
    public static final List<EpisodeRule> RULES = List.of(ENTRY_PASSED, ENTRY_NOT_PASSED, STEP_DONE, STEP_BACK,
            COMPLETE, AFTER_BREAK);

    /**
     * The number of steps.
     *
     * @return {@code STEPS.size()}
     */
    public static int stepCount() {
        return STEPS.size();
    }

    /**
     * The step after a step done with {@code run}: the next one if the run was pain-free, else one back
     * (never below the first). A result above {@link #stepCount()} means the return is complete.
     *
     * @param step the step that was run, 1 to {@link #stepCount()}
     * @param run  how it went
     * @return the next step number
     */
    public static int next(int step, RunPain run) {
        return isPainFree(run) ? step + 1 : Math.max(1, step - 1);
    }

    /**
     * True if a step ran without pain above {@value #STEP_MAX_PAIN}/10 and was not worse the next morning.
     *
     * @param run how it went
     * @return whether the next step may follow
     */
    public static boolean isPainFree(RunPain run) {
        return run.painDuring().value() <= STEP_MAX_PAIN && !run.worseNextMorning();
    }

    /**
     * True if a return to run is advised after a break: the last run was {@value #BREAK_DAYS} or more
     * days before {@code date}.
     *
     * @param lastRun the day of the last run, if any
     * @param date    the day
     * @return whether the return to run applies
     */
    public static boolean afterBreak(Optional<LocalDate> lastRun, LocalDate date) {
        return lastRun.map(d -> ChronoUnit.DAYS.between(d, date) >= BREAK_DAYS).orElse(false);
    }

    /**
     * Today in the return to run.
     *
     * @param date     the day
     * @param step     the current step, 0 while the entry questions are still to be passed
     * @param lastStep the day the last step was run, if any
     * @return what to do today
     */
    public static ReturnToRunDay day(LocalDate date, int step, Optional<LocalDate> lastStep) {
        int of = stepCount();
        if (step == 0) {
            return new ReturnToRunDay(date, 0, of, Optional.empty(), false, "Before the first step, try "
                    + BRISK_WALK_MINUTES + " min of brisk walking, " + SINGLE_LEG_SQUATS + " single-leg squats and "
                    + HOPS_MIN + "-" + HOPS_MAX + " single-leg hops on the affected side. If all are pain-free (0-"
                    + ENTRY_MAX_PAIN + "/10), record it and start step 1; until then, walk and cross-train pain-free.",
                    Optional.empty());
        }
        ReturnToRunStep next = STEPS.get(step - 1);
        Optional<LocalDate> due = lastStep.map(d -> d.plusDays(STEP_GAP_DAYS)).filter(d -> d.isAfter(date));
        String what = "Step " + step + " of " + of + ": " + next.describe() + ". Stop the step if pain goes above "
                + STEP_MAX_PAIN + "/10; note the next morning how it feels.";
        if (due.isPresent()) {
            return new ReturnToRunDay(date, step, of, Optional.of(next), false, "Rest, walk or cross-train today: steps "
                    + "are on alternate days. Next, on " + due.get() + ": " + what, due);
        }
        return new ReturnToRunDay(date, step, of, Optional.of(next), true, "Today, " + what, Optional.empty());
    }
}
