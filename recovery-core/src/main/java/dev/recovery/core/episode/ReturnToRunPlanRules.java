package dev.recovery.core.episode;

import dev.recovery.core.source.Source;
import dev.recovery.core.unit.Checks;
import java.util.List;

/**
 * The limits a training plan keeps after the walk-run steps of the return to run, as data for the
 * plan adapter (Warden, Davis &amp; Fredericson 2014; Bolthouse et al.).
 *
 * @param startingVolumeFraction            the first weekly volume as a fraction of the pre-injury weekly volume (0-1)
 * @param continuousEasyDaysBeforeIntensity days of continuous easy running before any intensity or long run
 * @param firstQualitySessionsPerWeek       quality sessions a week when they return (they return last)
 * @param easyPaceOnly                      true: every run of the return is at easy pace
 * @param sources                           where the limits come from
 */
public record ReturnToRunPlanRules(double startingVolumeFraction, int continuousEasyDaysBeforeIntensity,
        int firstQualitySessionsPerWeek, boolean easyPaceOnly, List<Source> sources) {

    /** @throws IllegalArgumentException naming the first part out of range */
    public ReturnToRunPlanRules {
        Checks.inRange("starting volume fraction", startingVolumeFraction, 0, 1, "of the pre-injury volume");
        Checks.inRange("continuous easy days", continuousEasyDaysBeforeIntensity, 0, 365);
        Checks.inRange("first quality sessions a week", firstQualitySessionsPerWeek, 0, 7);
        Checks.required("sources", sources, "the sources of the limits");
        sources = List.copyOf(sources);
    }
}
