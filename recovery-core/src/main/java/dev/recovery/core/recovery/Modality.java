package dev.recovery.core.recovery;

import dev.recovery.core.unit.Checks;

/**
 * Every recovery modality the product knows (docs/reference/recovery.md and triage.md). Doses, timing, regions, cautions
 * and sources are in the {@link Catalogue}: {@code modality.entry()}.
 *
 * @since 0.1.0
 */
public enum Modality {
    /** Foam rolling: self-massage with a foam roller. */
    FOAM_ROLLING(true),
    /** A vibrating foam roller or an orbital massager: a gentler massage. */
    VIBRATING_ROLLER(true),
    /** A massage gun (percussive therapy). */
    MASSAGE_GUN(true),
    /** Pneumatic compression boots. */
    COMPRESSION_BOOTS(true),
    /** Sauna, or local heat from a heating pad or warm towel. */
    SAUNA_HEAT(true),
    /** A cold plunge or ice bath. */
    COLD_PLUNGE(true),
    /** An ice pack or cold compress on one spot. */
    ICE_PACK(true),
    /** A warm bath, with or without Epsom salt. */
    WARM_BATH(true),
    /** Static stretching: holds after the run. */
    STATIC_STRETCHING(false),
    /** A dynamic warm-up before the run: leg swings, butt kicks, high knees. */
    DYNAMIC_WARM_UP(false),
    /** PT mobility set: the wall-supported dorsiflexion stretch (ankles, calves). */
    WALL_DORSIFLEXION_STRETCH(false),
    /** PT mobility set: the wall-supported ankle isometric hold (ankles, calves). */
    WALL_ANKLE_ISOMETRIC(false),
    /** PT mobility set: the standing hamstring isometric. */
    HAMSTRING_ISOMETRIC(false),
    /** PT mobility set: the 90/90 hip internal rotation stretch. */
    HIP_90_90_INTERNAL_ROTATION(false),
    /** PT mobility set: the 90/90 hip external rotation stretch. */
    HIP_90_90_EXTERNAL_ROTATION(false),
    /** Active recovery: easy walking (or a very light cool-down). */
    ACTIVE_RECOVERY_WALK(false),
    /** Refuelling: carbohydrate and protein after the session. */
    REFUEL(false),
    /** Hydration: water before and after, electrolytes after long, hot or hard runs. */
    HYDRATION(false),
    /** Sleep. */
    SLEEP(false),
    /** Low-impact cross-training (bike, elliptical, swim) in place of a run. */
    CROSS_TRAINING(false),
    /** Yoga: stretching and mobility in a session. */
    YOGA(false),
    /** R.I.C.E. first aid for an acute strain or sprain: rest, ice, compression, elevation. */
    RICE(false),
    /** Stop running and see a physical therapist or doctor. */
    SEE_A_PROFESSIONAL(false);

    private final boolean equipment;

    Modality(boolean equipment) {
        this.equipment = equipment;
    }

    /**
     * True if it needs equipment or a facility the runner may not have (a roller, boots, a sauna, a
     * bath). Only these can be marked unavailable in a {@link RecoveryDay}; the prescription then
     * picks an alternative or leaves them out.
     */
    public boolean needsEquipment() {
        return equipment;
    }

    /** This modality's catalogue entry: dose, timing, regions, cautions and source. */
    public CatalogueEntry entry() {
        return Catalogue.entry(this);
    }

    /** The id shown to users: {@code foam-rolling}, {@code hip-90-90-internal-rotation}, ... */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id such as {@code foam-rolling} or {@code cold-plunge}.
     *
     * @throws IllegalArgumentException naming {@code modality}, the text and every accepted id
     */
    public static Modality parse(String text) {
        return Checks.parseEnum("modality", text, Modality.class);
    }
}
