package dev.recovery.core.recovery;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties over generated days: random sessions, phases, triage levels, regions and missing equipment. */
class PrescriptionPropertiesTest {

    private static final Set<Modality> SOFT_TISSUE = EnumSet.of(Modality.FOAM_ROLLING, Modality.VIBRATING_ROLLER,
            Modality.MASSAGE_GUN);

    private static Gen<Session> runs() {
        return Generate.enumValues(RunType.class).zip(integers().between(2, 42), integers().between(200, 540),
                integers().between(0, 10), (type, km, secondsPerKm, rpe) -> {
                    Run run = Run.of(Days.DATE, Distance.ofKm(km), Duration.ofSeconds((long) km * secondsPerKm), type);
                    return rpe == 0 ? run : run.withRpe(Rpe.of(rpe));
                });
    }

    private static Gen<Session> otherSessions() {
        return integers().between(0, 5).zip(integers().between(10, 120), integers().between(0, 10), (kind, minutes, rpe) -> {
            Duration d = Duration.ofMinutes(minutes);
            Session s;
            if (kind < 4) {
                CrossTraining c = CrossTraining.of(Days.DATE, CrossActivity.values()[kind], d);
                s = rpe == 0 ? c : c.withRpe(Rpe.of(rpe));
            } else if (kind == 4) {
                StrengthSession st = StrengthSession.of(Days.DATE, d);
                s = rpe == 0 ? st : st.withRpe(Rpe.of(rpe));
            } else {
                YogaSession y = YogaSession.of(Days.DATE, d);
                s = rpe == 0 ? y : y.withRpe(Rpe.of(rpe));
            }
            return s;
        });
    }

    private static Gen<SorenessReport> reports() {
        return Generate.enumValues(BodyRegion.class).zip(Generate.enumValues(TriageLevel.class), Generate.enumValues(Onset.class),
                integers().between(0, 240), integers().between(0, 10),
                (region, level, onset, hours, pain) -> SorenessReport.of(level == TriageLevel.RED
                        ? CheckIn.ordinaryDoms(region, pain, hours).toBuilder().onset(onset).symptom(Symptom.SWELLING).build()
                        : CheckIn.ordinaryDoms(region, pain, hours).toBuilder().onset(onset).build()));
    }

    private static Gen<RecoveryDay> days() {
        List<Modality> equipment = Arrays.stream(Modality.values()).filter(Modality::needsEquipment).toList();
        Gen<List<Session>> sessions = lists().of(Generate.frequency(
                org.quicktheories.api.Pair.of(3, runs()), org.quicktheories.api.Pair.of(1, otherSessions()))).ofSizeBetween(0, 3);
        Gen<List<SorenessReport>> soreness = lists().of(reports()).ofSizeBetween(0, 4);
        Gen<List<Modality>> missing = lists().of(Generate.pick(equipment)).ofSizeBetween(0, 3);
        return sessions.zip(Generate.enumValues(TrainingPhase.class), soreness, missing,
                (s, phase, r, m) -> new RecoveryDay(Days.DATE, s, phase, r, new HashSet<>(m)));
    }

    private static Set<BodyRegion> red(RecoveryDay day) {
        EnumSet<BodyRegion> out = EnumSet.noneOf(BodyRegion.class);
        day.soreness().stream().filter(r -> r.level() == TriageLevel.RED).forEach(r -> out.add(r.region()));
        return out;
    }

