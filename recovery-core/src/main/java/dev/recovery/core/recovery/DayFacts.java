package dev.recovery.core.recovery;

import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.triage.Onset;
import dev.recovery.core.triage.RedFlags;
import dev.recovery.core.triage.Symptom;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the recovery rules know about one day, worked out once from a {@link RecoveryDay}: which
 * sessions stay as planned and which runs are replaced, each sore region's triage level, and the
 * regions nothing may roll, stretch or load. Every {@link PrescriptionRule} and {@link Veto} reads
 * the day through this value alone, so a rule's condition is a plain predicate on it.
 *
 * @param date         the day
 * @param phase        the training phase of the week
 * @param sessions     every session of the day, in the order given
 * @param keptRuns     the runs done as planned (all of them when no region is AMBER or RED)
 * @param replacedRuns the runs an AMBER or RED triage replaces with cross-training or rest
 * @param otherSessions the sessions that are not runs (strength, cross-training, yoga)
 * @param levels       the worst triage level of each reported region
 * @param red          the regions whose triage is RED
 * @param amber        the regions whose triage is AMBER
 * @param sore         the regions that are not RED and hurt (pain above 0) or are AMBER
 * @param acute        the RED regions with a sudden onset (during or right after the run) within
 *                     {@value Catalogue#RICE_MAX_HOURS} h: where R.I.C.E. applies
 * @param offLimits    the regions nothing may roll, massage, stretch or load: the RED regions and
 *                     the muscles that would be rolled for them
 * @param reports      the soreness reports themselves, for rules that need a check-in's details
 * @param unavailable  equipment the runner does not have
 * @param noRolling    the regions nothing may roll, massage-gun, vibrate or statically stretch: every
 *                     region with an open AMBER or RED episode (today's reports or earlier days),
 *                     plus {@code offLimits} (a RED region and the muscle that would be rolled for it)
 * @param numb         the regions reported with numbness or tingling: no ice or cold there
 * @param possibleClot the regions reported with swelling and warmth or redness of the calf or thigh:
 *                     the only item is "seek care today"
 */
public record DayFacts(LocalDate date, TrainingPhase phase, List<Session> sessions, List<Run> keptRuns, List<Run> replacedRuns,
        List<Session> otherSessions, Map<BodyRegion, TriageLevel> levels, Set<BodyRegion> red, Set<BodyRegion> amber,
        Set<BodyRegion> sore, Set<BodyRegion> acute, Set<BodyRegion> offLimits, List<SorenessReport> reports,
        Set<Modality> unavailable, Set<BodyRegion> noRolling, Set<BodyRegion> numb, Set<BodyRegion> possibleClot) {

    /** @throws IllegalArgumentException naming the first missing part */
    public DayFacts {
        Checks.required("date", date, "a date");
        Checks.required("phase", phase, "a training phase");
        sessions = List.copyOf(Checks.required("sessions", sessions, "a list of sessions"));
        keptRuns = List.copyOf(Checks.required("keptRuns", keptRuns, "a list of runs"));
        replacedRuns = List.copyOf(Checks.required("replacedRuns", replacedRuns, "a list of runs"));
        otherSessions = List.copyOf(Checks.required("otherSessions", otherSessions, "a list of sessions"));
        levels = Collections.unmodifiableMap(copy(Checks.required("levels", levels, "triage levels by region")));
        red = regions("red", red);
        amber = regions("amber", amber);
        sore = regions("sore", sore);
        acute = regions("acute", acute);
        offLimits = regions("offLimits", offLimits);
        reports = List.copyOf(Checks.required("reports", reports, "a list of soreness reports"));
        Checks.required("unavailable", unavailable, "a set of equipment");
        unavailable = unavailable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unavailable));
        noRolling = regions("noRolling", noRolling);
        numb = regions("numb", numb);
        possibleClot = regions("possibleClot", possibleClot);
    }

    /**
     * The facts of {@code day}: every report's region at its worst level, and, when any region is
     * AMBER or RED, the day's runs moved from kept to replaced.
     *
     * @throws IllegalArgumentException if {@code day} is missing
     */
    public static DayFacts of(RecoveryDay day) {
        Checks.required("day", day, "a recovery day");
        Map<BodyRegion, TriageLevel> levels = new EnumMap<>(BodyRegion.class);
        Map<BodyRegion, Integer> pain = new EnumMap<>(BodyRegion.class);
        EnumSet<BodyRegion> acute = EnumSet.noneOf(BodyRegion.class);
        EnumSet<BodyRegion> numb = EnumSet.noneOf(BodyRegion.class);
        EnumSet<BodyRegion> clot = EnumSet.noneOf(BodyRegion.class);
        // Earlier days' open episodes count as if reported today: a RED spot stays RED until cleared.
        day.openEpisodes().forEach((region, level) -> {
            levels.merge(region, level, TriageLevel::atLeast);
            pain.merge(region, 0, Math::max);
        });
        for (SorenessReport report : day.soreness()) {
            levels.merge(report.region(), report.level(), TriageLevel::atLeast);
            if (report.checkIn().has(Symptom.NUMBNESS) || report.checkIn().has(Symptom.NUMBNESS_SPREADING)) {
                numb.add(report.region());
            }
            if (RedFlags.POSSIBLE_CLOT.fires().test(report.checkIn())) {
                clot.add(report.region());
            }
            pain.merge(report.region(), report.checkIn().pain().value(), Math::max);
            if (report.level() == TriageLevel.RED && report.checkIn().onset() != Onset.DELAYED
                    && report.checkIn().hoursSinceRun() <= Catalogue.RICE_MAX_HOURS) {
                acute.add(report.region());
            }
        }
        EnumSet<BodyRegion> red = EnumSet.noneOf(BodyRegion.class);
        EnumSet<BodyRegion> amber = EnumSet.noneOf(BodyRegion.class);
        EnumSet<BodyRegion> sore = EnumSet.noneOf(BodyRegion.class);
        levels.forEach((region, level) -> {
            if (level == TriageLevel.RED) {
                red.add(region);
                return;
            }
            if (level == TriageLevel.AMBER) {
                amber.add(region);
            }
            if (level == TriageLevel.AMBER || pain.get(region) > 0) {
                sore.add(region);
            }
        });
        acute.retainAll(red);
        boolean swap = levels.values().stream().anyMatch(l -> l != TriageLevel.GREEN);
        List<Run> kept = new ArrayList<>();
        List<Run> replaced = new ArrayList<>();
        List<Session> other = new ArrayList<>();
        for (Session session : day.sessions()) {
            if (session instanceof Run run) {
                (swap ? replaced : kept).add(run);
            } else {
                other.add(session);
            }
        }
        Set<BodyRegion> offLimits = Prescriber.offLimits(red);
        EnumSet<BodyRegion> noRolling = EnumSet.noneOf(BodyRegion.class);
        noRolling.addAll(offLimits);
        noRolling.addAll(amber);
        return new DayFacts(day.date(), day.phase(), day.sessions(), kept, replaced, other, levels, red, amber, sore, acute,
                offLimits, day.soreness(), day.unavailable(), noRolling, numb, clot);
    }

    /** The most serious triage level reported, if any region was reported. */
    public Optional<TriageLevel> worst() {
        return levels.values().stream().max(Comparator.naturalOrder());
    }

    /** True if any region is RED: stop running, see a professional. */
    public boolean isRed() {
        return !red.isEmpty();
    }

    /** True if no region is RED and at least one is AMBER. */
    public boolean isAmber() {
        return red.isEmpty() && !amber.isEmpty();
    }

    /**
     * True if the runner trains today: a run kept, another session, or (AMBER) a run swapped for
     * cross-training. A RED day's replaced runs are not training.
     */
    public boolean training() {
        return !keptRuns.isEmpty() || !otherSessions.isEmpty() || (isAmber() && !replacedRuns.isEmpty());
    }

    /** True on a day without training: the rest-day items apply. */
    public boolean restDay() {
        return !training();
    }

    /** When the body work (rolling, mobility) goes: right after the session on a training day, later on a rest day. */
    public Slot workSlot() {
        return training() ? Slot.RIGHT_AFTER : Slot.LATER_THAT_DAY;
    }

    /** True if a kept run is hard. */
    public boolean hardRun() {
        for (Run run : keptRuns) {
            if (Prescriber.isHard(run)) {
                return true;
            }
        }
        return false;
    }

    /** True if a kept run or another session is hard. */
    public boolean hardSession() {
        if (hardRun()) {
            return true;
        }
        for (Session session : otherSessions) {
            if (Prescriber.isHard(session)) {
                return true;
            }
        }
        return false;
    }

    /** True if a kept run is the long run or a race. */
    public boolean longRunOrRace() {
        return keptRuns.stream().anyMatch(r -> r.type() == RunType.LONG || r.type() == RunType.RACE);
    }

    /**
     * True right after a marathon or a run over {@value Catalogue#LONG_EFFORT_MINUTES} min (2.5 h): the
     * day for gentle care; deep rolling and heat wait
     * {@value Catalogue#DEEP_WORK_WAIT_MIN_HOURS}-{@value Catalogue#DEEP_WORK_WAIT_MAX_HOURS} h.
     */
    public boolean longEffort() {
        for (Run run : keptRuns) {
            boolean marathon = run.type() == RunType.RACE && run.distance().metres() >= Distance.MARATHON.metres();
            if (marathon || Durations.minutes(run.duration()) > Catalogue.LONG_EFFORT_MINUTES) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a region was freshly hurt: an AMBER or RED report whose pain began during or right after
     * the run within the last {@value Catalogue#RICE_MAX_HOURS} h. No sauna or hot bath then.
     */
    public boolean freshInjury() {
        for (SorenessReport report : reports) {
            if (report.level() != TriageLevel.GREEN && report.checkIn().onset() != Onset.DELAYED
                    && report.checkIn().hoursSinceRun() <= Catalogue.RICE_MAX_HOURS) {
                return true;
            }
        }
        return false;
    }

    /** True if any region is reported with a possible blood clot: seek care today, nothing else. */
    public boolean isPossibleClot() {
        return !possibleClot.isEmpty();
    }

    /** True if the only sessions are yoga. */
    public boolean onlyYoga() {
        return keptRuns.isEmpty() && replacedRuns.isEmpty() && otherSessions.stream().allMatch(s -> s instanceof YogaSession);
    }

    /** True if the runner has what {@code modality} needs. */
    public boolean available(Modality modality) {
        return !unavailable.contains(modality);
    }

    /** The first of {@code choices} the runner has the equipment for, if any. */
    public Optional<Modality> firstAvailable(Modality... choices) {
        for (Modality m : choices) {
            if (available(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** True if an AMBER or RED region is in the lower leg: cross-training is swimming, not cycling. */
    public boolean lowerLegHurt() {
        return RecoveryRegions.intersects(amber, RecoveryRegions.LOWER_LEG) || RecoveryRegions.intersects(red, RecoveryRegions.LOWER_LEG);
    }

    /** The cross-training that replaces a run: swimming for a hurt lower leg (no push-off, no impact), cycling otherwise. */
    public CrossActivity crossActivity() {
        return lowerLegHurt() ? CrossActivity.SWIM : CrossActivity.BIKE;
    }

    private static Map<BodyRegion, TriageLevel> copy(Map<BodyRegion, TriageLevel> levels) {
        return levels.isEmpty() ? Map.of() : new EnumMap<>(levels);
    }

    private static Set<BodyRegion> regions(String field, Set<BodyRegion> regions) {
        Checks.required(field, regions, "a set of regions");
        return regions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(regions));
    }
}
