package dev.recovery.core.episode;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Source;
import dev.recovery.core.unit.Checks;

/**
 * One rule of the course of an episode or of the return to run: a stable id, what it means, and
 * where it comes from. The condition lives with the fold that follows the course
 * ({@link Episodes#of(SorenessHistory, java.time.LocalDate)}); each firing gives a {@link Reason}.
 *
 * @param id      stable kebab-case id, e.g. {@code episode-red-sticky}
 * @param summary one line on what the rule means, for documentation and help text
 * @param source  where it comes from
 */
public record EpisodeRule(String id, String summary, Source source) {

    /** @throws IllegalArgumentException if a part is missing or the id is not kebab-case */
    public EpisodeRule {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw Checks.invalid("rule id", id, "lower-case words joined by hyphens");
        }
        Checks.required("summary", summary, "a one-line description of rule " + id);
        Checks.required("source", source, "the source of rule " + id);
    }

    /**
     * The reason this rule gives, in the words for this occasion.
     *
     * @param message the sentence for the runner
     * @return the reason
     */
    public Reason reason(String message) {
        return Reason.of(id, message, source);
    }
}
