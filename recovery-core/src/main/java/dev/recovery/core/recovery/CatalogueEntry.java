package dev.recovery.core.recovery;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One recovery modality as the catalogue describes it to a runner: the dose (the limits any
 * prescribed dose stays within), when to do it, which regions it works, what to watch out for, and
 * where it comes from.
 *
 * @param modality which modality
 * @param name     its name for a runner, e.g. {@code Foam rolling}
 * @param dose     the limits of a dose: every prescribed item's dose lies within these
 * @param doseText the dose in words, e.g. {@code 2-3 min per major muscle group, pause 30 s on tender spots}
 * @param timing   when to do it, in words
 * @param regions  the body regions it works; empty for whole-body items (sleep, refuelling)
 * @param heat     true if it applies heat (sauna, heating pad, warm bath)
 * @param cautions what to watch out for, each a rule with its source; every heat item has
 *                 {@link RecoveryRule#NO_HEAT_ON_SKIN}
 * @param source   where the dose and timing come from
 * @since 0.1.0
 */
public record CatalogueEntry(Modality modality, String name, Dose dose, String doseText, String timing,
        Set<BodyRegion> regions, boolean heat, List<Reason> cautions, Source source) {

    /** @throws IllegalArgumentException naming the first missing or blank part */
    public CatalogueEntry {
        Checks.required("modality", modality, "a modality");
        for (String[] part : new String[][] {{"name", name}, {"dose text", doseText}, {"timing", timing}}) {
            if (part[1] == null || part[1].isBlank()) {
                throw Checks.invalid(part[0], part[1], "a non-blank text");
            }
        }
        Checks.required("dose", dose, "a dose");
        Checks.required("regions", regions, "a set of regions, empty for the whole body");
        Checks.required("cautions", cautions, "a list of cautions, empty if none");
        Checks.required("source", source, "the source of the dose");
        regions = regions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(regions));
        cautions = List.copyOf(cautions);
    }
}
