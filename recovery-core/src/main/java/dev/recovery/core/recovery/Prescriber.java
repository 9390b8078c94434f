package dev.recovery.core.recovery;

import static dev.recovery.core.unit.BodyRegion.CALF;
import static dev.recovery.core.unit.BodyRegion.GLUTE;
import static dev.recovery.core.unit.BodyRegion.GROIN;
import static dev.recovery.core.unit.BodyRegion.HAMSTRING;
import static dev.recovery.core.unit.BodyRegion.IT_BAND;
import static dev.recovery.core.unit.BodyRegion.QUADRICEPS;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.Session;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link RecoveryDay} into its {@link Prescription}: what to do before the run, right after,
 * later that day and in the evening, with doses and reasons. A pure function: the same day always
 * gives the same prescription, whatever order the soreness reports come in.
 *
 * <p>It works out the day's {@link DayFacts}, lets every rule of {@link RecoveryRules#IN_ORDER} add
 * its items and notes, drops the items a {@link RecoveryRules#VETOES veto} forbids, and orders the
 * items by {@link Slot} (keeping the rules' order within a slot). The rules themselves, with their
 * conditions and wording, live in {@link RecoveryRules}.
  *
 * @since 0.1.0
 */
public final class Prescriber {

    /**
     * A session felt at RPE 7 ("very hard" on the CR-10 scale; Foster et al. 2001, session RPE) or more
     * counts as hard even if its type is not. The sources say "hard session" without a number: our choice.
     */
    public static final int HARD_RPE = 7;

    private Prescriber() {
    }

    /**
     * The recovery prescription for {@code day}.
     *
     * @param day the day: its sessions, phase, soreness reports and missing equipment
     * @return the prescription, never empty (sleep is there every day)
     * @throws IllegalArgumentException if {@code day} is missing
     */
    public static Prescription prescribe(RecoveryDay day) {
        Checks.required("day", day, "a recovery day");
        DayFacts facts = DayFacts.of(day);
        List<RecoveryItem> added = new ArrayList<>();
        List<Reason> notes = new ArrayList<>();
        for (PrescriptionRule rule : RecoveryRules.IN_ORDER) {
            Contribution c = rule.apply(facts);
            added.addAll(c.items());
            notes.addAll(c.notes());
        }
        List<RecoveryItem> kept = new ArrayList<>(added.size());
        Set<Veto> used = new LinkedHashSet<>();
        for (RecoveryItem item : added) {
            Veto veto = firstVeto(facts, item, kept);
            if (veto == null) {
                kept.add(item);
            } else {
                used.add(veto);
            }
        }
        used.forEach(v -> v.noteFor(facts).ifPresent(notes::add));
        kept.sort(Comparator.comparing(RecoveryItem::slot));
        return new Prescription(day.date(), day.phase(), facts.worst(), kept, notes);
    }

    /** The first veto that forbids {@code item}, or null if none does. */
    private static Veto firstVeto(DayFacts facts, RecoveryItem item, List<RecoveryItem> kept) {
        for (Veto veto : RecoveryRules.VETOES) {
            if (veto.forbids().test(facts, item, kept)) {
                return veto;
            }
        }
        return null;
    }

    /**
     * True if {@code session} is hard: a hard run type (long, tempo, intervals, marathon pace, race) or
     * any session the runner rated at {@value #HARD_RPE} or more.
     *
     * @param session a run or another session
     * @return true for a hard session
     */
    public static boolean isHard(Session session) {
        boolean hardRpe = session.rpe().map(r -> r.value() >= HARD_RPE).orElse(false);
        if (session instanceof Run run) {
            return run.type().isHard() || hardRpe;
        }
        return hardRpe;
    }

    /**
     * The muscle to roll for soreness in {@code region}, if any: tendons, joints and bones are never
     * rolled directly, the muscle over them is (Achilles, ankle, shin, foot: the calf; knee: the
     * quadriceps; hip and lower back: the glutes); the thigh bone is a bone-stress site and is not
     * rolled at all (our choice).
     *
     * @param region a sore region
     * @return the muscle to roll, or empty if nothing is rolled for it
     */
    public static Optional<BodyRegion> rollTarget(BodyRegion region) {
        switch (region) {
            case CALF: case ACHILLES: case ANKLE: case SHIN: case FOOT:
                return Optional.of(CALF);
            case QUADRICEPS: case KNEE:
                return Optional.of(QUADRICEPS);
            case HAMSTRING:
                return Optional.of(HAMSTRING);
            case GLUTE: case HIP: case LOWER_BACK:
                return Optional.of(GLUTE);
            case IT_BAND:
                return Optional.of(IT_BAND);
            case GROIN:
                return Optional.of(GROIN);
            default:
                return Optional.empty();
        }
    }

    /**
     * The regions nothing may roll, massage, stretch or load when {@code red} are RED: the RED regions
     * themselves and the muscles that would be rolled for them.
     *
     * @param red the RED regions
     * @return the off-limits regions, {@code red} included
     */
    public static Set<BodyRegion> offLimits(Set<BodyRegion> red) {
        EnumSet<BodyRegion> out = EnumSet.noneOf(BodyRegion.class);
        for (BodyRegion region : red) {
            out.add(region);
            rollTarget(region).ifPresent(out::add);
        }
        return out;
    }
}