    private static Set<Source> catalogueSources() throws IllegalAccessException {
        Set<Source> out = new HashSet<>();
        for (Field f : Sources.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Source.class) {
                out.add((Source) f.get(null));
            }
        }
        return out;
    }

    @Test
    void everyItemAndCautionNamesARuleAndAKnownSource() throws IllegalAccessException {
        Set<Source> known = catalogueSources();
        Set<String> ruleIds = Arrays.stream(RecoveryRule.values()).map(RecoveryRule::id).collect(Collectors.toSet());
        qt().forAll(days()).check(day -> {
            Prescription p = Prescriber.prescribe(day);
            List<Reason> all = new ArrayList<>(p.notes());
            p.items().forEach(i -> {
                all.add(i.reason());
                all.addAll(i.cautions());
            });
            return all.stream().allMatch(r -> known.contains(r.source()) && ruleIds.contains(r.ruleId()));
        });
    }

    @Test
    void everyDoseStaysWithinItsCatalogueRange() {
        qt().forAll(days()).check(day -> Prescriber.prescribe(day).items().stream()
                .allMatch(i -> i.dose().within(i.modality().entry().dose())));
    }

    @Test
    void coldPlungeNeverComesRightAfterTrainingInBaseBuildOrPeakWeeks() {
        qt().forAll(days()).check(day -> !day.phase().buildsFitness() || Prescriber.prescribe(day).itemsOf(Modality.COLD_PLUNGE)
                .stream().noneMatch(i -> i.slot() == Slot.RIGHT_AFTER));
    }

    @Test
    void coldPlungeNeverExceedsTenMinutes() {
        qt().forAll(days()).check(day -> Prescriber.prescribe(day).itemsOf(Modality.COLD_PLUNGE).stream()
                .allMatch(i -> i.minutes().max() <= Catalogue.COLD_PLUNGE_MAX_MINUTES));
    }

    @Test
    void redAlwaysStartsWithStopAndSeeAProfessional() {
        qt().forAll(days()).check(day -> {
            Prescription p = Prescriber.prescribe(day);
            boolean stop = !p.items().isEmpty() && p.items().get(0).modality() == Modality.SEE_A_PROFESSIONAL;
            return red(day).isEmpty() ? !p.has(Modality.SEE_A_PROFESSIONAL) : stop;
        });
    }

    @Test
    void redRegionIsNeverRolledOrMassaged() {
        qt().forAll(days()).check(day -> {
            Set<BodyRegion> offLimits = Prescriber.offLimits(red(day));
            return Prescriber.prescribe(day).items().stream().filter(i -> SOFT_TISSUE.contains(i.modality()))
                    .allMatch(i -> Collections.disjoint(i.targets(), offLimits));
        });
    }

    @Test
    void redDayNeverRunsNorHeats() {
        qt().forAll(days()).check(day -> {
            Prescription p = Prescriber.prescribe(day);
            return red(day).isEmpty() || (!p.has(Modality.DYNAMIC_WARM_UP)
                    && p.items().stream().noneMatch(i -> i.modality().entry().heat()) && !p.has(Modality.COLD_PLUNGE));
        });
    }

    @Test
    void acuteRedInTheFirstSeventyTwoHoursAlwaysGetsRice() {
        qt().forAll(days()).check(day -> {
            Set<BodyRegion> acute = EnumSet.noneOf(BodyRegion.class);
            day.soreness().stream().filter(r -> r.level() == TriageLevel.RED && r.checkIn().onset() != Onset.DELAYED
                    && r.checkIn().hoursSinceRun() <= 72).forEach(r -> acute.add(r.region()));
            Set<BodyRegion> riced = EnumSet.noneOf(BodyRegion.class);
            Prescriber.prescribe(day).itemsOf(Modality.RICE).forEach(i -> riced.addAll(i.targets()));
            return riced.equals(acute);
        });
    }

    @Test
    void amberWithoutRedSwapsEveryRunForCrossTraining() {
        qt().forAll(days()).check(day -> {
            boolean amber = red(day).isEmpty() && day.soreness().stream().anyMatch(r -> r.level() == TriageLevel.AMBER);
            if (!amber) {
                return true;
            }
            long runs = day.sessions().stream().filter(s -> s instanceof Run).count();
            List<RecoveryItem> swaps = Prescriber.prescribe(day).itemsOf(Modality.CROSS_TRAINING);
            return swaps.size() == Math.max(1, runs) && swaps.stream().allMatch(i -> i.activity().isPresent()
                    && i.dose().get(Measure.SESSION_MINUTES).isPresent());
        });
    }

    @Test
    void prescriptionIsDeterministicAndIgnoresReportOrder() {
        qt().forAll(days()).check(day -> {
            List<SorenessReport> reversed = new ArrayList<>(day.soreness());
            Collections.reverse(reversed);
            Prescription p = Prescriber.prescribe(day);
            return p.equals(Prescriber.prescribe(day)) && p.equals(Prescriber.prescribe(day.withSoreness(reversed)));
        });
    }

    @Test
    void totalTimeIsTheSumOfTheItemsMinutes() {
        qt().forAll(days()).check(day -> {
            Prescription p = Prescriber.prescribe(day);
            double min = 0;
            double max = 0;
            for (Slot slot : Slot.values()) {
                for (RecoveryItem item : p.items(slot)) {
                    min += item.dose().minutes().min();
                    max += item.dose().minutes().max();
                }
            }
            return Math.abs(p.totalMinutes().min() - min) < 1e-9 && Math.abs(p.totalMinutes().max() - max) < 1e-9;
        });
    }

    @Test
    void timelineIsOrderedBySlot() {
        qt().forAll(days()).check(day -> {
            List<RecoveryItem> items = Prescriber.prescribe(day).items();
            for (int i = 1; i < items.size(); i++) {
                if (items.get(i).slot().compareTo(items.get(i - 1).slot()) < 0) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void everyDayHasSevenToNineHoursOfSleep() {
        qt().forAll(days()).check(day -> Prescriber.prescribe(day).itemsOf(Modality.SLEEP).stream()
                .anyMatch(i -> i.dose().get(Measure.HOURS_OF_SLEEP).equals(java.util.Optional.of(DoseRange.of(7, 9)))));
    }

    @Test
    void everyHeatItemCautionsAgainstHeatOnTheSkin() {
        qt().forAll(days()).check(day -> Prescriber.prescribe(day).items().stream().filter(i -> i.modality().entry().heat())
                .allMatch(i -> i.cautions().stream().anyMatch(c -> c.ruleId().equals(RecoveryRule.NO_HEAT_ON_SKIN.id()))));
    }

    @Test
    void saunaOnlyFollowsAHardSession() {
        qt().forAll(days()).check(day -> !Prescriber.prescribe(day).has(Modality.SAUNA_HEAT)
                || day.sessions().stream().anyMatch(Prescriber::isHard));
    }

    @Test
    void refuelFollowsEveryLongOrHardRunThatIsRun() {
        qt().forAll(days()).check(day -> {
            boolean runsKept = day.soreness().stream().allMatch(r -> r.level() == TriageLevel.GREEN);
            boolean needs = runsKept && day.sessions().stream().anyMatch(s -> s instanceof Run
                    && (Prescriber.isHard(s) || s.duration().toMinutes() > 60 || s.duration().compareTo(Duration.ofMinutes(60)) > 0));
            return !needs || Prescriber.prescribe(day).has(Modality.REFUEL);
        });
    }

    @Test
    void restDayWithoutRedGetsSleepHydrationWalkingAndMobility() {
        Set<Modality> mobility = EnumSet.of(Modality.WALL_DORSIFLEXION_STRETCH, Modality.WALL_ANKLE_ISOMETRIC,
                Modality.HAMSTRING_ISOMETRIC, Modality.HIP_90_90_INTERNAL_ROTATION, Modality.HIP_90_90_EXTERNAL_ROTATION,
                Modality.YOGA);
        qt().forAll(days()).check(day -> {
            if (!day.isRestDay() || !red(day).isEmpty()) {
                return true;
            }
            Prescription p = Prescriber.prescribe(day);
            return p.has(Modality.SLEEP) && p.has(Modality.HYDRATION) && p.has(Modality.ACTIVE_RECOVERY_WALK)
                    && p.items().stream().anyMatch(i -> mobility.contains(i.modality()));
        });
    }
}
