package dev.recovery.importer.activity;

import dev.recovery.core.source.Source;
import dev.recovery.core.unit.Checks;

/**
 * A world record on the road or track: the fastest anyone has ever run {@code metres}. Its average
 * speed bounds what a runner can hold over that distance, which is how an activity without a type
 * is told from a ride ({@link KindFromSpeed}).
 *
 * @param event   the event's name, e.g. {@code 10,000 m}
 * @param metres  its distance in metres, more than 0
 * @param seconds the record time in seconds, more than 0
 * @param source  who ran it, where and when
 */
public record RunningRecord(String event, double metres, double seconds, Source source) {

    /** @throws IllegalArgumentException naming the first invalid field */
    public RunningRecord {
        Checks.required("event", event, "the event's name");
        Checks.inRange("metres", metres, Double.MIN_VALUE, Double.MAX_VALUE, "m");
        Checks.inRange("seconds", seconds, Double.MIN_VALUE, Double.MAX_VALUE, "s");
        Checks.required("source", source, "who ran the record");
    }

    /** The record's average speed in metres per second. */
    public double metresPerSecond() {
        return metres / seconds;
    }
}
