/**
 * Importing a runner's history (a Strava bulk export, GPX, TCX, plain CSV) into sessions, safely and
 * streaming. Requires {@code dev.recovery.core} (transitively: imports produce its sessions) and
 * {@code java.xml} (StAX). The readers of each format are internal packages, not exported.
 *
 * @since 0.1.0
 */
module dev.recovery.importer {
    requires transitive dev.recovery.core;
    requires java.xml;

    exports dev.recovery.importer;
    exports dev.recovery.importer.activity;
    exports dev.recovery.importer.dedup;
    exports dev.recovery.importer.fit;
    exports dev.recovery.importer.safety;
}
