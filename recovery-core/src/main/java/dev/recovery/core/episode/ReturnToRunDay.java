package dev.recovery.core.episode;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Today in the graded return to run: which step, of how many, and what to do today.
 *
 * @param date      the day
 * @param step      the current step: 0 while the entry questions are still to be passed, then 1 to {@code of}
 * @param of        the number of walk-run and continuous steps
 * @param stepToDo  the step to run next; empty while the entry questions are still to be passed
 * @param runToday  true if today is a day for the step (steps are on alternate days)
 * @param today     what to do today, in plain words
 * @param nextRunOn the day the next step is due, if today is not a running day
 */
public record ReturnToRunDay(LocalDate date, int step, int of, Optional<ReturnToRunStep> stepToDo, boolean runToday,
        String today, Optional<LocalDate> nextRunOn) {

    /** @throws IllegalArgumentException if a part is missing or the step is out of range */
    public ReturnToRunDay {
        Dates.check("date", date);
        Checks.inRange("step", step, 0, of);
        Checks.required("step to do", stepToDo, "a step, or none before the entry questions");
        Checks.required("today", today, "what to do today");
        Checks.required("next run on", nextRunOn, "a day, or none");
        if (stepToDo.isPresent() != (step > 0)) {
            throw Checks.invalidFormatted("step to do", stepToDo.map(s -> "step " + s.number()).orElse("none"),
                    step > 0 ? "step " + step : "none before the entry questions");
        }
    }
}
