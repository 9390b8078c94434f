package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.importer.ImportOptions;
import dev.recovery.importer.Importer;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.dedup.ImportPlan;
import dev.recovery.importer.dedup.JournalKeys;
import dev.recovery.importer.fixture.Tracks;
import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single GPX and TCX files: each activity's type, the speed rule, {@code --as}, and one bad activity among several. */
class TrackFileImportTest {

    private static final Instant START = Instant.parse("2024-03-05T07:30:00Z");

    @TempDir
    Path dir;

    private ImportPlan plan(String name, String content, ImportOptions options) throws IOException {
        return Importer.plan(Files.writeString(dir.resolve(name), content), options, JournalKeys.empty());
    }

    private ImportPlan plan(String name, String content) throws IOException {
        return plan(name, content, ImportOptions.defaults());
    }

    @Test
    void garminsUnderscoredTypesAreRead() throws IOException {
        for (Map.Entry<String, ActivityKind> e : Map.of("road_biking", ActivityKind.BIKE, "mountain_biking", ActivityKind.BIKE,
                "indoor_cycling", ActivityKind.BIKE, "trail_running", ActivityKind.RUN, "running", ActivityKind.RUN,
                "9", ActivityKind.RUN, "1", ActivityKind.BIKE).entrySet()) {
            ImportPlan plan = plan(e.getKey() + ".gpx", Tracks.gpx11(START, 1801, 3.0, 140, e.getKey()));
            assertEquals(e.getValue(), plan.toAdd().get(0).kind(), e.getKey());
        }
    }

    @Test
    void anUntypedFortyKilometreRideAtTwentyFiveKmhIsARide() throws IOException {
        ImportPlan plan = plan("ride.gpx", Tracks.gpx11(START, 5760, 25 / 3.6, 130, null));
        ImportedActivity a = plan.toAdd().get(0);
        assertEquals(ActivityKind.BIKE, a.kind());
        assertEquals(CrossActivity.BIKE, ((CrossTraining) a.session()).activity());
        assertEquals(1, plan.notices().size());
        assertTrue(plan.notices().get(0).message().contains("taken as a ride"), plan.notices().toString());
    }

    @Test
    void anUntypedFastRunIsStillARun() throws IOException {
        ImportPlan plan = plan("run.gpx", Tracks.gpx11(START, 3000, 4.5, 160, null));
        assertEquals(ActivityKind.RUN, plan.toAdd().get(0).kind());
        assertTrue(plan.notices().get(0).message().contains("taken as a run"), plan.notices().toString());
    }

    @Test
    void asOverridesTheFilesTypeForOneFile() throws IOException {
        ImportPlan plan = plan("walk.gpx", Tracks.gpx11(START, 3600, 1.4, 100, "running"), ImportOptions.defaults().withAs(ActivityKind.WALK));
        assertEquals(ActivityKind.WALK, plan.toAdd().get(0).kind());
        assertEquals(0, plan.notices().size());
    }

    @Test
    void aTcxOfSportOtherIsJudgedBySpeed() throws IOException {
        ImportPlan plan = plan("other.tcx", Tracks.tcx("Other", START, 3600, 9.0, 120, true));
        assertEquals(ActivityKind.BIKE, plan.toAdd().get(0).kind());
    }

    @Test
    void eachTrackOfAGpxDecidesForItself() throws IOException {
        String run = Tracks.gpx11(START, 1801, 3.0, 140, "running");
        String ride = Tracks.gpx11(START.plusSeconds(7200), 1801, 8.0, 120, "road_biking");
        String both = run.substring(0, run.indexOf("</gpx>")) + ride.substring(ride.indexOf("<trk>"));
        ImportPlan plan = plan("two.gpx", both);
        assertEquals(2, plan.toAdd().size());
        assertEquals(ActivityKind.RUN, plan.toAdd().get(0).kind());
        assertEquals(ActivityKind.BIKE, plan.toAdd().get(1).kind());
    }

    @Test
    void oneActivityWithoutDistanceDoesNotStopAMultiActivityTcx() throws IOException {
        String good = Tracks.tcx("Running", START, 1800, 3.0, 145, true);
        String treadmill = "<Activity Sport=\"Running\"><Id>2024-03-06T07:30:00Z</Id><Lap StartTime=\"2024-03-06T07:30:00Z\">"
                + "<TotalTimeSeconds>1800</TotalTimeSeconds><Intensity>Active</Intensity></Lap></Activity>";
        String two = good.replace("</Activities>", treadmill + "</Activities>");
        ImportPlan plan = plan("two.tcx", two);
        assertEquals(1, plan.toAdd().size());
        assertEquals(1, plan.problems().size());
        assertTrue(plan.problems().get(0).toString().contains("two.tcx activity 2: distance"), plan.problems().toString());
    }

    @Test
    void aLoneActivityThatCannotBeImportedRefusesTheFile() throws IOException {
        String treadmill = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>2024-03-06T07:30:00Z</Id>"
                + "<Lap StartTime=\"2024-03-06T07:30:00Z\"><TotalTimeSeconds>1800</TotalTimeSeconds></Lap></Activity></Activities></TrainingCenterDatabase>";
        Path tcx = Files.writeString(dir.resolve("one.tcx"), treadmill);
        ImportException e = assertThrows(ImportException.class, () -> Importer.plan(tcx, ImportOptions.defaults(), JournalKeys.empty()));
        assertTrue(e.getMessage().contains("distance"), e.getMessage());
    }

    @Test
    void heartRateIsKeptOnStrengthAndYoga() throws IOException {
        ImportedActivity yoga = plan("yoga.gpx", Tracks.gpx11(START, 1801, 0, 95, "yoga")).toAdd().get(0);
        assertEquals(ActivityKind.YOGA, yoga.kind());
        assertTrue(yoga.avgHeartRate().isPresent());
        assertTrue(yoga.maxHeartRate().isPresent());
        ImportedActivity strength = plan("gym.gpx", Tracks.gpx11(START, 1801, 0, 110, "strength_training")).toAdd().get(0);
        assertEquals(ActivityKind.STRENGTH, strength.kind());
        assertTrue(strength.avgHeartRate().isPresent());
    }
}
