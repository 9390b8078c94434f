package dev.recovery.importer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportNotice;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The duplicate rule at its tolerances, and what a plan and its summary say. */
class DedupRulesTest {

    private static final Instant START = Instant.parse("2020-10-07T14:43:11Z");

    private static JournalKeys known(double metres) {
        return JournalKeys.of(List.of(), List.of(ImportKey.of(START, metres)));
    }

    private static ImportedActivity run(String sourceId, Instant start, double km) {
        return ImportedActivity.of(sourceId, start, ZoneOffset.UTC, ActivityKind.RUN, Duration.ofMinutes((long) (km * 6)),
                Optional.of(Distance.ofKm(km)), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), "a.gpx");
    }

    private static ImportedActivity yoga(Instant start) {
        return ImportedActivity.of(null, start, ZoneOffset.UTC, ActivityKind.YOGA, Duration.ofMinutes(30), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), "a.csv line 2");
    }

    @Test
    void startsExactlyAMinuteEarlierStillMatch() {
        assertTrue(known(10_000).matches(ImportKey.of(START.minusSeconds(JournalKeys.START_TOLERANCE_SECONDS), 10_000)));
        assertFalse(known(10_000).matches(ImportKey.of(START.minusSeconds(JournalKeys.START_TOLERANCE_SECONDS + 1), 10_000)));
    }

    @Test
    void shortSessionsMatchWithinOneHundredMetres() {
        assertTrue(known(1_000).matches(ImportKey.of(START, 1_100)));
        assertTrue(known(1_100).matches(ImportKey.of(START, 1_000)));
        assertFalse(known(1_000).matches(ImportKey.of(START, 1_100.5)));
    }

    @Test
    void longSessionsMatchWithinThreePercentOfTheLongerDistance() {
        // 3% of 10,309 m is 309.27 m; of 10,310 m, 309.3 m.
        assertTrue(known(10_000).matches(ImportKey.of(START, 10_309)));
        assertFalse(known(10_000).matches(ImportKey.of(START, 10_310)));
        assertTrue(known(10_309).matches(ImportKey.of(START, 10_000)));
        assertFalse(known(10_310).matches(ImportKey.of(START, 10_000)));
    }

    @Test
    void sessionsWithoutDistanceMatchByStartAlone() {
        assertTrue(known(0).matches(ImportKey.of(START.plusSeconds(30), 0)));
    }

    @Test
    void anyOfSeveralSessionsAtTheSameStartMayMatch() {
        JournalKeys keys = JournalKeys.of(List.of(), List.of(ImportKey.of(START, 5_000), ImportKey.of(START, 20_000)));
        assertTrue(keys.matches(ImportKey.of(START, 20_100)));
        assertTrue(keys.matches(ImportKey.of(START, 5_050)));
        assertFalse(keys.matches(ImportKey.of(START, 12_000)));
    }

    @Test
    void aKnownSourceIdIsADuplicateWhateverItsStart() {
        JournalKeys keys = JournalKeys.of(List.of("strava:42"), List.of());
        assertTrue(keys.contains(run("strava:42", START.plusSeconds(86_400), 10)));
        assertFalse(keys.contains(run("strava:43", START, 10)));
        assertEquals(1, keys.sourceIdCount());
    }

    @Test
    void anAddedActivityIsKnownByItsIdAndByItsStartAndDistance() {
        JournalKeys keys = JournalKeys.empty();
        assertEquals(0, keys.sourceIdCount());
        keys.add(run("strava:1", START, 10));
        assertEquals(1, keys.sourceIdCount());
        assertTrue(keys.contains(run("hash:abc", START.plusSeconds(20), 10.1)));
        assertFalse(keys.contains(run("hash:abc", START.plusSeconds(20), 12)));
    }

    @Test
    void aKeysDistanceIsTheActivitysOrZero() {
        assertEquals(10_000, ImportKey.of(run("strava:1", START, 10)).metres(), 1e-9);
        assertEquals(0, ImportKey.of(yoga(START)).metres());
        assertEquals(START, ImportKey.of(yoga(START)).start());
    }

    @Test
    void aKeyRefusesANegativeDistanceOrNoStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImportKey.of(START, -1));
        assertTrue(e.getMessage().startsWith("metres:"), e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> ImportKey.of((Instant) null, 0));
        assertTrue(none.getMessage().startsWith("start:"), none.getMessage());
    }

    @Test
    void aPlanSortsNewDuplicateSkippedProblemsAndNotices() {
        ImportPlan.Builder b = ImportPlan.builder(JournalKeys.of(List.of("strava:1"), List.of()));
        b.activity(run("strava:1", START, 10));
        b.activity(run("strava:2", START.plusSeconds(3_600), 10));
        b.activity(run("strava:3", START.plusSeconds(3_610), 10));
        b.skipped(new SkippedActivity("Kayaking", "a.csv line 4"));
        b.skipped(new SkippedActivity("Kayaking", "a.csv line 5"));
        b.skipped(new SkippedActivity("Rowing", "a.csv line 6"));
        b.problem(new ImportProblem("a.csv line 7", "date: '#error#' is not allowed"));
        b.notice(new ImportNotice("a.csv line 8", "no track file"));
        ImportPlan plan = b.build();
        assertEquals(List.of("strava:2"), plan.toAdd().stream().map(ImportedActivity::sourceId).toList());
        assertEquals(List.of("strava:1", "strava:3"), plan.duplicates().stream().map(ImportedActivity::sourceId).toList());
        ImportSummary s = plan.summary();
        assertEquals(new ImportSummary(1, 2, Map.of("Kayaking", 2, "Rowing", 1), 1, 1), s);
        assertEquals(3, s.skipped());
        assertEquals("added 1, duplicates 2, skipped 3 (Kayaking 2, Rowing 1), errors 1, notices 1", s.format());
    }

    @Test
    void aPlansListsCannotBeChanged() {
        ImportPlan plan = new ImportPlan(new ArrayList<>(List.of(yoga(START))), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        assertThrows(UnsupportedOperationException.class, () -> plan.toAdd().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.notices().add(new ImportNotice("x", "y")));
        assertEquals(0, plan.summary().notices());
    }

    @Test
    void progressGoesOnToTheListenerGivenAndNowhereElse() {
        List<String> seen = new ArrayList<>();
        ImportListener bar = new ImportListener() {
            @Override
            public void activity(ImportedActivity activity) {
                seen.add("activity");
            }

            @Override
            public void progress(long done, long total) {
                seen.add(done + "/" + total);
            }
        };
        ImportPlan.Builder b = ImportPlan.builder(JournalKeys.empty()).withProgress(bar);
        b.progress(5, 10);
        b.activity(yoga(START));
        assertEquals(List.of("5/10"), seen);
        assertEquals(1, b.build().toAdd().size());
        ImportPlan.builder(JournalKeys.empty()).progress(1, 1);
    }

    @Test
    void aSummaryWithNothingSkippedSaysSo() {
        assertEquals("added 0, duplicates 0, skipped 0, errors 0", new ImportSummary(0, 0, Map.of(), 0).format());
    }

    @Test
    void noticesAreNamedAfterTheErrors() {
        ImportSummary s = new ImportSummary(1, 0, Map.of("FIT monitoring b file", 1), 0, 2);
        assertEquals(1, s.skipped());
        assertEquals("added 1, duplicates 0, skipped 1 (FIT monitoring b file 1), errors 0, notices 2", s.format());
    }

    @Test
    void skippedTypesAreListedByName() {
        ImportSummary s = new ImportSummary(0, 0, Map.of("Rowing", 1, "Kayaking", 2), 0);
        assertEquals(List.of("Kayaking", "Rowing"), List.copyOf(s.skippedByType().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> s.skippedByType().put("Golf", 1));
        assertEquals(3, s.skipped());
    }
}
