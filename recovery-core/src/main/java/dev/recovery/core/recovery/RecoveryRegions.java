package dev.recovery.core.recovery;

import static dev.recovery.core.unit.BodyRegion.ACHILLES;
import static dev.recovery.core.unit.BodyRegion.ANKLE;
import static dev.recovery.core.unit.BodyRegion.CALF;
import static dev.recovery.core.unit.BodyRegion.FOOT;
import static dev.recovery.core.unit.BodyRegion.GLUTE;
import static dev.recovery.core.unit.BodyRegion.GROIN;
import static dev.recovery.core.unit.BodyRegion.HAMSTRING;
import static dev.recovery.core.unit.BodyRegion.HIP;
import static dev.recovery.core.unit.BodyRegion.QUADRICEPS;
import static dev.recovery.core.unit.BodyRegion.SHIN;
import static dev.recovery.core.unit.BodyRegion.THIGH;

import dev.recovery.core.unit.BodyRegion;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The groups of body regions the recovery rules test against, and how a runner names them. */
final class RecoveryRegions {

    /** The four major running muscle groups to roll and stretch after a hard run (Postma and Chung, physical therapists; "7 Ways to Prevent Leg Ache After Running", 2025). */
    static final Set<BodyRegion> MAJOR_GROUPS = Set.of(CALF, QUADRICEPS, HAMSTRING, GLUTE);
    /** Sore here: the ankle and calf items of the PT set (Chung's mobility set). */
    static final Set<BodyRegion> LOWER_LEG = Set.of(FOOT, ANKLE, ACHILLES, CALF, SHIN);
    /** Sore here: the hamstring isometric (Chung's mobility set). */
    static final Set<BodyRegion> HAMSTRING_TRIGGER = Set.of(HAMSTRING);
    /** Sore here: the 90/90 hip rotations (Chung's mobility set). */
    static final Set<BodyRegion> HIP_TRIGGER = Set.of(HIP, GLUTE);
    /** RED here: no hamstring isometric (the thigh bone is under it; our choice). */
    static final Set<BodyRegion> HAMSTRING_BLOCKERS = Set.of(HAMSTRING, THIGH);
    /** RED here: no 90/90 hip rotations (our choice). */
    static final Set<BodyRegion> HIP_BLOCKERS = Set.of(HIP, GLUTE, THIGH, GROIN);

    private RecoveryRegions() {
    }

    static boolean intersects(Set<BodyRegion> a, Set<BodyRegion> b) {
        return a.stream().anyMatch(b::contains);
    }

    static Set<BodyRegion> intersection(Set<BodyRegion> a, Set<BodyRegion> b) {
        EnumSet<BodyRegion> out = EnumSet.noneOf(BodyRegion.class);
        a.stream().filter(b::contains).forEach(out::add);
        return out;
    }

    /** Region ids as words, in body order: {@code calf, hamstring and hip}. */
    static String names(Set<BodyRegion> regions) {
        return join(regions.stream().sorted().map(r -> r.id().replace('-', ' ')).toList());
    }

    /**
     * Muscle groups as runners name them: calves, quads, hamstrings, glutes. Only these four are
     * ever rolled or stretched: the IT band and groin, their own rolling targets, are never GREEN
     * (only muscle soreness is), so whenever they hurt they are AMBER and nothing rolls them.
     */
    static String muscles(Set<BodyRegion> regions) {
        return join(regions.stream().sorted().map(RecoveryRegions::muscle).toList());
    }

    private static String muscle(BodyRegion region) {
        switch (region) {
            case CALF: return "calves";
            case QUADRICEPS: return "quads";
            case HAMSTRING: return "hamstrings";
            case GLUTE: return "glutes";
            default: return region.id().replace('-', ' ');
        }
    }

    static String join(List<String> ids) {
        if (ids.size() <= 1) {
            return String.join("", ids);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}
