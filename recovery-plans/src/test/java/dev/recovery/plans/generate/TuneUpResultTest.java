package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.request.TuneUp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tune-up's result: refused when it is no time at all, and named by its distance when it resets the paces. */
class TuneUpResultTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Plan planWith(String tuneUp) {
        return PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(30), Distance.ofMiles(45),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).units(DistanceUnit.MI)
                .tuneUp(TuneUp.parse(tuneUp)).build(), TODAY);
    }

    static Reason lastReason(Plan plan) {
        List<Reason> reasons = plan.reasons();
        return reasons.get(reasons.size() - 1);
    }

    @Test
    void aZeroResultIsRefusedAskingForTheHalfMarathonsFinishingTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanBuilder.recalibrate(planWith("2027-03-14:half"), Duration.ZERO));
        assertTrue(e.getMessage().startsWith("race-result"), e.getMessage());
        assertTrue(e.getMessage().contains("the half marathon tune-up's finishing time"), e.getMessage());
    }

    @Test
    void aNegativeResultIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanBuilder.recalibrate(planWith("2027-03-14:10k"), Duration.ofMinutes(-45)));
        assertTrue(e.getMessage().contains("the 10k tune-up's finishing time"), e.getMessage());
    }

    @Test
    void aMissingResultIsRefusedAsNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanBuilder.recalibrate(planWith("2027-03-14:half"), null));
        assertTrue(e.getMessage().contains("nothing"), e.getMessage());
    }

    @Test
    void aTenKilometreTuneUpNamesTheTenKInTheRecalibration() {
        Reason reason = lastReason(PlanBuilder.recalibrate(planWith("2027-03-14:10k"), Durations.parse("45:00")));
        assertEquals(PlanRule.TUNE_UP.id(), reason.ruleId());
        assertTrue(reason.message().startsWith("paces recalibrated from the 10k tune-up on 2027-03-14 in 45:00"), reason.message());
    }

    @Test
    void aHalfMarathonTuneUpNamesTheHalfMarathonInTheRecalibration() {
        Reason reason = lastReason(PlanBuilder.recalibrate(planWith("2027-03-14:half"), Durations.parse("1:38:20")));
        assertTrue(reason.message().startsWith("paces recalibrated from the half marathon tune-up on 2027-03-14"), reason.message());
    }
}
