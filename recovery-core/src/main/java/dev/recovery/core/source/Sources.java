package dev.recovery.core.source;

/**
 * Every source the product's rules cite, in one place: the practitioner articles the rules were first
 * drawn from, and the studies, books and guidelines behind them. Each prints as authors, year and
 * title ({@link Source#citation()}); the full list, with what each source is used for, is in the
 * project's domain reference ({@code docs/reference/references.md}).
 *
 * <p>Source ids are stable: they are printed, stored in journals and matched by programs.
 *
 * @since 0.1.0
 */
public final class Sources {

    private Sources() {
    }

    // --- Practitioner articles ----------------------------------------------------------------------

    /** Physical therapists Ellie Postma and James Chung on late-training aches, red flags and recovery doses. */
    public static final Source POSTMA_CHUNG = new Source("postma-chung",
            "Postma E (PT, DPT) and Chung J (DPT), physical therapists, interviewed", "n.d.",
            "Peak-mileage aches in marathon training: what is normal and when to see a physical therapist. Magazine interview");

    /**
     * The exercise-associated hyponatremia consensus: drink to thirst, and not more than was lost;
     * over-drinking in long events lowers blood sodium.
     */
    public static final Source HEW_BUTLER_2015 = new Source("hew-butler-2015", "Hew-Butler T et al.", "2015",
            "Statement of the 3rd International Exercise-Associated Hyponatremia Consensus Development Conference, "
                    + "Carlsbad, California, 2015. Clin J Sport Med 25(4):303-320");

    /** A marathon training recovery guide by Thomas Watson, running coach. */
    public static final Source MARATHON_RECOVERY_GUIDE = new Source("marathon-recovery-guide",
            "Watson T (UESCA-certified running coach)", "n.d.",
            "Marathon Training Recovery Guide: How To Recover Rapidly");

    /** Marnie Kunz, run coach, on sore legs after running. */
    public static final Source KUNZ = new Source("kunz",
            "Kunz M (NASM-certified trainer, RRCA-certified run coach)", "n.d.",
            "Sore Legs After Running? 10 Ways to Prevent and Treat It");

    /** A runner's account of marathon recovery practice. */
    public static final Source RUNNER_RECOVERY_ACCOUNT = new Source("runner-recovery-account",
            "A marathon runner's first-hand account", "n.d.",
            "Running recovery and best practices after a marathon. Blog post");

    /** Leg ache prevention, with its references (Olsen 2023, Toumi &amp; Best 2003, NHS 2021, Cleveland Clinic 2022). */
    public static final Source LEG_ACHE_GUIDE = new Source("leg-ache-guide",
            "Leg ache prevention guide, with references", "2025",
            "7 Ways to Prevent Leg Ache After Running");

    // --- Soreness and first aid -------------------------------------------------------------------

    /** DOMS: onset 12-24 h, peak 24-72 h, gone in about 5-7 days (cited by the leg-ache guide). */
    public static final Source OLSEN_2023 = new Source("olsen-2023", "Olsen N", "2023",
            "Delayed Onset Muscle Soreness (DOMS): What It Is and How to Treat It. Healthline");

    /** The inflammatory response in muscle injury (cited by the leg-ache guide). */
    public static final Source TOUMI_BEST_2003 = new Source("toumi-best-2003", "Toumi H, Best TM", "2003",
            "The inflammatory response: friend or foe for muscle injury? Br J Sports Med 37(4):284-286");

    /** R.I.C.E. for sprains and strains in the first 48-72 hours (cited by the leg-ache guide). */
    public static final Source NHS_2021 = new Source("nhs-2021", "National Health Service", "2021",
            "Sprains and strains. NHS health A to Z");

    /** Chronic venous insufficiency and claudication as context for leg cramps (cited by the leg-ache guide). */
    public static final Source CLEVELAND_CLINIC_2022 = new Source("cleveland-clinic-2022", "Cleveland Clinic", "2022",
            "Leg pain and cramping: venous insufficiency and claudication");

    /** Bone stress injuries in runners: sites, signs (localized pain, bone tenderness, the hop test) and graded loading. */
    public static final Source WARDEN_2014 = new Source("warden-2014", "Warden SJ, Davis IS, Fredericson M", "2014",
            "Management and prevention of bone stress injuries in long-distance runners. J Orthop Sports Phys Ther 44(10):749-765");

    /** A walk-run return to running on alternate days, progressing only on pain-free steps. */
    public static final Source BOLTHOUSE = new Source("bolthouse", "Bolthouse E et al.", "n.d.",
            "Return to running after a tibial stress fracture: a suggested protocol");

