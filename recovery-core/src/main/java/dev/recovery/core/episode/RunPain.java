package dev.recovery.core.episode;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;

/**
 * A run logged with the pain felt in one region during it and the next morning (the pain-monitoring
 * model, Silbernagel et al. 2007). During the return to run, each one is a step done.
 *
 * @param date             the day of the run (1900-2100)
 * @param region           the region watched
 * @param side             left, right or both
 * @param painDuring       the worst pain in that region during the run, 0-10
 * @param worseNextMorning true if the pain the next morning was worse than before the run
 */
public record RunPain(LocalDate date, BodyRegion region, Side side, PainScore painDuring, boolean worseNextMorning) {

    /** @throws IllegalArgumentException naming the first part that is missing or out of range */
    public RunPain {
        Dates.check("date", date);
        Checks.requiredOneOf("region", region, BodyRegion.class);
        Checks.requiredOneOf("side", side, Side.class);
        Checks.required("pain-during-run", painDuring, "a whole number from 0 to 10");
    }

    /**
     * A run on {@code date} with {@code painDuring} in {@code region}.
     *
     * @param date             the day
     * @param region           the region
     * @param side             the side
     * @param painDuring       0-10
     * @param worseNextMorning whether it was worse the next morning
     * @return the record
     * @throws IllegalArgumentException if the pain is outside 0-10 or a part is missing
     */
    public static RunPain of(LocalDate date, BodyRegion region, Side side, int painDuring, boolean worseNextMorning) {
        return new RunPain(date, region, side, PainScore.of(painDuring), worseNextMorning);
    }
}
