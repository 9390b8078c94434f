package dev.recovery.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SourcesTest {

    /** What a printed citation must never show: a file, a folder, or an internal numbering of texts. */
    private static final Pattern NOT_A_REFERENCE = Pattern.compile("seed|\\.md\\b|\\.txt\\b|/|rules\\.md");

    /** A year, or "n.d." for a source without one. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d|n\\.d\\.");

    private static List<Source> all() throws IllegalAccessException {
        List<Source> sources = new ArrayList<>();
        for (Field field : Sources.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Source.class) {
                sources.add((Source) field.get(null));
            }
        }
        return sources;
    }

    @Test
    void everyPrintedCitationNamesARealReferenceNeverAFileOrANumberedText() throws IllegalAccessException {
        for (Source source : all()) {
            String citation = source.citation().toLowerCase(Locale.ROOT);
            assertFalse(NOT_A_REFERENCE.matcher(citation).find(), source.citation());
        }
    }

    @Test
    void everySourceHasAuthorsAYearAndATitle() throws IllegalAccessException {
        for (Source source : all()) {
            assertTrue(YEAR.matcher(source.year()).matches(), source.id() + ": " + source.year());
            assertTrue(source.citation().startsWith(source.authors() + " (" + source.year() + "). "), source.citation());
        }
    }

    @Test
    void sourceIdsAreUnique() throws IllegalAccessException {
        List<Source> sources = all();
        assertEquals(sources.size(), new HashSet<>(sources.stream().map(Source::id).toList()).size());
    }
}
