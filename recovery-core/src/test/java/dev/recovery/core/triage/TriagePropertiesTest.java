package dev.recovery.core.triage;

import static dev.recovery.core.triage.CheckInGenerators.checkIns;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.PainScore;
import dev.recovery.core.unit.Side;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The invariants of the triage over arbitrary valid check-ins. */
class TriagePropertiesTest {

    private static final int EXAMPLES = PropertyExamples.upTo(2_000);
    /** Enough for the rarest rule (red-bone-stress-site, about 1 check-in in 190) to show up many times. */
    private static final int COVERAGE_EXAMPLES = 10_000;
    private static final Gen<Symptom> SYMPTOMS = Generate.enumValues(Symptom.class);

    private static TriageLevel level(CheckIn c) {
        return Triage.of(c).level();
    }

    @Test
    void addingAnySymptomNeverLowersTheLevel() {
        qt().withExamples(EXAMPLES).forAll(checkIns(), SYMPTOMS)
                .check((c, s) -> level(c.withSymptom(s)).compareTo(level(c)) >= 0);
    }

    @Test
    void anyRedFlagSymptomMakesTheTriageRed() {
        qt().withExamples(EXAMPLES).forAll(checkIns(), SYMPTOMS)
                .check((c, s) -> !s.isRedFlag() || level(c.withSymptom(s)) == TriageLevel.RED);
    }

