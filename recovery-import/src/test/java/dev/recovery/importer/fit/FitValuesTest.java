package dev.recovery.importer.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.track.RecordedActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The profile's values as a runner meets them: sports, kinds of file, base types, times, and the checks on sessions and laps. */
class FitValuesTest {

    private static Optional<ActivityKind> kind(int sport, int subSport) {
        return new FitSport(sport, subSport).kind();
    }

    @Test
    void cyclingAndEBikingAreRides() {
        assertEquals(Optional.of(ActivityKind.BIKE), kind(2, 0));
        assertEquals(Optional.of(ActivityKind.BIKE), kind(21, 0));
    }

    @Test
    void swimmingIsASwimAndWalkingAWalk() {
        assertEquals(Optional.of(ActivityKind.SWIM), kind(5, 17));
        assertEquals(Optional.of(ActivityKind.WALK), kind(11, 0));
    }

    @Test
    void hiitIsStrength() {
        assertEquals(Optional.of(ActivityKind.STRENGTH), kind(62, 0));
    }

    @Test
    void fitnessEquipmentIsWhatItsSubSportSays() {
        assertEquals(Optional.of(ActivityKind.RUN), kind(4, 45));
        assertEquals(Optional.of(ActivityKind.WALK), kind(4, 27));
        assertEquals(Optional.of(ActivityKind.BIKE), kind(4, 5));
        assertEquals(Optional.of(ActivityKind.BIKE), kind(4, 6));
        assertEquals(Optional.of(ActivityKind.STRENGTH), kind(4, 20));
        assertEquals(Optional.of(ActivityKind.STRENGTH), kind(4, 26));
        assertEquals(Optional.of(ActivityKind.STRENGTH), kind(4, 70));
        assertEquals(Optional.of(ActivityKind.YOGA), kind(4, 43));
        assertEquals(Optional.of(ActivityKind.YOGA), kind(4, 44));
        assertEquals(Optional.of(ActivityKind.YOGA), kind(4, 19));
    }

    @Test
    void otherFitnessEquipmentIsNotLogged() {
        assertEquals(Optional.empty(), kind(4, 0));
        assertEquals(Optional.empty(), kind(4, 14));
    }

    @Test
    void trainingIsStrengthUnlessItIsYogaPilatesOrFlexibility() {
        assertEquals(Optional.of(ActivityKind.STRENGTH), kind(10, 0));
        assertEquals(Optional.of(ActivityKind.YOGA), kind(10, 44));
        assertEquals(Optional.of(ActivityKind.YOGA), kind(10, 19));
    }

    @Test
    void genericIsYogaOrPilatesOnlyBySubSport() {
        assertEquals(Optional.of(ActivityKind.YOGA), kind(0, 43));
        assertEquals(Optional.of(ActivityKind.YOGA), kind(0, 44));
        assertEquals(Optional.empty(), kind(0, 0));
    }

    @Test
    void aSwimToBikeOrBikeToRunIsATransition() {
        assertTrue(new FitSport(0, 34).isTransition());
        assertTrue(new FitSport(0, 32).isTransition());
        assertFalse(new FitSport(0, 31).isTransition());
    }

    @Test
    void runningsLabelsNameTheSubSport() {
        assertEquals("running", new FitSport(1, 0).label());
        assertEquals("treadmill running", new FitSport(1, 1).label());
        assertEquals("treadmill running", new FitSport(1, 45).label());
        assertEquals("track running", new FitSport(1, 4).label());
        assertEquals("cycling", new FitSport(2, 3).label());
    }

    @Test
    void theLastNamedSportHasItsNameAndTheNextItsNumber() {
        assertEquals("baseball", new FitSport(49, 0).label());
        assertEquals("sport 50", new FitSport(50, 0).label());
    }

    @Test
    void sportNumbersOutsideTheEnumReadAsGeneric() {
        assertEquals(new FitSport(254, 254), FitSport.of(254, 254));
        assertEquals(new FitSport(0, 0), FitSport.of(255, 255));
        assertEquals(new FitSport(0, 7), FitSport.of(-1, 7));
    }

