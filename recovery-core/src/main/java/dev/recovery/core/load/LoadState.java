package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;

/**
 * The running state of every day-by-day load measure, updated one day at a time: fitness, fatigue
 * and form under one {@link Convention}, the three ACWRs and the 7-day monotony window. Adding a
 * day ({@link #addDay(double)}) takes constant time and allocates nothing, so a 10-year history
 * is one pass over a {@code double[]} and a new day is one call.
 *
 * <p>Not thread-safe and mutable by design (the one mutable type in this package); take the
 * immutable results ({@link #fitnessFatigue()}, {@link #acwr()}, {@link #monotony()}) to share them.
 *
 * @since 0.1.0
 */
public final class LoadState {

    /**
     * Rolling sums below this (AU) are taken as exactly 0: adding and subtracting the same loads
     * can leave a rounding residue such as 1e-13 where the true sum is 0, which must not become a
     * huge ratio. No real session is this small.
     */
    private static final double ROUNDING_RESIDUE_AU = 1e-9;

    private final Convention convention;
    /*
     * Every average is X_t = X_(t-1) + k x (load_t - X_(t-1)), computed as X_t = keep x X_(t-1) + k x load_t
     * with keep = 1 - k: the same value, but the chain from one day to the next is one multiply and
     * one add, which is what makes 3,650 days take microseconds.
     */
    private final double kFitness;
    private final double keepFitness;
    private final double kFatigue;
    private final double keepFatigue;
    /** EWMA weights lambda = 2/(N+1), N = 7 and 28 (Williams 2017). */
    private final double lambdaAcute;
    private final double keepAcute;
    private final double lambdaChronic;
    private final double keepChronic;

    private double fitness;
    private double fatigue;
    private double previousFitness;
    private double previousFatigue;
    private double ewmaAcute;
    private double ewmaChronic;
    /** The last 28 daily loads; {@code ring[last]} is the newest. Days before the first are 0. */
    private final double[] ring = new double[Acwr.CHRONIC_DAYS];
    private int last = Acwr.CHRONIC_DAYS - 1;
    private double sumAcute;
    private double sumChronic;
    private int days;

    private LoadState(Convention convention, FitnessFatigue seed) {
        this.convention = Checks.required("convention", convention, "goldencheetah, trainingpeaks or runalyze");
        Checks.required("seed", seed, "starting fitness and fatigue");
        this.kFitness = convention.weight(FitnessFatigue.FITNESS_TAU_DAYS);
        this.kFatigue = convention.weight(FitnessFatigue.FATIGUE_TAU_DAYS);
        this.lambdaAcute = 2.0 / (Acwr.ACUTE_DAYS + 1);
        this.lambdaChronic = 2.0 / (Acwr.CHRONIC_DAYS + 1);
        this.keepFitness = 1 - kFitness;
        this.keepFatigue = 1 - kFatigue;
        this.keepAcute = 1 - lambdaAcute;
        this.keepChronic = 1 - lambdaChronic;
        this.fitness = seed.fitness();
        this.fatigue = seed.fatigue();
        this.previousFitness = fitness;
        this.previousFatigue = fatigue;
    }

    /** An empty state: no days yet, fitness and fatigue 0. */
    public static LoadState start(Convention convention) {
        return new LoadState(convention, FitnessFatigue.ZERO);
    }

    /** An empty state whose fitness and fatigue start from {@code seed} (e.g. carried over from another app). */
    public static LoadState start(Convention convention, FitnessFatigue seed) {
        return new LoadState(convention, seed);
    }

    /** The state after every day of {@code loads}, in one pass. */
    public static LoadState of(DailyLoads loads, Convention convention, FitnessFatigue seed) {
        LoadState state = start(convention, seed);
        double[] a = Checks.required("loads", loads, "daily loads").array();
        for (double load : a) {
            state.step(load);
        }
        return state;
    }

    /** The state after every day of {@code loads}, from fitness and fatigue 0. */
    public static LoadState of(DailyLoads loads, Convention convention) {
        return of(loads, convention, FitnessFatigue.ZERO);
    }

    /**
     * Adds the next day, with {@code load} AU (0 for a rest day). Constant time, no allocation.
     *
     * @throws IllegalArgumentException naming {@code load} if negative, not finite or above
     *                                  {@value DailyLoads#MAX_DAILY_AU} AU; the state is then unchanged
     */
    public void addDay(double load) {
        if (!(load >= 0 && load <= DailyLoads.MAX_DAILY_AU)) {
            throw Checks.invalidFormatted("load", String.valueOf(load), "a number from 0 to " + (long) DailyLoads.MAX_DAILY_AU + " AU");
        }
        step(load);
    }

