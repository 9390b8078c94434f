package dev.recovery.plans.export;

import dev.recovery.core.triage.RedFlags;
import dev.recovery.core.triage.TriageRule;
import java.util.List;

/** The fixed texts every printed plan carries: the legend, when to see a professional, and the disclaimer. */
final class Legend {

    private Legend() {
    }

    /** What the words and marks of a printed plan mean. */
    static final List<String> LINES = List.of(
            "Easy / recovery run: relaxed, conversational; at least 90 s/mile (56 s/km) slower than goal marathon pace."
                    + " A recovery run, the day after a hard day, is shorter and at the slow end of easy.",
            "Long run: the week's longest run, steady and easy, at most about 3 h at your easy pace; in the last weeks before"
                    + " the taper some carry a marathon-pace segment in the second half. Medium-long run: the week's second-longest, midweek.",
            "Workouts read in order: warm-up, main set, recoveries, cool-down, e.g. \"2 km easy, 5 x 1000 m at I 4:10/km with"
                    + " 3 min jog, 2 km easy\". Paces by zone: E easy, M marathon, T threshold, I interval, R repetition.",
            "Quality sessions (strides, hills, repetitions, tempo, cruise intervals, intervals, marathon pace) and the long run"
                    + " are the hard days; never on consecutive days.",
            "Strides: 6-8 quick, relaxed 100 m runs with full recovery, after an easy run.",
            "Strength: after the run on a run day; never on the long-run day or the day before it.",
            "Cross: low-impact cycling, elliptical or swimming in place of a run.",
            "Yoga / mobility: once a week, easy.",
            "Cutback: a step-back week, 20-30% below the week before, so the body absorbs the training.",
            "Peak: the highest weeks, held for 2-3 weeks rather than spiked into.",
            "Taper: volume cut step by step before race day, intensity kept.");

    /** The sentence that introduces each day type's usual recovery routine. */
    static final String ROUTINE_INTRO = "Each day's cell lists only what differs from its usual routine:";

    /** When to stop and see a physical therapist or doctor: the red flags of the triage. */
    static final List<String> SEE_A_PROFESSIONAL = RedFlags.ALL.stream().map(TriageRule::summary).toList();

    /** The sentence that introduces the red flags. */
    static final String SEE_A_PROFESSIONAL_INTRO =
            "Stop running and see a physical therapist or doctor if you have any of these (the triage's red flags):";

    /** The product informs; it never diagnoses. */
    static final String DISCLAIMER = "This plan informs; it does not diagnose. If pain changes how you run, stop and get it checked.";
}
