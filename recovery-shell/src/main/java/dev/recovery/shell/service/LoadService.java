package dev.recovery.shell.service;

import dev.recovery.core.load.Convention;
import dev.recovery.core.load.DailyLoads;
import dev.recovery.core.load.HeartRateProfile;
import dev.recovery.core.load.LoadModel;
import dev.recovery.core.load.LoadReport;
import dev.recovery.core.load.LoadSettings;
import dev.recovery.core.load.LoadState;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.shell.journal.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Training load from the history: the load library's report and the recent form, in the profile's settings. */
public final class LoadService {

    /** Days of end-of-day form shown beside a report: four weeks, the chronic window of the ACWR. */
    public static final int FORM_DAYS = 28;

    private final TrainingHistory history;

    /** @param history the sessions and the profile */
    public LoadService(TrainingHistory history) {
        this.history = history;
    }

    /**
     * A day's load report with the form of the {@value #FORM_DAYS} days up to it.
     *
     * @param report the library's report for the day
     * @param form end-of-day form, oldest first; empty without sessions
     * @param settings the settings the report was computed with (units, load model)
     */
    public record Load(LoadReport report, List<Double> form, LoadSettings settings) {
        /** Compact constructor: copies the form. */
        public Load {
            form = List.copyOf(form);
        }
    }

    /**
     * @param day the day (form as of its end)
     * @param convention the fitness-fatigue time constants
     * @return the report and recent form
     * @throws IllegalArgumentException if the library refuses the day
     */
    public Load load(LocalDate day, Convention convention) {
        TrainingLog log = history.log();
        LoadSettings settings = settings();
        return new Load(LoadReport.of(log, day, convention, settings), formSeries(log, settings, convention, day), settings);
    }

    /**
     * @param day the day (after its sessions)
     * @param convention the fitness-fatigue time constants
     * @return the library's load report only
     * @throws IllegalArgumentException if the library refuses the day
     */
    public LoadReport report(LocalDate day, Convention convention) {
        return LoadReport.of(history.log(), day, convention, settings());
    }

    /**
     * @return load settings in the profile's units; with heart-rate load (TRIMP) when the profile has
     *     resting and maximum heart rate and sex, else session RPE
     */
    public LoadSettings settings() {
        Profile profile = history.profile();
        LoadSettings settings = LoadSettings.defaults().withUnit(profile.units());
        if (profile.restingHeartRate().isPresent() && profile.maxHeartRate().isPresent() && profile.sex().isPresent()) {
            HeartRateProfile heart = HeartRateProfile.of(profile.restingHeartRate().getAsInt(), profile.maxHeartRate().getAsInt(),
                    profile.sex().get());
            settings = settings.withModel(LoadModel.withHeartRate(heart));
        }
        return settings;
    }

    private static List<Double> formSeries(TrainingLog log, LoadSettings settings, Convention convention, LocalDate day) {
        List<Double> series = new ArrayList<>();
        if (log.sessions().isEmpty()) {
            return series;
        }
        DailyLoads loads = DailyLoads.of(log, settings.model(), day);
        LoadState state = LoadState.start(convention, settings.seed());
        long firstShown = loads.days() - FORM_DAYS;
        for (int i = 0; i < loads.days(); i++) {
            state.addDay(loads.get(i));
            if (i >= firstShown) {
                series.add(state.form());
            }
        }
        return series;
    }
}
