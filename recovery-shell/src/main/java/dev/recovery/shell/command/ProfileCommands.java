package dev.recovery.shell.command;

import dev.recovery.core.load.Sex;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.shell.cli.UsageException;
import dev.recovery.shell.journal.Profile;
import dev.recovery.shell.render.Json;
import dev.recovery.shell.render.OutputFormat;
import dev.recovery.shell.service.TrainingHistory;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code profile} shows and {@code profile set} changes the runner's profile. */
public class ProfileCommands {

    private final TrainingHistory history;

    /** @param history where the profile is recorded */
    public ProfileCommands(TrainingHistory history) {
        this.history = history;
    }

    /** @return the profile, text or JSON */
    @Command(name = "profile", group = Groups.PROFILE, completionProvider = OptionCompletions.BEAN,
            description = "Show your profile: units, name, goal, sex, heart rates")
    public String show(@Option(longName = "format", description = OutputFormat.HELP) String format) {
        return render(history.profile(), OutputFormat.parse(format));
    }

    /** @return the updated profile */
    @Command(name = {"profile", "set"}, group = Groups.PROFILE, completionProvider = OptionCompletions.BEAN,
            description = "Change your profile; options left out keep their value",
            help = "Example: profile set --units mi --name Sam --goal 3:30:00 --resting-hr 48 --max-hr 186")
    public String set(@Option(longName = "units", description = "km|mi, for distances and paces in text output") String units,
            @Option(longName = "name", description = "your name") String name,
            @Option(longName = "goal", description = "goal marathon time, e.g. 3:30:00") String goal,
            @Option(longName = "sex", description = "female|male (some load models use it)") String sex,
            @Option(longName = "resting-hr", description = "resting heart rate, bpm") String restingHr,
            @Option(longName = "max-hr", description = "maximum heart rate, bpm") String maxHr,
            @Option(longName = "format", description = OutputFormat.HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        if (units == null && name == null && goal == null && sex == null && restingHr == null && maxHr == null) {
            throw new UsageException("profile set: nothing to change; give at least one of --units --name --goal --sex "
                    + "--resting-hr --max-hr");
        }
        Profile current = history.profile();
        DistanceUnit newUnits = units == null ? null : OptionValues.parse("units", units, DistanceUnit::parse);
        Duration newGoal = goal == null ? null : OptionValues.parse("goal", goal, t -> Durations.parse("goal", t));
        Sex newSex = sex == null ? null : OptionValues.parse("sex", sex, Sex::parse);
        Integer resting = OptionValues.wholeNumber("resting-hr", restingHr, Profile.MIN_RESTING_HR, Profile.MAX_RESTING_HR, "bpm");
        Integer maximum = OptionValues.wholeNumber("max-hr", maxHr, Profile.MIN_MAX_HR, Profile.MAX_MAX_HR, "bpm");
        Profile updated = OptionValues.build(() -> {
            Profile p = current;
            p = newUnits == null ? p : p.withUnits(newUnits);
            p = name == null ? p : p.withName(name);
            p = newGoal == null ? p : p.withGoalMarathonTime(newGoal);
            p = newSex == null ? p : p.withSex(newSex);
            // Both heart rates at once, so that raising both past the old maximum is not refused midway.
            if (resting != null || maximum != null) {
                p = new Profile(p.units(), p.name(), p.goalMarathonTime(), p.sex(),
                        resting == null ? p.restingHeartRate() : OptionalInt.of(resting),
                        maximum == null ? p.maxHeartRate() : OptionalInt.of(maximum));
            }
            return p;
        });
        history.saveProfile(updated);
        return render(updated, output);
    }

    private static String render(Profile profile, OutputFormat output) {
        if (output == OutputFormat.JSON) {
            Map<String, Object> json = Json.object("units", profile.units().name().toLowerCase(Locale.ROOT),
                    "name", profile.name(),
                    "goalMarathonSeconds", profile.goalMarathonTime().map(Duration::getSeconds).orElse(null),
                    "sex", profile.sex().map(Sex::id).orElse(null),
                    "restingHr", profile.restingHeartRate().isPresent() ? profile.restingHeartRate().getAsInt() : null,
                    "maxHr", profile.maxHeartRate().isPresent() ? profile.maxHeartRate().getAsInt() : null);
            return Json.write(json);
        }
        return "units       " + profile.units().name().toLowerCase(Locale.ROOT)
                + "\nname        " + profile.name()
                + "\ngoal        " + profile.goalMarathonTime().map(Durations::format).orElse("-")
                + "\nsex         " + profile.sex().map(Sex::id).orElse("-")
                + "\nresting HR  " + (profile.restingHeartRate().isPresent() ? profile.restingHeartRate().getAsInt() + " bpm" : "-")
                + "\nmax HR      " + (profile.maxHeartRate().isPresent() ? profile.maxHeartRate().getAsInt() + " bpm" : "-");
    }
}
