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
    // Renamed to dev.recovery.plans.generate by the plan restructure; export the new name then.
    exports dev.recovery.plans.build;
    exports dev.recovery.plans.export;
    exports dev.recovery.plans.plan;
    exports dev.recovery.plans.request;
}
