package dev.recovery.example;

import dev.recovery.core.load.Convention;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.MovementResponse;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.PainQuality;
import dev.recovery.core.triage.Spread;
import dev.recovery.core.triage.Trend;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Rpe;
import dev.recovery.core.unit.Side;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.export.MarkdownExport;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A developer's first program with the recovery libraries: a runner's calves ache the day after a
 * long run; is that ordinary soreness? How loaded are they? And what does an 18-week plan to an
 * April marathon look like? Prints the triage, the load and the plan as Markdown to standard output.
 */
public final class PlanFromACheckIn {

    /** "Today": the libraries never read the clock, so a program passes the date in. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private PlanFromACheckIn() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        // 1. Triage a check-in: every field stated, none left to a default.
        CheckIn checkIn = CheckIn.builder()
                .region(BodyRegion.CALF).side(Side.BOTH).pain(2)
                .quality(PainQuality.DULL_ACHY).spread(Spread.WIDESPREAD).onset(Onset.DELAYED)
                .hoursSinceRun(30).trend(Trend.IMPROVING).movement(MovementResponse.EASES)
                .noSymptoms()
                .build();
        Triage triage = Triage.of(checkIn);
        System.out.println("Triage: " + triage.level() + ". " + triage.action());
        for (Reason reason : triage.reasons()) {
            System.out.println("  " + reason.ruleId() + ": " + reason.message());
            System.out.println("    source: " + reason.source().citation());
        }

        // 2. Training load over six weeks of running: five runs a week.
        List<Session> sessions = new ArrayList<>();
        for (LocalDate day = TODAY.minusDays(42); day.isBefore(TODAY); day = day.plusDays(1)) {
            switch (day.getDayOfWeek()) {
                case SUNDAY -> sessions.add(run(day, 24, "2:15:00", RunType.LONG, 5));
                case TUESDAY, THURSDAY -> sessions.add(run(day, 10, "55:00", RunType.EASY, 3));
                case WEDNESDAY -> sessions.add(run(day, 12, "58:00", RunType.TEMPO, 7));
                case FRIDAY -> sessions.add(run(day, 8, "46:00", RunType.RECOVERY, 2));
                default -> { }
            }
        }
        LoadReport load = LoadReport.of(TrainingLog.of(sessions), TODAY.minusDays(1), Convention.RUNALYZE);
        System.out.println();
        System.out.println("Load (" + load.convention() + "): acute:chronic ratio (EWMA) " + load.acwr().ewma()
                + ", rolling coupled " + load.acwr().rollingCoupled());
        for (Reason flag : load.flags()) {
            System.out.println("  flag " + flag.ruleId() + ": " + flag.message());
        }

        // 3. An 18-week plan to a marathon on 2027-04-18, exported as Markdown.
        PlanRequest request = PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(5).units(DistanceUnit.MI).build();
        Plan plan = PlanBuilder.build(request, TODAY);
        System.out.println();
        System.out.print(MarkdownExport.render(plan));
    }

    private static Run run(LocalDate day, double km, String time, RunType type, int rpe) {
        Duration duration = Durations.parse(time);
        return Run.of(day, Distance.ofKm(km), duration, type).withRpe(Rpe.of(rpe));
    }
}
