package dev.recovery.core.readiness;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.recovery.core.source.Reason;
import dev.recovery.core.triage.TriageLevel;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of readiness over every triage level, check-in age and combination of load warnings. */
class ReadinessPropertiesTest {

    private static final List<Reason> ALL_FLAGS = List.of(ReadinessTest.ACWR_DANGER, ReadinessTest.MONOTONY_CRITICAL,
            ReadinessTest.FORM_HIGH_RISK, ReadinessTest.SPIKE, ReadinessTest.ACWR_CAUTION, ReadinessTest.SHOE);

    /** A triage level (or none, as -1) and a check-in age in days. */
    private static Gen<Optional<DatedTriage>> latest() {
        return integers().between(-1, 2).zip(integers().between(0, 20), (level, age) -> level < 0 ? Optional.<DatedTriage>empty()
                : ReadinessTest.triage(TriageLevel.values()[level], ReadinessTest.DAY.minusDays(age)));
    }

    private static Gen<List<Reason>> flags() {
        return lists().of(integers().between(0, ALL_FLAGS.size() - 1)).ofSizeBetween(0, 8)
                .map(indices -> indices.stream().map(ALL_FLAGS::get).toList());
    }

    @Test
    void readinessIsNeverBelowTheTriageLevel() {
        qt().forAll(latest(), flags()).check((latest, flags) -> {
            Readiness r = Readiness.of(ReadinessTest.DAY, latest, flags);
            return latest.map(t -> r.level().compareTo(t.level()) >= 0).orElse(true);
        });
    }

    @Test
    void addingALoadWarningNeverLowersTheLevel() {
        qt().forAll(latest(), flags(), integers().between(0, ALL_FLAGS.size() - 1)).check((latest, flags, extra) -> {
            List<Reason> more = new ArrayList<>(flags);
            more.add(ALL_FLAGS.get(extra));
            return Readiness.of(ReadinessTest.DAY, latest, more).level()
                    .compareTo(Readiness.of(ReadinessTest.DAY, latest, flags).level()) >= 0;
        });
    }

    @Test
    void loadRaisesAtMostToAmber() {
        qt().forAll(latest(), flags()).check((latest, flags) -> {
            Readiness r = Readiness.of(ReadinessTest.DAY, latest, flags);
            TriageLevel base = latest.map(DatedTriage::level).orElse(TriageLevel.GREEN);
            return base == TriageLevel.GREEN ? r.level() != TriageLevel.RED : r.level() == base;
        });
    }

    @Test
    void withoutRaisingWarningsTheLevelIsTheTriageLevel() {
        qt().forAll(latest()).check(latest -> Readiness.of(ReadinessTest.DAY, latest,
                List.of(ReadinessTest.ACWR_CAUTION, ReadinessTest.SHOE)).level() == latest.map(DatedTriage::level).orElse(TriageLevel.GREEN));
    }

    @Test
    void readinessIsDeterministic() {
        qt().forAll(latest(), flags()).check((latest, flags) ->
                Readiness.of(ReadinessTest.DAY, latest, flags).equals(Readiness.of(ReadinessTest.DAY, latest, List.copyOf(flags))));
    }

    @Test
    void everyLoadWarningGivenIsListed() {
        qt().forAll(latest(), flags()).check((latest, flags) ->
                Readiness.of(ReadinessTest.DAY, latest, flags).reasons().containsAll(flags));
    }

    @Test
    void aCheckInIsStaleExactlyFromThreeDaysOld() {
        qt().forAll(latest(), flags()).check((latest, flags) -> Readiness.of(ReadinessTest.DAY, latest, flags).checkInStale()
                == latest.map(t -> ChronoUnit.DAYS.between(t.checkInDate(), ReadinessTest.DAY) >= Readiness.STALE_AFTER_DAYS).orElse(false));
    }
}
