package dev.recovery.core.recovery;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** For generated days, no contraindicated item ever appears. */
class ContraindicationPropertiesTest {

    private static final Set<Modality> DEEP_WORK = EnumSet.of(Modality.FOAM_ROLLING, Modality.VIBRATING_ROLLER,
            Modality.MASSAGE_GUN, Modality.STATIC_STRETCHING);

    private static Gen<Session> runs() {
        return Generate.enumValues(RunType.class).zip(integers().between(2, 42), integers().between(200, 480),
                (type, km, secondsPerKm) -> Run.of(Days.DATE, Distance.ofKm(km), Duration.ofSeconds((long) km * secondsPerKm), type));
    }

    private static Gen<SorenessReport> reports() {
        Gen<List<Symptom>> symptoms = lists().of(Generate.enumValues(Symptom.class)).ofSizeBetween(0, 3);
        return Generate.enumValues(BodyRegion.class).zip(Generate.enumValues(Onset.class), integers().between(0, 240),
                integers().between(0, 10), symptoms, (region, onset, hours, pain, signs) -> {
                    CheckIn.Builder b = CheckIn.ordinaryDoms(region, pain, hours).toBuilder().onset(onset);
                    return SorenessReport.of(signs.isEmpty() ? b.build() : b.symptom(signs.toArray(Symptom[]::new)).build());
                });
    }

    private static Gen<RecoveryDay> days() {
        return lists().of(runs()).ofSizeBetween(0, 2).zip(Generate.enumValues(TrainingPhase.class), lists().of(reports()).ofSizeBetween(0, 3),
                lists().of(Generate.enumValues(BodyRegion.class).zip(Generate.pick(List.of(TriageLevel.AMBER, TriageLevel.RED)),
                        (r, l) -> new Object[] {r, l})).ofSizeBetween(0, 2),
                (sessions, phase, reports, open) -> {
                    RecoveryDay day = new RecoveryDay(Days.DATE, List.copyOf(sessions), phase, reports, Set.of());
                    for (Object[] e : open) {
                        day = day.plusOpenEpisode((BodyRegion) e[0], (TriageLevel) e[1]);
                    }
                    return day;
                });
    }

    @Test
    void noIceOrColdEverWhereNumbnessIsReported() {
        qt().forAll(days()).check(day -> {
            DayFacts facts = DayFacts.of(day);
            Prescription p = Prescriber.prescribe(day);
            return facts.numb().isEmpty() || p.items().stream().noneMatch(i -> i.modality() == Modality.COLD_PLUNGE
                    || i.modality() == Modality.ICE_PACK && RecoveryRegions.intersects(i.targets(), facts.numb()));
        });
    }

    @Test
    void aPossibleClotAlwaysGetsOnlySeekCare() {
        qt().forAll(days()).check(day -> {
            Prescription p = Prescriber.prescribe(day);
            return !DayFacts.of(day).isPossibleClot()
                    || p.items().stream().allMatch(i -> i.modality() == Modality.SEE_A_PROFESSIONAL);
        });
    }

    @Test
    void nothingIsEverRolledOrStretchedOnAnOpenAmberOrRedRegion() {
        qt().forAll(days()).check(day -> {
            DayFacts facts = DayFacts.of(day);
            Set<BodyRegion> hurt = EnumSet.noneOf(BodyRegion.class);
            hurt.addAll(facts.amber());
            hurt.addAll(facts.red());
            return Prescriber.prescribe(day).items().stream()
                    .noneMatch(i -> DEEP_WORK.contains(i.modality()) && RecoveryRegions.intersects(i.targets(), hurt));
        });
    }

    @Test
    void riceOnlyEverForAnAcuteOnsetWithin72Hours() {
        qt().forAll(days()).check(day -> Prescriber.prescribe(day).itemsOf(Modality.RICE).stream().allMatch(i -> i.targets().stream()
                .allMatch(region -> day.soreness().stream().anyMatch(r -> r.region() == region && r.checkIn().onset() != Onset.DELAYED
                        && r.checkIn().hoursSinceRun() <= Catalogue.RICE_MAX_HOURS))));
    }

    @Test
    void noDeepRollingOrHeatRightAfterALongEffort() {
        qt().forAll(days()).check(day -> !DayFacts.of(day).longEffort() || Prescriber.prescribe(day).items().stream()
                .noneMatch(i -> i.modality() == Modality.FOAM_ROLLING || i.modality() == Modality.MASSAGE_GUN
                        || i.modality() == Modality.VIBRATING_ROLLER || i.modality().entry().heat()));
    }

    @Test
    void noHeatWithAFreshInjury() {
        qt().forAll(days()).check(day -> !DayFacts.of(day).freshInjury()
                || Prescriber.prescribe(day).items().stream().noneMatch(i -> i.modality().entry().heat()));
    }
}