    @Test
    void anyRedFlagMakesTheTriageRed() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> GreenConditions.painFree(c) || RedFlags.ALL.stream().noneMatch(r -> r.fires().test(c))
                        || level(c) == TriageLevel.RED);
    }

    @Test
    void raisingPainNeverLowersTheLevel() {
        qt().withExamples(EXAMPLES).forAll(checkIns(), integers().between(0, 10))
                .check((c, more) -> {
                    int higher = Math.max(c.pain().value(), more);
                    return level(c.withPain(PainScore.of(higher))).compareTo(level(c)) >= 0;
                });
    }

    @Test
    void laterCheckInsOfTheSameSorenessNeverLowerTheLevel() {
        qt().withExamples(EXAMPLES).forAll(checkIns(), CheckInGenerators.hours())
                .check((c, h) -> {
                    double later = Math.max(c.hoursSinceRun(), h);
                    return level(c.withHoursSinceRun(later)).compareTo(level(c)) >= 0;
                });
    }

    @Test
    void theSameCheckInAlwaysGivesAnEqualResult() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> {
                    CheckIn copy = new CheckIn(c.region(), c.side(), c.pain(), c.quality(), c.spread(), c.onset(),
                            c.hoursSinceRun(), c.trend(), c.movement(), EnumSet.copyOf(withNone(c.symptoms())), c.painDuringRun());
                    return Triage.of(c).equals(Triage.of(copy)) && Triage.of(c).equals(Triage.of(c));
                });
    }

    @Test
    void everyResultNamesAtLeastOneRuleAndEveryReasonHasASource() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> {
                    Triage t = Triage.of(c);
                    return !t.reasons().isEmpty() && t.reasons().stream().allMatch(r -> r.source() != null
                            && !r.message().isBlank() && TriageRules.byId(r.ruleId()).source().equals(r.source()));
                });
    }

    @Test
    void everyReasonBelongsToTheLevelOfTheResult() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> {
                    Triage t = Triage.of(c);
                    return t.reasons().stream().allMatch(r -> TriageRules.byId(r.ruleId()).level() == t.level());
                });
    }

    @Test
    void greenOnlyWhenEveryGreenConditionHolds() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> (level(c) == TriageLevel.GREEN) == (oraclePainFree(c) || !oracleRed(c) && oracleGreenConditions(c)));
    }

    @Test
    void theLevelMatchesTheRulesReadDirectly() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> level(c) == (oraclePainFree(c) ? TriageLevel.GREEN : oracleRed(c) ? TriageLevel.RED
                        : oracleGreenConditions(c) ? TriageLevel.GREEN : TriageLevel.AMBER));
    }

    @Test
    void aPainFreeCheckInWithoutSignsIsGreenWhateverItsPattern() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> !oraclePainFree(c) || level(c) == TriageLevel.GREEN);
    }

    @Test
    void onlyMuscleRegionsAreGreenWhileTheyHurt() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> c.pain().value() == 0 || level(c) != TriageLevel.GREEN || MUSCLES.contains(c.region()));
    }

    @Test
    void everyRedResultHasAnUrgencyAndNoOtherDoes() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> Triage.of(c).urgency().isPresent() == (level(c) == TriageLevel.RED));
    }

    @Test
    void anAmberRuleFiresExactlyWhenAGreenConditionFails() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> AmberRules.ALL.stream().anyMatch(r -> r.fires().test(c)) == !GreenConditions.allHold(c));
    }

    @Test
    void aGreenResultIsExplainedByExactlyOneGreenRule() {
        qt().withExamples(EXAMPLES).forAll(checkIns())
                .check(c -> level(c) != TriageLevel.GREEN || Triage.of(c).reasons().size() == 1);
    }

    @Test
    void theGeneratorReachesEveryLevelAndEveryRule() {
        // Guards the properties above against a generator that never produces the interesting cases.
        Map<TriageLevel, Integer> levels = new EnumMap<>(TriageLevel.class);
        Set<String> fired = new java.util.HashSet<>();
        qt().withExamples(COVERAGE_EXAMPLES).forAll(checkIns()).check(c -> {
            Triage t = Triage.of(c);
            levels.merge(t.level(), 1, Integer::sum);
            fired.addAll(t.ruleIds());
            return true;
        });
        assertTrue(levels.getOrDefault(TriageLevel.GREEN, 0) >= 20, () -> "levels seen: " + levels);
        assertTrue(levels.getOrDefault(TriageLevel.AMBER, 0) >= 20, () -> "levels seen: " + levels);
        for (TriageRule rule : TriageRules.all()) {
            assertTrue(fired.contains(rule.id()), () -> "never fired: " + rule.id());
        }
    }

    private static Set<Symptom> withNone(Set<Symptom> symptoms) {
        return symptoms.isEmpty() ? EnumSet.noneOf(Symptom.class) : symptoms;
    }

    // --- The rules written out again, independently of the engine ---------------------------------

    private static final Set<BodyRegion> BONE_STRESS = EnumSet.of(BodyRegion.SHIN, BodyRegion.FOOT, BodyRegion.HIP,
            BodyRegion.THIGH, BodyRegion.GROIN, BodyRegion.LOWER_BACK);
    private static final Set<BodyRegion> MUSCLES = EnumSet.of(BodyRegion.CALF, BodyRegion.QUADRICEPS,
            BodyRegion.HAMSTRING, BodyRegion.GLUTE);
    private static final Set<Symptom> ALONE_RED = EnumSet.complementOf(EnumSet.of(Symptom.BONE_TENDER,
            Symptom.HOP_PAIN, Symptom.WORSE_NEXT_MORNING));

    private static boolean runPainTooHigh(CheckIn c) {
        return c.painDuringRun().map(p -> p.value() > 5).orElse(false);
    }

    private static boolean oraclePainFree(CheckIn c) {
        return c.pain().value() == 0 && c.symptoms().isEmpty() && !runPainTooHigh(c);
    }

    private static boolean oracleRed(CheckIn c) {
        boolean sharp = c.quality() != PainQuality.DULL_ACHY && c.quality() != PainQuality.TIGHT_STIFF;
        boolean localized = c.spread() == Spread.LOCALIZED;
        double h = c.hoursSinceRun();
        boolean boneSign = c.movement() == MovementResponse.WORSE || c.has(Symptom.PAIN_AT_REST)
                || c.has(Symptom.PERSISTS_AFTER_REST) || c.has(Symptom.BONE_TENDER) || c.has(Symptom.HOP_PAIN);
        return c.symptoms().stream().anyMatch(ALONE_RED::contains)
                || (sharp && localized)
                || (c.trend() == Trend.WORSE && h > 72)
                || (c.trend() != Trend.IMPROVING && h > 168)
                || c.pain().value() >= 7
                || (BONE_STRESS.contains(c.region()) && localized && boneSign);
    }

    private static boolean oracleGreenConditions(CheckIn c) {
        double h = c.hoursSinceRun();
        return c.pain().value() <= 3
                && (c.quality() == PainQuality.DULL_ACHY || c.quality() == PainQuality.TIGHT_STIFF)
                && c.spread() == Spread.WIDESPREAD
                && c.side() == Side.BOTH
                && c.movement() != MovementResponse.WORSE
                && (h <= 24 || (c.onset() == Onset.DELAYED && h <= 72 && c.trend() != Trend.WORSE))
                && MUSCLES.contains(c.region())
                && !c.has(Symptom.BONE_TENDER) && !c.has(Symptom.HOP_PAIN) && !c.has(Symptom.WORSE_NEXT_MORNING)
                && !runPainTooHigh(c);
    }
}
