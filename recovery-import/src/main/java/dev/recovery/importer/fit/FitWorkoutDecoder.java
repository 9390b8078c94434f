package dev.recovery.importer.fit;

import dev.recovery.importer.safety.ImportException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Rebuilds a {@link FitWorkout} from a workout file's {@code file_id}, {@code workout} and
 * {@code workout_step} messages: the inverse of {@link FitWorkoutEncoder}. Steps are taken in file
 * order; a repeat step gathers the steps from the index it names up to itself into a block.
 */
final class FitWorkoutDecoder {

    private final String fileName;
    private final List<FitMessage> steps = new ArrayList<>();
    private FitMessage workout;
    private Long created;

    FitWorkoutDecoder(String fileName) {
        this.fileName = fileName;
    }

    void created(long fitSeconds) {
        if (created == null) {
            created = fitSeconds;
        }
    }

    void message(FitMessage m) {
        if (m.global() == FitProfile.MESG_WORKOUT) {
            if (workout == null) {
                workout = m;
            }
        } else if (steps.size() >= FitWorkout.MAX_STEPS) {
            throw fail(m, "more than " + FitWorkout.MAX_STEPS + " workout steps");
        } else {
            steps.add(m);
        }
    }

    Optional<FitWorkout> result() {
        if (workout == null) {
            return Optional.empty();
        }
        String name = workout.text(FitProfile.WORKOUT_NAME).orElse("Workout");
        LocalDate date = created == null ? FitProfile.EPOCH.atZone(ZoneOffset.UTC).toLocalDate()
                : FitProfile.instant(created).atZone(ZoneOffset.UTC).toLocalDate();
        List<FitWorkoutItem> items = new ArrayList<>();
        // Steps not yet claimed by a repeat, with their message index, to build blocks from.
        List<FitWorkoutStep> open = new ArrayList<>();
        List<Integer> openIndex = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            FitMessage m = steps.get(i);
            int index = (int) m.value(FitProfile.FIELD_MESSAGE_INDEX).orElse(i);
            long durationType = m.value(FitProfile.STEP_DURATION_TYPE).orElse(FitProfile.DURATION_OPEN);
            if (durationType == FitProfile.DURATION_REPEAT_UNTIL_STEPS_COMPLETE) {
                long from = m.value(FitProfile.STEP_DURATION_VALUE).orElse(-1);
                int at = openIndex.indexOf((int) from);
                long times = m.value(FitProfile.STEP_TARGET_VALUE).orElse(-1);
                if (at < 0 || times < 1 || times > FitRepeat.MAX_TIMES) {
                    throw fail(m, "a repeat step (index " + index + ") repeating from step " + from + " " + times
                            + " times; expected an earlier step of its own and 1 to " + FitRepeat.MAX_TIMES + " times");
                }
                flush(items, open.subList(0, at));
                items.add(new FitRepeat((int) times, new ArrayList<>(open.subList(at, open.size()))));
                open.clear();
                openIndex.clear();
            } else {
                open.add(step(m, durationType));
                openIndex.add(index);
            }
        }
        flush(items, open);
        try {
            return Optional.of(new FitWorkout(name, date, items));
        } catch (IllegalArgumentException e) {
            throw fail(workout, "the workout cannot be read: " + e.getMessage());
        }
    }

    private static void flush(List<FitWorkoutItem> items, List<FitWorkoutStep> open) {
        items.addAll(open);
    }

    private FitWorkoutStep step(FitMessage m, long durationType) {
        try {
            FitStepDuration duration;
            OptionalLong value = m.value(FitProfile.STEP_DURATION_VALUE);
            if (durationType == FitProfile.DURATION_DISTANCE) {
                duration = new FitStepDuration(FitStepDuration.Type.DISTANCE, value.orElse(0));
            } else if (durationType == FitProfile.DURATION_TIME) {
                duration = new FitStepDuration(FitStepDuration.Type.TIME, value.orElse(0));
            } else {
                // Heart-rate, calorie and power durations have no equivalent here: the step is open.
                duration = FitStepDuration.open();
            }
            Optional<FitSpeedTarget> target = Optional.empty();
            long targetType = m.value(FitProfile.STEP_TARGET_TYPE).orElse(FitProfile.TARGET_OPEN);
            OptionalLong low = m.value(FitProfile.STEP_CUSTOM_TARGET_LOW);
            OptionalLong high = m.value(FitProfile.STEP_CUSTOM_TARGET_HIGH);
            if (targetType == FitProfile.TARGET_SPEED && low.isPresent() && high.isPresent()
                    && m.value(FitProfile.STEP_TARGET_VALUE).orElse(FitProfile.TARGET_VALUE_CUSTOM) == FitProfile.TARGET_VALUE_CUSTOM) {
                target = Optional.of(new FitSpeedTarget(low.getAsLong(), high.getAsLong()));
            }
            FitIntensity intensity = FitIntensity.of(m.value(FitProfile.STEP_INTENSITY).orElse(FitIntensity.ACTIVE.number()))
                    .orElse(FitIntensity.ACTIVE);
            return new FitWorkoutStep(m.text(FitProfile.STEP_NAME), intensity, duration, target);
        } catch (IllegalArgumentException e) {
            throw fail(m, "a workout step cannot be read: " + e.getMessage());
        }
    }

    private ImportException fail(FitMessage m, String problem) {
        return new ImportException(fileName, "byte " + m.offset(), problem);
    }
}