    private void step(double load) {
        previousFitness = fitness;
        previousFatigue = fatigue;
        fitness = keepFitness * fitness + kFitness * load;
        fatigue = keepFatigue * fatigue + kFatigue * load;
        if (days == 0) {
            // Williams 2017 as the load reference specifies: both averages start at the first day's load.
            ewmaAcute = load;
            ewmaChronic = load;
        } else {
            ewmaAcute = keepAcute * ewmaAcute + lambdaAcute * load;
            ewmaChronic = keepChronic * ewmaChronic + lambdaChronic * load;
        }
        int next = last + 1 == Acwr.CHRONIC_DAYS ? 0 : last + 1;
        // ring[next] is the load 28 days ago (leaving the chronic window); the one 7 days ago leaves the acute window.
        int weekAgo = next - Acwr.ACUTE_DAYS < 0 ? next - Acwr.ACUTE_DAYS + Acwr.CHRONIC_DAYS : next - Acwr.ACUTE_DAYS;
        sumChronic += load - ring[next];
        sumAcute += load - ring[weekAgo];
        if (sumChronic < ROUNDING_RESIDUE_AU) {
            sumChronic = 0;
        }
        if (sumAcute < ROUNDING_RESIDUE_AU) {
            sumAcute = 0;
        }
        ring[next] = load;
        last = next;
        days++;
    }

    /** The convention fitness and fatigue follow. */
    public Convention convention() {
        return convention;
    }

    /** How many days have been added. */
    public int days() {
        return days;
    }

    /** Fitness at the end of the latest day, AU/day. */
    public double fitness() {
        return fitness;
    }

    /** Fatigue at the end of the latest day, AU/day. */
    public double fatigue() {
        return fatigue;
    }

    /** Form at the end of the latest day (after its load): fitness - fatigue. Runalyze and GoldenCheetah show this one. */
    public double form() {
        return fitness - fatigue;
    }

    /** Form on the morning of the latest day (from the previous day's values, before its load). TrainingPeaks shows this one. */
    public double formMorning() {
        return previousFitness - previousFatigue;
    }

    /** Fitness and fatigue at the end of the latest day. */
    public FitnessFatigue fitnessFatigue() {
        return FitnessFatigue.of(fitness, fatigue);
    }

    /** The load of the last 7 days, AU. */
    public double acuteLoad() {
        return sumAcute;
    }

    /** The load of the last 28 days, AU. */
    public double chronicLoad() {
        return sumChronic;
    }

    /** Rolling coupled ACWR: 7-day sum / (28-day sum / 4); none before 28 days or with chronic load 0. */
    public AcwrRatio acwrRollingCoupled() {
        if (days < Acwr.CHRONIC_DAYS || sumChronic == 0) {
            return AcwrRatio.NONE;
        }
        return AcwrRatio.of(sumAcute / (sumChronic / (Acwr.CHRONIC_DAYS / Acwr.ACUTE_DAYS)));
    }

    /** Rolling uncoupled ACWR: 7-day sum / (sum of the 21 days before / 3); none before 28 days or with those 21 days at 0. */
    public AcwrRatio acwrRollingUncoupled() {
        double before = sumChronic - sumAcute;
        if (days < Acwr.CHRONIC_DAYS || before < ROUNDING_RESIDUE_AU) {
            return AcwrRatio.NONE;
        }
        return AcwrRatio.of(sumAcute / (before / ((Acwr.CHRONIC_DAYS - Acwr.ACUTE_DAYS) / Acwr.ACUTE_DAYS)));
    }

    /** EWMA ACWR: acute EWMA / chronic EWMA; none before 28 days or with chronic EWMA 0. */
    public AcwrRatio acwrEwma() {
        if (days < Acwr.CHRONIC_DAYS || ewmaChronic < ROUNDING_RESIDUE_AU) {
            return AcwrRatio.NONE;
        }
        return AcwrRatio.of(ewmaAcute / ewmaChronic);
    }

    /** The three ratios. */
    public Acwr acwr() {
        return new Acwr(acwrRollingCoupled(), acwrRollingUncoupled(), acwrEwma());
    }

    /** Monotony and strain of the last 7 days (days before the first count as rest). */
    public Monotony monotony() {
        return Monotony.ofRing(ring, last);
    }

    /** A sum of every measure, for benchmarks to consume so the JIT cannot drop the work. */
    public double checksum() {
        return fitness + fatigue + previousFitness + ewmaAcute + ewmaChronic + sumAcute + sumChronic;
    }
}
