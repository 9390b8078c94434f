package dev.recovery.plans.export;

import dev.recovery.plans.plan.Day;
import java.util.List;

/** The day's recovery items in the short form a printed cell or calendar event has room for. */
final class RecoveryLines {

    private RecoveryLines() {
    }

    static List<String> of(Day day) {
        return List.of();
    }
}
