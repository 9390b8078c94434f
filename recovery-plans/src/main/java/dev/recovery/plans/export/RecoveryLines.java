package dev.recovery.plans.export;

import dev.recovery.core.recovery.Dose;
import dev.recovery.core.recovery.DoseRange;
import dev.recovery.core.recovery.Measure;
import dev.recovery.core.recovery.RecoveryItem;
import dev.recovery.core.recovery.Prescription;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The day's recovery prescription (core's {@code Prescriber}, derived for every planned day) in the
 * short form a printed cell or calendar line has room for: the modality and its key dose, once per
 * modality, in timeline order, e.g. {@code Refuel within 30 min}, {@code Foam rolling 8-12 min},
 * {@code Sleep 7-9 h}. The full wording, with reasons and sources, is the console's {@code recover}.
 */
final class RecoveryLines {

    private RecoveryLines() {
    }

    static List<String> of(Prescription prescription) {
        Set<String> lines = new LinkedHashSet<>();
        for (RecoveryItem item : prescription.items()) {
            lines.add(shortForm(item));
        }
        return List.copyOf(new ArrayList<>(lines));
    }

    static String shortForm(RecoveryItem item) {
        String name = item.modality().entry().name();
        Dose dose = item.dose();
        Optional<DoseRange> within = dose.get(Measure.WITHIN_MINUTES);
        if (within.isPresent()) {
            return name + " within " + within.get().format() + " min";
        }
        Optional<DoseRange> sleep = dose.get(Measure.HOURS_OF_SLEEP);
        if (sleep.isPresent()) {
            return name + " " + sleep.get().format() + " h";
        }
        if (dose.minutes().max() > 0) {
            return name + " " + dose.minutes().format() + " min";
        }
        return name;
    }
}
