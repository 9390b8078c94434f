package dev.recovery.core.load;

import static dev.recovery.core.load.VolumeTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShoeMileageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private static TrainingLog runsIn(String shoe, int count, double km) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(run(DAY.plusDays(i), km).withShoe(shoe));
        }
        return TrainingLog.of(runs);
    }

    @Test
    void mileageAddsUpPerShoeIgnoringCase() {
        TrainingLog log = TrainingLog.of(run(DAY, 10).withShoe("Pegasus"), run(DAY.plusDays(1), 5).withShoe("pegasus "),
                run(DAY.plusDays(2), 8).withShoe("Clifton"), run(DAY.plusDays(3), 20));
        List<ShoeMileage> shoes = ShoeMileage.of(log, DAY.plusDays(10));
        assertEquals(2, shoes.size());
        assertEquals("Pegasus", shoes.get(0).shoe());
        assertEquals(15, shoes.get(0).distance().km(), 1e-9);
        assertEquals(2, shoes.get(0).runs());
        assertEquals(DAY.plusDays(1), shoes.get(0).lastRun());
    }

    @Test
    void runsAfterTheDateAreNotCounted() {
        assertEquals(3 * 10, ShoeMileage.of(runsIn("A", 5, 10), DAY.plusDays(2)).get(0).distance().km(), 1e-9);
    }

    @Test
    void kilometreThresholdsAre480And800() {
        assertEquals(ShoeStatus.FINE, ShoeStatus.of(Distance.ofKm(479.9), DistanceUnit.KM));
        assertEquals(ShoeStatus.WORN, ShoeStatus.of(Distance.ofKm(480), DistanceUnit.KM));
        assertEquals(ShoeStatus.WORN, ShoeStatus.of(Distance.ofKm(799.9), DistanceUnit.KM));
        assertEquals(ShoeStatus.REPLACE, ShoeStatus.of(Distance.ofKm(800), DistanceUnit.KM));
    }

    @Test
    void mileThresholdsAre300And500() {
        assertEquals(ShoeStatus.FINE, ShoeStatus.of(Distance.ofMiles(299.9), DistanceUnit.MI));
        assertEquals(ShoeStatus.WORN, ShoeStatus.of(Distance.ofMiles(300), DistanceUnit.MI));
        assertEquals(ShoeStatus.REPLACE, ShoeStatus.of(Distance.ofMiles(500), DistanceUnit.MI));
    }

    @Test
    void aWornShoeWarnsAndAReplacedOneSaysSo() {
        ShoeMileage worn = ShoeMileage.of(runsIn("Old", 50, 10), DAY.plusDays(100)).get(0);
        assertEquals("load-shoe-worn", worn.reason(DistanceUnit.KM).get().ruleId());
        ShoeMileage done = ShoeMileage.of(runsIn("Older", 80, 10), DAY.plusDays(100)).get(0);
        assertEquals("load-shoe-replace", done.reason(DistanceUnit.KM).get().ruleId());
        assertTrue(ShoeMileage.of(runsIn("New", 5, 10), DAY.plusDays(100)).get(0).reason(DistanceUnit.KM).isEmpty());
    }

    @Test
    void aShoeAtExactlyThreeHundredMilesIsWornAndAMillimetreLessIsFine() {
        long threeHundredMiles = 300L * 1_609_344;
        assertEquals(ShoeStatus.WORN, ShoeStatus.of(new Distance(threeHundredMiles), DistanceUnit.MI));
        assertEquals(ShoeStatus.FINE, ShoeStatus.of(new Distance(threeHundredMiles - 1), DistanceUnit.MI));
    }

    @Test
    void aShoeAtExactlyEightHundredKilometresIsReplacedAndAMillimetreLessIsWorn() {
        assertEquals(ShoeStatus.REPLACE, ShoeStatus.of(new Distance(800_000_000), DistanceUnit.KM));
        assertEquals(ShoeStatus.WORN, ShoeStatus.of(new Distance(799_999_999), DistanceUnit.KM));
    }

    @Test
    void aShoeAtExactlyFourHundredEightyKilometresIsWornAndAMillimetreLessIsFine() {
        assertEquals(ShoeStatus.WORN, ShoeStatus.of(new Distance(480_000_000), DistanceUnit.KM));
        assertEquals(ShoeStatus.FINE, ShoeStatus.of(new Distance(479_999_999), DistanceUnit.KM));
    }

    @Test
    void aShoeAtFiveHundredMilesIsReplacedAndAMillimetreLessIsWorn() {
        long fiveHundredMiles = 500L * 1_609_344;
        assertEquals(ShoeStatus.REPLACE, ShoeStatus.of(new Distance(fiveHundredMiles), DistanceUnit.MI));
        assertEquals(ShoeStatus.WORN, ShoeStatus.of(new Distance(fiveHundredMiles - 1), DistanceUnit.MI));
    }

    @Test
    void theMostWornShoeComesFirst() {
        TrainingLog log = TrainingLog.of(run(DAY, 5).withShoe("Light"), run(DAY.plusDays(1), 12).withShoe("Heavy"),
                run(DAY.plusDays(2), 6).withShoe("Light"));
        List<ShoeMileage> shoes = ShoeMileage.of(log, DAY.plusDays(5));
        assertEquals(List.of("Heavy", "Light"), shoes.stream().map(ShoeMileage::shoe).toList());
        assertEquals(new Distance(11_000_000), shoes.get(1).distance());
    }

    @Test
    void aWornShoeNamesItsMileageAndTheReplacementPoint() {
        ShoeMileage worn = ShoeMileage.of(runsIn("Old", 50, 10), DAY.plusDays(100)).get(0);
        String message = worn.reason(DistanceUnit.KM).get().message();
        assertTrue(message.contains("Shoe 'Old' has 500.0 km on it, past 300 mi / 480 km"), message);
        ShoeMileage done = ShoeMileage.of(runsIn("Older", 80, 10), DAY.plusDays(100)).get(0);
        String replace = done.reason(DistanceUnit.KM).get().message();
        assertTrue(replace.contains("Shoe 'Older' has 800.0 km on it, past the 500 mi / 800 km replacement point: replace it."), replace);
    }
}
