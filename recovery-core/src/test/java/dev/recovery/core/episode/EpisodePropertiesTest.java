package dev.recovery.core.episode;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.triage.CheckInGenerators;
import dev.recovery.core.triage.PropertyExamples;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.PainScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The invariants of episodes over generated multi-day sequences of check-ins. */
class EpisodePropertiesTest {

    private static final int EXAMPLES = PropertyExamples.upTo(500);
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final List<Symptom> RED_FLAG_SYMPTOMS = java.util.Arrays.stream(Symptom.values())
            .filter(Symptom::isRedFlag).toList();

    /** A check-in on one of the first 30 days; few regions, so that episodes of one spot build up. */
    private static Gen<DatedCheckIn> datedCheckIns() {
        Gen<dev.recovery.core.unit.BodyRegion> regions = Generate.pick(List.of(dev.recovery.core.unit.BodyRegion.CALF,
                dev.recovery.core.unit.BodyRegion.SHIN, dev.recovery.core.unit.BodyRegion.KNEE));
        return integers().between(0, 29).zip(CheckInGenerators.checkIns(), regions,
                (d, c, r) -> DatedCheckIn.of(START.plusDays(d), c.toBuilder().region(r).build()));
    }

    /** Sequences of 1-12 check-ins in date order. */
    private static Gen<List<DatedCheckIn>> sequences() {
        return lists().of(datedCheckIns()).ofSizeBetween(1, 12).map(l -> {
            List<DatedCheckIn> sorted = new ArrayList<>(l);
            sorted.sort(Comparator.comparing(DatedCheckIn::date));
            return sorted;
        });
    }

    private static LocalDate last(List<DatedCheckIn> seq) {
        return seq.get(seq.size() - 1).date();
    }

    @Test
    void aCheckInOfOneRegionNeverChangesAnotherRegionsOpenLevel() {
        qt().withExamples(EXAMPLES).forAll(sequences(), datedCheckIns()).check((seq, extra) -> {
            LocalDate date = extra.date().isBefore(last(seq)) ? last(seq) : extra.date();
            DatedCheckIn next = DatedCheckIn.of(date, extra.checkIn());
            Episodes before = SorenessHistory.of(seq).on(date);
            Episodes after = SorenessHistory.of(seq).plus(next).on(date);
            return before.open().stream().filter(e -> e.region() != next.checkIn().region())
                    .allMatch(e -> after.openEpisode(e.region(), e.side()).map(Episode::level).equals(Optional.of(e.level())));
        });
    }

    @Test
    void aRedEpisodeStaysRedUnderAnyLaterSelfReportsUntilAClearance() {
        qt().withExamples(EXAMPLES).forAll(sequences()).check(seq -> SorenessHistory.of(seq).on(last(seq)).all().stream()
                .filter(e -> e.course().stream().anyMatch(c -> c.level() == TriageLevel.RED))
                .allMatch(e -> e.level() == TriageLevel.RED && e.status() == EpisodeStatus.OPEN));
    }

    @Test
    void addingARedFlagToAnyCheckInNeverLowersTodaysLevel() {
        qt().withExamples(EXAMPLES).forAll(sequences(), integers().between(0, 11), Generate.pick(RED_FLAG_SYMPTOMS))
                .check((seq, i, flag) -> {
                    int at = i % seq.size();
                    List<DatedCheckIn> flagged = new ArrayList<>(seq);
                    flagged.set(at, DatedCheckIn.of(seq.get(at).date(), seq.get(at).checkIn().withSymptom(flag)));
                    return SorenessHistory.of(flagged).on(last(seq)).level()
                            .compareTo(SorenessHistory.of(seq).on(last(seq)).level()) >= 0;
                });
    }

    @Test
    void raisingThePainOfTheLatestCheckInNeverLowersTodaysLevel() {
        qt().withExamples(EXAMPLES).forAll(sequences(), integers().between(0, 10)).check((seq, more) -> {
            int at = seq.size() - 1;
            CheckIn c = seq.get(at).checkIn();
            List<DatedCheckIn> raised = new ArrayList<>(seq);
            raised.set(at, DatedCheckIn.of(seq.get(at).date(), c.withPain(PainScore.of(Math.max(more, c.pain().value())))));
            return SorenessHistory.of(raised).on(last(seq)).level()
                    .compareTo(SorenessHistory.of(seq).on(last(seq)).level()) >= 0;
        });
    }

    @Test
    void theOutcomeIsAPureFunctionOfTheSequenceAndTheDate() {
        qt().withExamples(EXAMPLES).forAll(sequences(), datedCheckIns()).check((seq, later) -> {
            LocalDate date = last(seq);
            SorenessHistory h = SorenessHistory.of(seq);
            DatedCheckIn future = DatedCheckIn.of(date.plusDays(1 + later.date().getDayOfMonth()), later.checkIn());
            return h.on(date).equals(SorenessHistory.of(seq).on(date)) && h.plus(future).on(date).equals(h.on(date));
        });
    }

    @Test
    void todaysLevelIsTheWorstOpenEpisodeAndNeverBelowTheLatestCheckInsOwnEpisode() {
        qt().withExamples(EXAMPLES).forAll(sequences()).check(seq -> {
            Episodes e = SorenessHistory.of(seq).on(last(seq));
            TriageLevel worst = e.open().stream().map(Episode::level).max(Comparator.naturalOrder()).orElse(TriageLevel.GREEN);
            return e.level() == worst;
        });
    }

    @Test
    void everyRedDayHasAnUrgencyAndNoOtherDayDoes() {
        qt().withExamples(EXAMPLES).forAll(sequences()).check(seq -> {
            Episodes e = SorenessHistory.of(seq).on(last(seq));
            return e.urgency().isPresent() == (e.level() == TriageLevel.RED);
        });
    }
}
