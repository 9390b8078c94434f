package dev.recovery.core.source;

import dev.recovery.core.unit.Checks;

/**
 * Where a rule, number or recommendation comes from: a study, a guideline or one of the articles
 * the product's rules were drawn from. Every decision the library prints names one.
 *
 * @param id      a stable, short, kebab-case id, e.g. {@code gabbett-2016}
 * @param authors who wrote it, e.g. {@code Gabbett TJ}
 * @param year    the year of publication, or {@code n.d.} where the source has none
 * @param title   the title, with journal and reference where there is one
 * @since 0.1.0
 */
public record Source(String id, String authors, String year, String title) {

    /** @throws IllegalArgumentException if any part is blank */
    public Source {
        for (String[] part : new String[][] {{"id", id}, {"authors", authors}, {"year", year}, {"title", title}}) {
            if (part[1] == null || part[1].isBlank()) {
                throw Checks.invalid("source " + part[0], part[1], "a non-blank text");
            }
        }
    }

    /** A short citation for a runner to look up: {@code Gabbett TJ (2016). The training-injury prevention paradox...}. */
    public String citation() {
        return authors + " (" + year + "). " + title;
    }

    @Override
    public String toString() {
        return citation();
    }
}
