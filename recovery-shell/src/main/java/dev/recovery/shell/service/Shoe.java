package dev.recovery.shell.service;

import dev.recovery.core.unit.Distance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A pair of shoes as the journal tells it: when it was added, retired, and the runs logged in it
 * while it was tracked.
 *
 * @param name     the runner's name for it, as first written
 * @param added    the day it was added
 * @param retired  the day it was retired, if it was
 * @param distance the distance of the runs logged in it
 * @param runs     how many runs were logged in it
 */
public record Shoe(String name, LocalDate added, Optional<LocalDate> retired, Distance distance, int runs) {

    /** @return whether the shoe is still in use (not retired) */
    public boolean inUse() {
        return retired.isEmpty();
    }
}
