package dev.recovery.shell.service;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Triage;

/**
 * The triage rules as the console sees them: a check-in in, a level with its reasons out. In the
 * application this is the library's rule set; tests can give a fixed answer.
 */
@FunctionalInterface
public interface TriageEngine {

    /**
     * @param checkIn what the runner reported
     * @return GREEN, AMBER or RED with the rules that fired
     */
    Triage evaluate(CheckIn checkIn);
}
