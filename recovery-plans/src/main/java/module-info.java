/**
 * Periodized marathon plans: built from a runner's request, adapted to soreness and load, and
 * exported to Markdown, HTML, iCalendar and CSV. Requires {@code dev.recovery.core} (transitively:
 * plans are made of its distances, paces, reasons and recovery prescriptions) and nothing else.
 *
 * @since 0.1.0
 */
module dev.recovery.plans {
    requires transitive dev.recovery.core;

    exports dev.recovery.plans.adapt;
    exports dev.recovery.plans.generate;
    exports dev.recovery.plans.export;
    exports dev.recovery.plans.plan;
    exports dev.recovery.plans.request;
    exports dev.recovery.plans.workout;
}
