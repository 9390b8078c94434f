package dev.recovery.shell.command;

import dev.recovery.core.load.HeartRateProfile;
import dev.recovery.core.load.LoadModel;
import dev.recovery.core.load.LoadSettings;
import dev.recovery.core.log.Session;
import dev.recovery.core.log.TrainingLog;
import dev.recovery.shell.journal.JournalEntry;
import dev.recovery.shell.journal.Profile;
import dev.recovery.shell.journal.SessionEntry;
import java.util.ArrayList;
import java.util.List;

/** What the load and readiness commands read from the journal: the training log and load settings. */
final class TrainingData {

    private TrainingData() {
    }

    /** @return every logged session, as the library's training log */
    static TrainingLog log(JournalSession journal) {
        List<Session> sessions = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            if (entry instanceof SessionEntry session) {
                sessions.add(session.session());
            }
        }
        return TrainingLog.of(sessions);
    }

    /**
     * @return load settings in the profile's units; with heart-rate load (TRIMP) when the profile has
     *     resting and maximum heart rate and sex, else session RPE
     */
    static LoadSettings settings(Profile profile) {
        LoadSettings settings = LoadSettings.defaults().withUnit(profile.units());
        if (profile.restingHeartRate().isPresent() && profile.maxHeartRate().isPresent() && profile.sex().isPresent()) {
            HeartRateProfile heart = HeartRateProfile.of(profile.restingHeartRate().getAsInt(), profile.maxHeartRate().getAsInt(),
                    dev.recovery.core.load.Sex.parse(profile.sex().get().id()));
            settings = settings.withModel(LoadModel.withHeartRate(heart));
        }
        return settings;
    }
}
