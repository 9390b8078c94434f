package dev.recovery.core.episode;

import dev.recovery.core.source.Sources;
import java.util.List;

/**
 * The rules that follow one sore spot over days, and their numbers. Dates are days, so "72 h" is
 * three days and "more than 24 h" is the next day or later.
 */
public final class EpisodeRules {

    private EpisodeRules() {
    }

    /** Days after the first AMBER check-in from which an unchanged or worse AMBER becomes RED: 72 h (the triage's AMBER escalation). */
    public static final int ESCALATION_DAYS = 3;
    /** Days after the last check-in of an AMBER episode from which a re-check is due: the 24 h of AMBER's "re-check in 24 h". */
    public static final int RECHECK_AFTER_DAYS = 1;
    /** Highest pain (0-10) of a quiet check-in: two quiet check-ins on separate days resolve an episode. */
    public static final int QUIET_MAX_PAIN = 1;
    /** Separate days of quiet check-ins that resolve an episode. */
    public static final int QUIET_DAYS_TO_RESOLVE = 2;
    /** Days after resolving within which the same region and side coming back reopens the episode. */
    public static final int RECURRENCE_DAYS = 14;
    /** The window, in days, in which a third episode of one region is AMBER at least: 6 weeks. */
    public static final int RECURRING_WINDOW_DAYS = 42;
    /** Episodes of one region within the window that make it AMBER at least. */
    public static final int RECURRING_EPISODES = 3;
    /** Pain during a run (0-10) above which that region's episode is AMBER at least (Silbernagel et al. 2007). */
    public static final int RUN_PAIN_MAX = 5;

    /** The episode opened: the first check-in above pain 0, or at AMBER or RED. */
    public static final EpisodeRule OPENED = new EpisodeRule("episode-opened",
            "A new episode opens with the first check-in of a region and side above pain 0 or at AMBER or RED.",
            Sources.EPISODE_RULES);
    /** The episode's own check-in set its level. */
    public static final EpisodeRule LEVEL_FROM_CHECK_IN = new EpisodeRule("episode-level-from-check-in",
            "A check-in of the same region and side sets the episode's level (never another region's).",
            Sources.EPISODE_RULES);
    /** RED stays RED until a recorded clearance. */
    public static final EpisodeRule RED_STICKY = new EpisodeRule("episode-red-sticky",
            "A RED episode stays RED, whatever later self-reports say, until a physical therapist or doctor clears it.",
            Sources.POSTMA_CHUNG);
    /** AMBER unchanged or worse 72 h after its first AMBER check-in becomes RED. */
    public static final EpisodeRule AMBER_ESCALATED = new EpisodeRule("episode-amber-escalated-72h",
            "An AMBER episode unchanged or worse 72 h or more after its first AMBER check-in becomes RED.",
            Sources.EPISODE_RULES);
    /** An AMBER episode with no check-in for more than 24 h is due a re-check. */
    public static final EpisodeRule RECHECK_DUE = new EpisodeRule("episode-recheck-due",
            "An AMBER episode with no check-in for more than 24 h is due a re-check; it is not resolved.",
            Sources.EPISODE_RULES);
    /** A GREEN check-in at pain 0 resolves the episode. */
    public static final EpisodeRule RESOLVED_PAIN_FREE = new EpisodeRule("episode-resolved-pain-free",
            "A GREEN check-in at pain 0 resolves an AMBER or GREEN episode.", Sources.EPISODE_RULES);
    /** Two quiet check-ins on separate days resolve the episode. */
    public static final EpisodeRule RESOLVED_QUIET_DAYS = new EpisodeRule("episode-resolved-two-quiet-days",
            "Two check-ins on separate days at pain 0-1 with no yes/no sign resolve an AMBER or GREEN episode.",
            Sources.EPISODE_RULES);
    /** The same region and side back within 14 days of resolving reopens the episode. */
    public static final EpisodeRule RECURRENCE = new EpisodeRule("episode-recurrence-within-14-days",
            "The same region and side coming back within 14 days of resolving reopens the episode: back again within two weeks.",
            Sources.EPISODE_RULES);
    /** A third episode of one region within 6 weeks is AMBER at least. */
    public static final EpisodeRule RECURRING = new EpisodeRule("episode-third-within-6-weeks",
            "A third episode of one region within 6 weeks is AMBER at least: recurring overload of one spot.",
            Sources.EPISODE_RULES);
    /** A run with pain above 5/10 during it, or worse the next morning, makes the region's episode AMBER at least. */
    public static final EpisodeRule RUN_PAIN = new EpisodeRule("episode-run-pain",
            "A run with pain above 5/10 during it, or pain worse the next morning, makes that region's episode AMBER at least.",
            Sources.SILBERNAGEL_2007);
    /** A physical therapist or doctor cleared the RED episode: the return to run begins. */
    public static final EpisodeRule CLEARED = new EpisodeRule("episode-cleared",
            "A recorded clearance by a physical therapist or doctor ends RED and starts the graded return to run.",
            Sources.POSTMA_CHUNG);
    /** A RED check-in during the return to run makes the episode RED again. */
    public static final EpisodeRule RED_AGAIN = new EpisodeRule("episode-red-again",
            "A RED check-in (such as pain at rest) during the return to run makes the episode RED again, until cleared again.",
            Sources.WARDEN_2014);

    /** Every episode rule, in the order of the docs. */
    public static final List<EpisodeRule> ALL = List.of(OPENED, LEVEL_FROM_CHECK_IN, RED_STICKY, AMBER_ESCALATED,
            RECHECK_DUE, RESOLVED_PAIN_FREE, RESOLVED_QUIET_DAYS, RECURRENCE, RECURRING, RUN_PAIN, CLEARED, RED_AGAIN);
}
