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
            "Easy / recovery run: relaxed, conversational; at least 90 s/mile (56 s/km) slower than goal marathon pace.",
            "Long run: the week's longest run, steady and easy.",
            "Tempo (T), intervals (I), marathon pace (M): the week's quality sessions; never on consecutive days.",
            "Strength: after the run on a run day; never on the long-run day or the day before it.",
            "Cross: low-impact cycling, elliptical or swimming in place of a run.",
            "Yoga / mobility: once a week, easy.",
            "Cutback: a step-back week, 20-30% below the week before, so the body absorbs the training.",
            "Peak: the highest weeks, held for 2-3 weeks rather than spiked into.",
            "Taper: volume cut step by step before race day, intensity kept.");

    /** When to stop and see a physical therapist or doctor: the red flags of the triage (RULES.md 1.4). */
    static final List<String> SEE_A_PROFESSIONAL = RedFlags.ALL.stream().map(TriageRule::summary).toList();

    /** The sentence that introduces the red flags. */
    static final String SEE_A_PROFESSIONAL_INTRO =
            "Stop running and see a physical therapist or doctor if you have any of these (the triage's red flags):";

    /** The product informs; it never diagnoses. */
    static final String DISCLAIMER = "This plan informs; it does not diagnose. If pain changes how you run, stop and get it checked.";
}