    @Test
    void aSubSportOutsideTheEnumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FitSport(1, 255));
        assertThrows(IllegalArgumentException.class, () -> new FitSport(1, -1));
    }

    @Test
    void fileTypesHaveTheirNumbersAndReadableNames() {
        assertEquals(FitFileType.MONITORING_B, FitFileType.of(32));
        assertEquals("monitoring b", FitFileType.MONITORING_B.label());
        assertEquals(4, FitFileType.ACTIVITY.number());
        assertEquals(FitFileType.OTHER, FitFileType.of(255));
        assertEquals(-1, FitFileType.OTHER.number());
    }

    @Test
    void onlyMultiByteTypesCarryTheEndianFlag() {
        assertEquals(0x02, FitBaseType.UINT8.definitionByte());
        assertEquals(0x84, FitBaseType.UINT16.definitionByte());
        assertEquals(0x07, FitBaseType.STRING.definitionByte());
        assertEquals(4, FitBaseType.UINT16.number());
    }

    @Test
    void theBaseTypeByteIsReadFromItsLowFiveBits() {
        assertEquals(Optional.of(FitBaseType.UINT64Z), FitBaseType.of(0x90));
        assertEquals(Optional.of(FitBaseType.ENUM), FitBaseType.of(0x20));
        assertEquals(Optional.empty(), FitBaseType.of(0x11));
    }

    @Test
    void eachBaseTypesInvalidValueIsItsOwn() {
        assertTrue(FitBaseType.SINT16.isInvalid(0x7FFF));
        assertFalse(FitBaseType.SINT16.isInvalid(0x7FFE));
        assertFalse(FitBaseType.SINT16.isInvalid(0xFFFF));
        assertTrue(FitBaseType.UINT16.isInvalid(0xFFFF));
        assertTrue(FitBaseType.UINT32Z.isInvalid(0));
        assertFalse(FitBaseType.UINT32Z.isInvalid(0xFFFF_FFFFL));
        assertTrue(FitBaseType.SINT64.isInvalid(Long.MAX_VALUE));
        assertTrue(FitBaseType.FLOAT64.isInvalid(-1));
        assertEquals(0xFFFF_FFFFL, FitBaseType.UINT32.invalid());
        assertTrue(FitBaseType.SINT8.signed());
        assertFalse(FitBaseType.UINT8.signed());
    }

    @Test
    void fitTimeCountsFromTheProtocolsEpoch() {
        assertEquals(0, FitProfile.fitSeconds(FitProfile.EPOCH));
        assertEquals(Instant.parse("1989-12-31T00:00:01Z"), FitProfile.instant(1));
        assertEquals(0xFFFF_FFFEL, FitProfile.fitSeconds(FitProfile.instant(0xFFFF_FFFEL)));
    }

    @Test
    void aTimeBeforeTheEpochIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FitProfile.fitSeconds(FitProfile.EPOCH.minusSeconds(1)));
        assertTrue(e.getMessage().startsWith("time: "), e.getMessage());
    }

    @Test
    void aTimeAtTheInvalidValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FitProfile.fitSeconds(FitProfile.instant(0xFFFF_FFFFL)));
    }

    private static FitSession session(Duration elapsed, Duration timer, double metres, int laps, int records) {
        return new FitSession(new FitSport(1, 0), Instant.EPOCH, elapsed, timer, metres, OptionalInt.of(150), OptionalInt.of(170),
                List.of(), laps, records);
    }

    @Test
    void aSessionOfZerosIsAccepted() {
        assertEquals(0, session(Duration.ZERO, Duration.ZERO, 0, 0, 0).records());
    }

    @Test
    void aSessionWithANegativeValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> session(Duration.ofSeconds(-1), Duration.ZERO, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> session(Duration.ZERO, Duration.ofSeconds(-1), 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> session(Duration.ZERO, Duration.ZERO, -0.01, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> session(Duration.ZERO, Duration.ZERO, Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> session(Duration.ZERO, Duration.ZERO, 0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> session(Duration.ZERO, Duration.ZERO, 0, 0, -1));
    }

    @Test
    void aSessionAsATrackSummaryHasItsLabelMovingTimeAndHeartRate() {
        FitSession s = new FitSession(new FitSport(1, 3), Instant.EPOCH, Duration.ofSeconds(100), Duration.ofSeconds(90), 500,
                OptionalInt.of(150), OptionalInt.of(170), List.of(), 1, 12);
        assertEquals(new RecordedActivity(Optional.of("trail running"), Optional.empty(), Optional.of(Instant.EPOCH),
                Duration.ofSeconds(90), 500, OptionalInt.of(150), OptionalInt.of(170), 12), s.toRecorded());
    }

    @Test
    void aLapWithANegativeValueIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new FitLap(Optional.empty(), Duration.ofSeconds(-1), Duration.ZERO, 0, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new FitLap(Optional.empty(), Duration.ZERO, Duration.ofSeconds(-1), 0, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new FitLap(Optional.empty(), Duration.ZERO, Duration.ZERO, -1, OptionalInt.empty()));
        assertEquals(0, new FitLap(Optional.empty(), Duration.ZERO, Duration.ZERO, 0, OptionalInt.empty()).metres());
    }

    @Test
    void aMessageGivesATimeFieldAsAnInstant() {
        FitMessage m = new FitMessage(20, new int[] {253}, new long[] {60}, new String[1], 1, 0);
        assertEquals(Optional.of(FitProfile.instant(60)), m.time(253));
        assertEquals(Optional.empty(), m.time(2));
        assertEquals(20, m.global());
    }

    @Test
    void onlyTheCountedFieldsOfAMessageAreFields() {
        FitMessage m = new FitMessage(20, new int[] {3, 5}, new long[] {1, 2}, new String[2], 1, 0);
        assertEquals(1, m.value(3).orElseThrow());
        assertFalse(m.value(5).isPresent());
        assertEquals("FitMessage[20 [3]]", m.toString());
    }

    @Test
    void contentsNeedAWorkoutOrNone() {
        assertThrows(IllegalArgumentException.class, () -> new FitContents(List.of(), List.of(), null));
        assertEquals(List.of(FitFileType.WEIGHT), new FitContents(List.of(FitFileType.WEIGHT, FitFileType.ACTIVITY,
                FitFileType.WEIGHT), List.of(), Optional.empty()).nonActivityTypes());
    }
}