    /**
     * How the product follows one sore spot over days (episodes, sticky RED until a professional
     * clears it, the 72-hour AMBER escalation, resolution and recurrence): the maintainers' rules,
     * built on Postma and Chung's "see a professional" and the 24-hour re-check and 72-hour
     * escalation of the triage.
     */
    public static final Source EPISODE_RULES = new Source("episode-rules", "Runner's recovery console maintainers",
            "2026", "Soreness over days: episodes per region and side, as a careful physical therapist would follow them");

    /** The pain-monitoring model: up to 5/10 during activity if settled by the next morning. */
    public static final Source SILBERNAGEL_2007 = new Source("silbernagel-2007", "Silbernagel KG et al.", "2007",
            "Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy. Am J Sports Med 35(6):897-906");

    /**
     * Choices the recovery prescription makes where the published sources are silent (hard-session
     * RPE, which cross-training replaces a run, the PT set's holds and repetitions, no heat on an
     * injury), as a careful physical therapist would; each is listed and explained in the runner's
     * guide to recovery ({@code docs/recovery.md}).
     */
    public static final Source RECOVERY_PT_CHOICES = new Source("recovery-pt-choices",
            "Runner's recovery console maintainers", "2026",
            "Recovery prescription: the choices made where the published sources are silent, as a careful physical therapist would make them");

    /** The TRIMP weighting for women, 0.86 x e^(1.67 x HRr), alongside 0.64 x e^(1.92 x HRr) for men. */
    public static final Source MORTON_1990 = new Source("morton-1990", "Morton RH, Fitz-Clarke JR, Banister EW", "1990",
            "Modeling human performance in running. J Appl Physiol 69(3):1171-1177");

    // --- Load -------------------------------------------------------------------------------------

    /** Monotony and strain. */
    public static final Source FOSTER_1998 = new Source("foster-1998", "Foster C", "1998",
            "Monitoring training in athletes with reference to overtraining syndrome. Med Sci Sports Exerc 30(7):1164-1168");

    /** Session-RPE: minutes x RPE. */
    public static final Source FOSTER_2001 = new Source("foster-2001", "Foster C et al.", "2001",
            "A new approach to monitoring exercise training. J Strength Cond Res 15(1):109-115");

    /** TRIMP and the impulse-response (fitness-fatigue) model. */
    public static final Source BANISTER_1975 = new Source("banister-1975", "Banister EW et al.", "1975",
            "A systems model of training for athletic performance. Aust J Sports Med 7:57-61");

    /** The acute:chronic workload ratio and its zones. */
    public static final Source GABBETT_2016 = new Source("gabbett-2016", "Gabbett TJ", "2016",
            "The training-injury prevention paradox: should athletes be training smarter and harder? Br J Sports Med 50(5):273-280");

    /** EWMA acute:chronic ratios. */
    public static final Source WILLIAMS_2017 = new Source("williams-2017", "Williams S et al.", "2017",
            "Better way to determine the acute:chronic workload ratio? Br J Sports Med 51(3):209-210");

    /** Criticism: coupling the acute week into the chronic window inflates correlation. */
    public static final Source LOLLI_2019 = new Source("lolli-2019", "Lolli L et al.", "2019",
            "Mathematical coupling causes spurious correlation within the conventional acute-to-chronic workload ratio calculations. Br J Sports Med 53(15):921-922");

    /** Criticism: the ratio adds little over its parts. */
    public static final Source IMPELLIZZERI_2020 = new Source("impellizzeri-2020", "Impellizzeri FM et al.", "2020",
            "Acute:chronic workload ratio: conceptual issues and fundamental pitfalls. Int J Sports Physiol Perform 15(6):907-913");

    /** The 10% rule tested: no difference in injuries. */
    public static final Source BUIST_2008 = new Source("buist-2008", "Buist I et al.", "2008",
            "No effect of a graded training program on the number of running-related injuries in novice runners. Am J Sports Med 36(1):33-39");

    /** Weekly progression above 30% and distance-related injuries. */
    public static final Source NIELSEN_2014 = new Source("nielsen-2014", "Nielsen RO et al.", "2014",
            "Excessive progression in weekly running distance and risk of running-related injuries. J Orthop Sports Phys Ther 44(10):739-747");

    /** The 10% rule as coaching guidance (NASM, cited by Kunz; Physiopedia, cited by the leg-ache guide). */
    public static final Source TEN_PERCENT_RULE = new Source("ten-percent-rule", "NASM; Physiopedia", "n.d.",
            "The 10% rule: increase weekly mileage or intensity by no more than 10% a week. Coaching guidance");

