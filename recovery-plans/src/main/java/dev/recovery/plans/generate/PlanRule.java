package dev.recovery.plans.generate;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;

/**
 * Every rule a plan is built or adapted by, with its stable id and source.
 * A plan's reasons name these ids; {@code docs/plans.md} explains each for runners.
 *
 * @since 0.1.0
 */
public enum PlanRule {
    /** Phases come in order: base, build, peak, taper, race week. */
    PHASE_ORDER("plan-phase-order", "Phases run base, build, peak, taper, race week.", Sources.PFITZINGER),
    /** No week above 110% of the largest of the three weeks before it (the first weeks seeded with the current volume). */
    WEEKLY_PROGRESSION("plan-weekly-progression",
            "No week is more than 10% above the largest of the three weeks before it.", Sources.TEN_PERCENT_RULE),
    /** No run more than 10% longer than the longest run of the previous 30 days. */
    SINGLE_RUN_SPIKE("plan-single-run-spike",
            "No run is more than 10% longer than the longest run of the previous 30 days.", Sources.BJSM_2025_SPIKE),
    /** Before the plan, the runner's longest recent run is assumed from the stated current volume. */
    SEED_FROM_CURRENT("plan-seed-from-current",
            "The first weeks grow from your stated current volume and an assumed longest recent run.", Sources.BJSM_2025_SPIKE),
    /** A cutback week every 3rd or 4th week before the taper, 20-30% below the week before. */
    CUTBACK("plan-cutback", "Every 3rd or 4th week before the taper is a cutback week, 20-30% below the week before.",
            Sources.PFITZINGER),
    /** Peak volume held 2-3 weeks within 3% of the requested peak, not spiked into. */
    PEAK_HOLD("plan-peak-hold", "The peak volume is held for 2-3 weeks rather than spiked into.", Sources.POSTMA_CHUNG),
    /** Long run at most 35 km / 22 mi. */
    LONG_RUN_CAP("plan-long-run-cap", "The long run is capped at 35 km (22 mi).", Sources.PFITZINGER),
    /** Long run at most 35% of its week from 64 km / 40 mi a week, 50% below that. */
    LONG_RUN_SHARE("plan-long-run-share",
            "The long run is at most 35% of its week from 64 km (40 mi) a week, at most 50% below that.", Sources.PFITZINGER),
    /** Runs other than the long run at most 80% of the week's long-run cap (a medium-long run, not a second long run). */
    OTHER_RUN_CAP("plan-other-run-cap",
            "Runs other than the long run are at most 80% of the week's long-run cap.", Sources.PFITZINGER),
    /** Taper 2-3 weeks, volume cut progressively by 41-60%, quality kept, at most 20% fewer runs. */
    TAPER("plan-taper", "The taper cuts volume progressively by 41-60%, keeps the quality sessions and nearly all runs.",
            Sources.BOSQUET_2007),
    /** Race week light, the marathon on the plan's last day. */
    RACE_WEEK("plan-race-week", "Race week is light, with the marathon on the plan's last day.", Sources.MUJIKA_PADILLA_2003),
    /** Hard days (long run, tempo, intervals, marathon pace, race) never back to back. */
    HARD_DAYS_APART("plan-hard-days-apart", "Hard days are never back to back; easy days stay easy.", Sources.PFITZINGER),
    /** At least one full rest day a week. */
    REST_DAY("plan-rest-day", "At least one full rest day a week.", Sources.POSTMA_CHUNG),
    /** At least one low-impact cross-training session a week. */
    CROSS_TRAINING("plan-cross-training", "At least one low-impact cross-training session a week, in place of a recovery run.",
            Sources.POSTMA_CHUNG),
    /** Yoga or mobility once a week. */
    MOBILITY("plan-mobility", "Yoga or mobility once a week; easy mobility in race week.", Sources.RUNNER_RECOVERY_ACCOUNT),
    /** Strength twice a week through base, build and peak; the Bulgarian split squat hold builds from 20 s to 2 min. */
    STRENGTH("plan-strength", "Strength twice a week through base, build and peak.", Sources.POSTMA_CHUNG),
    /** Strength never on the long-run day nor the day before it; after the run on a run day. */
    STRENGTH_TIMING("plan-strength-timing",
            "Strength after the run on a run day, never on the long-run day or the day before it.", Sources.POSTMA_CHUNG),
    /** Strength lighter in the taper and none in the last 5 days before the race. */
    STRENGTH_TAPER("plan-strength-taper", "Strength is lighter in the taper and stops 5 days before the race.",
            Sources.POSTMA_CHUNG),
    /** Every run is a structured workout whose distance is the sum of its steps. */
    WORKOUTS("plan-workouts", "Every run is a workout: warm-up, main set, recoveries and cool-down, sized within Daniels' limits; "
            + "intensity comes in by phase (base strides and hills, build threshold then intervals, peak marathon pace).",
            Sources.DANIELS_2014),
    /** The long run within about 3 h at the runner's easy pace. */
    LONG_RUN_TIME("plan-long-run-time", "The long run is at most about 3 h at your easy pace: a slower runner's long run is "
            + "shorter in distance, not longer in time.", Sources.PFITZINGER),
    /** A recovery run the day after a hard day. */
    RECOVERY_RUN("plan-recovery-run", "The day after a hard session is a shorter recovery run at the slowest easy pace.",
            Sources.PFITZINGER),
    /** A medium-long run midweek in big weeks. */
    MEDIUM_LONG("plan-medium-long", "A medium-long run midweek (60-75% of the long run) once the week reaches about 64 km "
            + "(40 mi) over 5 or more runs.", Sources.PFITZINGER),
    /** One quality session in the first build week and the week back from a cutback. */
    ONE_QUALITY("plan-one-quality", "Only one quality session in the first build week and in the week back from a cutback, "
            + "so intensity comes in gradually.", Sources.DANIELS_2014),
    /** Strength dosed across the cycle. */
    STRENGTH_CYCLE("plan-strength-cycle", "Strength ramps in over the first weeks, is full in base and build, one set lighter "
            + "in cutback weeks, maintained (fewer sets, same load, holds frozen) in the peak, light in the taper.",
            Sources.POSTMA_CHUNG),
    /** A tune-up race 3-6 weeks before the marathon. */
    TUNE_UP("plan-tune-up", "An optional 10K or half-marathon tune-up 3-6 weeks before the marathon, with easy days around it; "
            + "its result recalibrates the paces for the weeks after.", Sources.PFITZINGER),
    /** Easy paces at least 90 s/mile slower than goal marathon pace. */
    EASY_PACE("plan-easy-pace", "Easy runs are at least 90 s per mile slower than goal marathon pace.", Sources.POSTMA_CHUNG),
    /** AMBER: the next run becomes cross-training or a short easy run, and the week's progression is held. */
    ADAPT_AMBER("adapt-amber", "After an AMBER check-in the next run becomes cross-training or a short easy run, "
            + "no intensity, and this week's volume is held.", Sources.POSTMA_CHUNG),
    /** RED: runs become rest or pain-free cross-training until a physical therapist or doctor clears the region. */
    ADAPT_RED("adapt-red", "After a RED check-in runs are replaced by rest or pain-free cross-training until a professional clears it.",
            Sources.POSTMA_CHUNG),
    /** GREEN after a break: re-enter from the volume actually run, by the progression rules. */
    ADAPT_REENTRY("adapt-reentry", "Back to running from the volume you actually ran, by the progression rules.",
            Sources.TEN_PERCENT_RULE),
    /**
     * The graded return to run after a cleared RED or 7+ days without running: walk-run steps on
     * alternate days, then continuous easy running; weekly volume from about half the pre-injury
     * volume; no intensity and no long run until two weeks of continuous easy running.
     */
    ADAPT_RETURN_TO_RUN("adapt-return-to-run", "After a cleared RED or 7 or more days without running: the walk-run steps on "
            + "alternate days, then easy running from about half the earlier weekly volume; no intensity and no long run "
            + "until two weeks of continuous easy running.", Sources.WARDEN_2014),
    /** Missed sessions are never made up by doubling later days. */
    ADAPT_NO_MAKE_UP("adapt-no-make-up", "Missed sessions are never made up by doubling later days.", Sources.POSTMA_CHUNG),
    /** The taper and race day stay in place. */
    ADAPT_KEEP_TAPER("adapt-keep-taper", "The taper and race day stay where they are.", Sources.BOSQUET_2007);

    private final String id;
    private final String summary;
    private final Source source;

    PlanRule(String id, String summary, Source source) {
        this.id = id;
        this.summary = summary;
        this.source = source;
    }

    /** The stable id, e.g. {@code plan-weekly-progression}. */
    public String id() {
        return id;
    }

    /** The rule in one plain sentence. */
    public String summary() {
        return summary;
    }

    /** Where the rule comes from. */
    public Source source() {
        return source;
    }

    /** A reason citing this rule with {@code message}. */
    public Reason reason(String message) {
        return Reason.of(id, message, source);
    }

    /** A reason citing this rule with its summary. */
    public Reason reason() {
        return Reason.of(id, summary, source);
    }
}
