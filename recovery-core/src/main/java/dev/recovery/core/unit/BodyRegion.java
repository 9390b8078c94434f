package dev.recovery.core.unit;

import java.util.List;

/**
 * Where it hurts. Regions follow docs/reference/triage.md (foot to lower back) and add {@link #THIGH} for the
 * thigh bone, one of the bone-stress sites the triage watches.
 *
 * @since 0.1.0
 */
public enum BodyRegion {
    /** The foot, including the arch and the plantar fascia. */
    FOOT("foot", "arch", "plantar-fascia"),
    /** The ankle joint. */
    ANKLE("ankle"),
    /** The Achilles tendon. */
    ACHILLES("achilles", "achilles-tendon"),
    /** The calf muscles (gastrocnemius, soleus). */
    CALF("calf", "calves"),
    /** The shin (tibia), where shin splints and tibial stress injuries appear. */
    SHIN("shin", "shins", "tibia"),
    /** The knee. */
    KNEE("knee", "knees"),
    /** The front of the thigh. */
    QUADRICEPS("quadriceps", "quads", "quad"),
    /** The back of the thigh. */
    HAMSTRING("hamstring", "hamstrings"),
    /** The buttock muscles. */
    GLUTE("glute", "glutes", "buttock"),
    /** The hip joint and its surroundings. */
    HIP("hip", "hips"),
    /** The iliotibial band along the outside of the thigh. */
    IT_BAND("it-band", "itb", "iliotibial-band"),
    /** The groin (adductors). */
    GROIN("groin", "adductors"),
    /** The lower back. */
    LOWER_BACK("lower-back", "back", "low-back"),
    /** The thigh bone (femur), a bone-stress site. */
    THIGH("thigh", "femur", "thigh-bone");

    private final String id;
    private final List<String> aliases;

    BodyRegion(String id, String... aliases) {
        this.id = id;
        this.aliases = List.of(aliases);
    }

    /** The id shown to users and used in files: {@code calf}, {@code it-band}, {@code lower-back}. */
    public String id() {
        return id;
    }

    /** Other names accepted by {@link #parse(String)}, e.g. {@code quads} for {@link #QUADRICEPS}. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Parses a region by its id or an alias, ignoring case and treating spaces and underscores as
     * hyphens ({@code "IT band"}, {@code "lower_back"}, {@code "quads"}).
     *
     * @throws IllegalArgumentException naming {@code region}, the text and every accepted id
     */
    public static BodyRegion parse(String text) {
        if (text != null) {
            String wanted = Checks.normalise(text);
            for (BodyRegion region : values()) {
                if (region.id.equals(wanted) || region.aliases.contains(wanted)) {
                    return region;
                }
            }
        }
        throw Checks.invalid("region", text, "one of " + Checks.ids(BodyRegion.class));
    }
}
