package dev.recovery.core.readiness;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.recovery.core.episode.DatedCheckIn;
import dev.recovery.core.episode.SorenessHistory;
import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.CheckInGenerators;
import dev.recovery.core.triage.PropertyExamples;
import dev.recovery.core.triage.TriageLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Readiness from the soreness history over generated multi-day histories and load warnings. */
class ReadinessFromEpisodesPropertiesTest {

    private static final int EXAMPLES = PropertyExamples.upTo(300);
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate DAY = START.plusDays(20);
    private static final List<Reason> WARNINGS = List.of(
            Reason.of("load-acwr-danger", "Ratio 1.6.", Sources.GABBETT_2016),
            Reason.of("load-acwr-caution", "Ratio 1.4.", Sources.GABBETT_2016),
            Reason.of("load-single-run-spike", "A long run.", Sources.BJSM_2025_SPIKE));

    private static Gen<SorenessHistory> histories() {
        Gen<DatedCheckIn> dated = integers().between(0, 20).zip(CheckInGenerators.checkIns(),
                (d, c) -> DatedCheckIn.of(START.plusDays(d), c));
        return lists().of(dated).ofSizeBetween(0, 8).map(SorenessHistory::of);
    }

    private static Gen<List<Reason>> flags() {
        return lists().of(Generate.pick(WARNINGS)).ofSizeBetween(0, 3);
    }

    @Test
    void readinessIsNeverBelowTheWorstOpenEpisode() {
        qt().withExamples(EXAMPLES).forAll(histories(), flags())
                .check((h, f) -> Readiness.of(DAY, h, f).level().compareTo(h.on(DAY).level()) >= 0);
    }

    @Test
    void loadRaisesAtMostToAmberAndNeverChangesAmberOrRed() {
        qt().withExamples(EXAMPLES).forAll(histories(), flags()).check((h, f) -> {
            TriageLevel legs = h.on(DAY).level();
            TriageLevel day = Readiness.of(DAY, h, f).level();
            return legs == TriageLevel.GREEN ? day != TriageLevel.RED : day == legs;
        });
    }

    @Test
    void withoutWarningsReadinessIsTheEpisodesLevel() {
        qt().withExamples(EXAMPLES).forAll(histories())
                .check(h -> Readiness.of(DAY, h, List.of()).level() == h.on(DAY).level());
    }

    @Test
    void readinessIsAPureFunctionOfTheHistoryTheWarningsAndTheDate() {
        qt().withExamples(EXAMPLES).forAll(histories(), flags())
                .check((h, f) -> Readiness.of(DAY, h, f).equals(Readiness.of(DAY, h, f)));
    }
}
