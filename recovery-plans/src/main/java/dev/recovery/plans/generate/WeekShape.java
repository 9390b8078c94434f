package dev.recovery.plans.generate;

import dev.recovery.core.source.Reason;
import dev.recovery.core.recovery.TrainingPhase;
import java.util.List;

/**
 * The outline of one week before its days are laid out: phase, whether it is a cutback, and its
 * target training volume in tenths of the plan's unit (the race excluded).
 *
 * @param phase        the phase
 * @param cutback      true for a step-back week
 * @param volumeTenths the target training volume, in tenths of the unit
 * @param reasons      why the week has this volume
 */
record WeekShape(TrainingPhase phase, boolean cutback, int volumeTenths, List<Reason> reasons) {
}
