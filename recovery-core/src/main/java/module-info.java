/**
 * The runner's recovery domain library: soreness triage, training load, paces, readiness and the
 * day's recovery prescription, each decision with the rule that made it and that rule's source.
 * Plain Java with no dependency beyond {@code java.base}; every exported package is public API
 * (see the version policy in {@code docs/versioning.md}).
 *
 * @since 0.1.0
 */
module dev.recovery.core {
    exports dev.recovery.core.episode;
    exports dev.recovery.core.load;
    exports dev.recovery.core.log;
    exports dev.recovery.core.pace;
    exports dev.recovery.core.readiness;
    exports dev.recovery.core.recovery;
    exports dev.recovery.core.source;
    exports dev.recovery.core.triage;
    exports dev.recovery.core.unit;
}
