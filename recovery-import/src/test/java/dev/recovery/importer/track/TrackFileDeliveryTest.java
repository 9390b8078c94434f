package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportNotice;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.safety.ImportException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How each activity of a single track file is delivered: kind, notice, skip or problem, in file order. */
class TrackFileDeliveryTest {

    private static final Instant START = Instant.parse("2024-03-05T07:30:00Z");

    /** Everything delivered, in order, as short strings. */
    private static final class Seen implements ImportListener {
        final List<String> events = new ArrayList<>();
        final List<ImportedActivity> activities = new ArrayList<>();
        final List<ImportNotice> notices = new ArrayList<>();

        @Override
        public void activity(ImportedActivity activity) {
            activities.add(activity);
            events.add("activity " + activity.kind().id() + " " + activity.origin());
        }

        @Override
        public void skipped(SkippedActivity skipped) {
            events.add("skipped " + skipped.type() + " " + skipped.origin());
        }

        @Override
        public void problem(ImportProblem problem) {
            events.add("problem " + problem);
        }

        @Override
        public void notice(ImportNotice notice) {
            notices.add(notice);
            events.add("notice " + notice.origin());
        }
    }

    private static RecordedActivity recorded(String type, double metres, Duration duration) {
        return new RecordedActivity(Optional.ofNullable(type), Optional.of("Lunch"), Optional.of(START), duration, metres,
                OptionalInt.of(140), OptionalInt.of(160), 100);
    }

    private static RecordedActivity untimed(String type) {
        return new RecordedActivity(Optional.ofNullable(type), Optional.empty(), Optional.empty(), Duration.ZERO, 1000,
                OptionalInt.empty(), OptionalInt.empty(), 3);
    }

    private static Seen deliver(List<RecordedActivity> activities, Optional<ActivityKind> as) {
        Seen seen = new Seen();
        TrackFileImport.deliver(activities, "a.gpx", "track", ZoneOffset.UTC, as, seen);
        return seen;
    }

    @Test
    void aFileWithNothingInItIsRefusedSayingWhatIsMissing() {
        ImportException e = assertThrows(ImportException.class, () -> deliver(List.of(), Optional.empty()));
        assertEquals("a.gpx: no track in the file; nothing to import", e.getMessage());
    }

    @Test
    void aLoneActivityIsNamedByTheFileAlone() {
        Seen seen = deliver(List.of(recorded("running", 5_000, Duration.ofMinutes(30))), Optional.empty());
        assertEquals(List.of("activity run a.gpx"), seen.events);
        ImportedActivity a = seen.activities.get(0);
        assertEquals(5_000, a.distance().orElseThrow().metres(), 1e-9);
        assertEquals(Duration.ofMinutes(30), a.duration());
        assertEquals(140, a.avgHeartRate().orElseThrow());
        assertEquals(160, a.maxHeartRate().orElseThrow());
        assertEquals("Lunch", a.name().orElseThrow());
        assertEquals(START, a.start());
        assertTrue(a.sourceId().startsWith("hash:"));
    }

    @Test
    void severalActivitiesAreNumberedInFileOrder() {
        Seen seen = deliver(List.of(recorded("running", 5_000, Duration.ofMinutes(30)), recorded("cycling", 20_000, Duration.ofMinutes(45)),
                recorded("Kayaking", 4_000, Duration.ofMinutes(50))), Optional.empty());
        assertEquals(List.of("activity run a.gpx track 1", "activity bike a.gpx track 2", "skipped Kayaking a.gpx track 3"), seen.events);
    }

    @Test
    void anUnstatedTypeIsJudgedBySpeedAndSaysSoAfterTheActivity() {
        Seen seen = deliver(List.of(recorded("Other", 40_000, Duration.ofMinutes(96))), Optional.empty());
        assertEquals(List.of("activity bike a.gpx", "notice a.gpx"), seen.events);
        assertTrue(seen.notices.get(0).message().endsWith("so it was taken as a ride. Use --as run, bike or walk if that is wrong."),
                seen.notices.get(0).message());
    }

    @Test
    void asWinsOverTheStatedTypeAndNeedsNoNotice() {
        Seen seen = deliver(List.of(recorded("Kayaking", 4_000, Duration.ofMinutes(50)), recorded(null, 40_000, Duration.ofMinutes(96))),
                Optional.of(ActivityKind.WALK));
        assertEquals(List.of("activity walk a.gpx track 1", "activity walk a.gpx track 2"), seen.events);
    }

    @Test
    void aLoneActivityWithoutTimesRefusesTheFile() {
        ImportException e = assertThrows(ImportException.class, () -> deliver(List.of(untimed("running")), Optional.empty()));
        assertEquals("a.gpx: no timed track points, so no start time; nothing to import", e.getMessage());
    }

    @Test
    void oneActivityWithoutTimesAmongSeveralIsAProblemAndTheRestImport() {
        Seen seen = deliver(List.of(untimed("running"), recorded("running", 5_000, Duration.ofMinutes(30))), Optional.empty());
        assertEquals(List.of("problem a.gpx track 1: no timed track points, so no start time; nothing to import",
                "activity run a.gpx track 2"), seen.events);
    }

    @Test
    void anActivityTheLogRefusesIsAProblemNamingTheField() {
        Seen seen = deliver(List.of(recorded("running", 0, Duration.ofMinutes(30)), recorded("running", 5_000, Duration.ofMinutes(30))),
                Optional.empty());
        assertEquals(2, seen.events.size());
        assertTrue(seen.events.get(0).startsWith("problem a.gpx track 1: distance"), seen.events.get(0));
    }

    @Test
    void aProblemWithAnUnstatedTypeGivesNoNotice() {
        Seen seen = deliver(List.of(untimed(null), recorded("running", 5_000, Duration.ofMinutes(30))), Optional.empty());
        assertEquals(0, seen.notices.size());
    }

    @Test
    void aRideWithoutDistanceImportsWithoutOne() {
        Seen seen = deliver(List.of(recorded("cycling", 0, Duration.ofMinutes(60))), Optional.empty());
        assertTrue(seen.activities.get(0).distance().isEmpty());
    }

    @Test
    void theSessionsDateIsInTheRunnersZone() {
        Seen seen = new Seen();
        RecordedActivity late = new RecordedActivity(Optional.of("yoga"), Optional.empty(), Optional.of(Instant.parse("2024-03-05T23:30:00Z")),
                Duration.ofMinutes(60), 0, OptionalInt.empty(), OptionalInt.empty(), 10);
        TrackFileImport.deliver(List.of(late), "y.tcx", "activity", ZoneId.of("Europe/Berlin"), Optional.empty(), seen);
        assertEquals(java.time.LocalDate.of(2024, 3, 6), seen.activities.get(0).session().date());
    }
}
