package dev.recovery.core.triage;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of arbitrary valid check-ins for the triage properties. Each field is two times in three
 * its mildest value and otherwise anything, and each symptom is rare, so that GREEN, AMBER and RED all
 * turn up often; hours favour the range where the rules change (0-100 h in tenths, the thresholds,
 * up to 400 h) but reach a year.
 */
final class CheckInGenerators {

    private CheckInGenerators() {
    }

    /** Hours on and either side of every threshold of docs/reference/triage.md. */
    private static final List<Double> THRESHOLD_HOURS = List.of(0.0, 11.9, 12.0, 24.0, 24.1, 25.0, 72.0, 72.1, 73.0,
            168.0, 168.1, 169.0, CheckIn.MAX_HOURS_SINCE_RUN);

    static Gen<Double> hours() {
        return Generate.frequency(List.of(
                Pair.of(4, Generate.range(0, 1_000).map(tenths -> tenths / 10.0)),
                Pair.of(2, Generate.pick(THRESHOLD_HOURS)),
                Pair.of(1, Generate.range(0, 400).map(Integer::doubleValue)),
                Pair.of(1, Generate.range(0, (int) CheckIn.MAX_HOURS_SINCE_RUN).map(Integer::doubleValue))));
    }

    static Gen<Integer> pain() {
        return mostly(2, Generate.range(PainScore.MIN, PainScore.MAX));
    }

    /** Each symptom present one time in twenty-five. */
    static Gen<Set<Symptom>> symptoms() {
        Gen<Integer> die = Generate.range(0, 24);
        return in -> {
            EnumSet<Symptom> present = EnumSet.noneOf(Symptom.class);
            for (Symptom symptom : Symptom.values()) {
                if (die.generate(in) == 0) {
                    present.add(symptom);
                }
            }
            return present;
        };
    }

    /** Any valid check-in. */
    static Gen<CheckIn> checkIns() {
        Gen<BodyRegion> regions = Generate.enumValues(BodyRegion.class);
        Gen<Side> sides = mostly(Side.BOTH, Generate.enumValues(Side.class));
        Gen<Integer> pains = pain();
        Gen<PainQuality> qualities = mostly(PainQuality.DULL_ACHY, Generate.enumValues(PainQuality.class));
        Gen<Spread> spreads = mostly(Spread.WIDESPREAD, Generate.enumValues(Spread.class));
        Gen<Onset> onsets = Generate.enumValues(Onset.class);
        Gen<Double> hours = hours();
        Gen<Trend> trends = Generate.enumValues(Trend.class);
        Gen<MovementResponse> movements = mostly(MovementResponse.EASES, Generate.enumValues(MovementResponse.class));
        Gen<Set<Symptom>> symptoms = symptoms();
        Gen<CheckIn> checkIns = in -> new CheckIn(regions.generate(in), sides.generate(in),
                PainScore.of(pains.generate(in)), qualities.generate(in), spreads.generate(in), onsets.generate(in),
                hours.generate(in), trends.generate(in), movements.generate(in), symptoms.generate(in));
        return checkIns.describedAs(CheckIn::toString);
    }

    private static <T> Gen<T> mostly(T mild, Gen<T> any) {
        return Generate.frequency(List.of(Pair.of(2, Generate.constant(mild)), Pair.of(1, any)));
    }
}