    /** A single run more than 10% longer than the longest of the previous 30 days (HRR 1.64). */
    public static final Source BJSM_2025_SPIKE = new Source("bjsm-2025-single-run-spike",
            "Cohort of 5,205 runners", "2025",
            "Single-session running distance spikes and injury risk. Br J Sports Med");

    /** Runalyze's conventions: lambda = 2/(tau+1), days of rest until form >= 0, monotony cap. */
    public static final Source RUNALYZE = new Source("runalyze", "Runalyze", "n.d.",
            "Runalyze documentation: fitness, fatigue, form (TSB), monotony and strain");

    /** GoldenCheetah's performance manager chart and its exponential decay convention. */
    public static final Source GOLDENCHEETAH = new Source("goldencheetah", "GoldenCheetah", "n.d.",
            "GoldenCheetah Performance Manager: long-term and short-term stress");

    /** TrainingPeaks' CTL/ATL/TSB convention. */
    public static final Source TRAININGPEAKS = new Source("trainingpeaks", "TrainingPeaks", "n.d.",
            "TrainingPeaks Performance Management Chart: CTL, ATL and TSB");

    // --- Paces ------------------------------------------------------------------------------------

    /** VDOT: oxygen cost and sustainable fraction equations. */
    public static final Source DANIELS_GILBERT_1979 = new Source("daniels-gilbert-1979", "Daniels J, Gilbert J", "1979",
            "Oxygen Power: Performance Tables for Distance Runners");

    /** Training intensities E/M/T/I/R as fractions of VDOT and the VDOT race-equivalence tables. */
    public static final Source DANIELS_2014 = new Source("daniels-2014", "Daniels J", "2014",
            "Daniels' Running Formula, 3rd ed. Human Kinetics (VDOT tables and training intensities)");

    /** Riegel's endurance equation t2 = t1 x (d2/d1)^1.06. */
    public static final Source RIEGEL_1981 = new Source("riegel-1981", "Riegel PS", "1981",
            "Athletic records and human endurance. American Scientist 69(3):285-290");

    /** Cadence increase lowers joint loading. */
    public static final Source HEIDERSCHEIT_2011 = new Source("heiderscheit-2011", "Heiderscheit BC et al.", "2011",
            "Effects of step rate manipulation on joint mechanics during running. Med Sci Sports Exerc 43(2):296-302");

    // --- Plans ------------------------------------------------------------------------------------

    /** Tapering: 2 weeks, volume down 41-60%, intensity and frequency kept. */
    public static final Source BOSQUET_2007 = new Source("bosquet-2007", "Bosquet L et al.", "2007",
            "Effects of tapering on performance: a meta-analysis. Med Sci Sports Exerc 39(8):1358-1365");

    /** Tapering strategies. */
    public static final Source MUJIKA_PADILLA_2003 = new Source("mujika-padilla-2003", "Mujika I, Padilla S", "2003",
            "Scientific bases for precompetition tapering strategies. Med Sci Sports Exerc 35(7):1182-1187");

    /** Pfitzinger plans (18/55, 18/70) for comparison. */
    public static final Source PFITZINGER = new Source("pfitzinger", "Pfitzinger P, Douglas S", "2009",
            "Advanced Marathoning, 2nd ed.");

    /** Higdon's marathon plans (Novice 1) for comparison. */
    public static final Source HIGDON = new Source("higdon", "Higdon H", "n.d.", "Marathon training plans: Novice 1");

    /** Hansons' plans for comparison. */
    public static final Source HANSONS = new Source("hansons", "Humphrey L, Hanson K, Hanson K", "2012",
            "Hansons Marathon Method");

    /** Every source above by its id, read once from the constants of this class. */
    private static final java.util.Map<String, Source> BY_ID = byId();

    private static java.util.Map<String, Source> byId() {
        java.util.Map<String, Source> sources = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.Field field : Sources.class.getFields()) {
            if (field.getType() == Source.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                try {
                    Source source = (Source) field.get(null);
                    sources.put(source.id(), source);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(sources);
    }

    /**
     * The source with a stable id, so that a decision stored with an earlier wording of its citation
     * prints today's reference.
     *
     * @param id a source id such as {@code "warden-2014"}
     * @return the source, or empty when no source has that id
     * @since 0.1.0
     */
    public static java.util.Optional<Source> byId(String id) {
        return java.util.Optional.ofNullable(BY_ID.get(id));
    }
}
