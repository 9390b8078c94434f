package dev.recovery.core.load;

import dev.recovery.core.source.Source;
import dev.recovery.core.source.Sources;

/**
 * Which multiplier Banister's TRIMP uses for women. Men are always weighted 0.64 x e^(1.92 x HRr);
 * women use exponent 1.67 with either multiplier (docs/reference/load.md).
 *
 * @since 0.1.0
 */
public enum TrimpVariant {
    /** Women 0.64 x e^(1.67 x HRr): GoldenCheetah keeps the men's multiplier. The default. */
    GOLDENCHEETAH(0.64, Sources.GOLDENCHEETAH),
    /** Women 0.821776 x e^(1.67 x HRr): Runalyze rescales the multiplier for women. */
    RUNALYZE(0.821776, Sources.RUNALYZE);

    /** Men's multiplier (Banister 1975, docs/reference/load.md). */
    public static final double MALE_MULTIPLIER = 0.64;
    /** Men's exponent (Banister 1975, docs/reference/load.md). */
    public static final double MALE_EXPONENT = 1.92;
    /** Women's exponent (Banister 1975, docs/reference/load.md). */
    public static final double FEMALE_EXPONENT = 1.67;

    private final double femaleMultiplier;
    private final Source source;

    TrimpVariant(double femaleMultiplier, Source source) {
        this.femaleMultiplier = femaleMultiplier;
        this.source = source;
    }

    /** The multiplier for {@code sex}. */
    public double multiplier(Sex sex) {
        return sex == Sex.FEMALE ? femaleMultiplier : MALE_MULTIPLIER;
    }

    /** The exponent for {@code sex} (the same in both variants). */
    public double exponent(Sex sex) {
        return sex == Sex.FEMALE ? FEMALE_EXPONENT : MALE_EXPONENT;
    }

    /** Where this variant comes from. */
    public Source source() {
        return source;
    }
}
