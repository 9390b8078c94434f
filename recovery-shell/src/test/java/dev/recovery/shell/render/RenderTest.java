package dev.recovery.shell.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderTest {

    private static final Style UNICODE = new Style(false, true);

    @Test
    void tableAlignsColumnsAndRightAlignsNumbers() {
        String table = Table.create().left("shoe").right("km").row("pegasus", "425.0").row("vomero", "9.9").render();
        assertEquals("shoe        km\n-------  -----\npegasus  425.0\nvomero     9.9", table);
    }

    @Test
    void tableRowWithTheWrongNumberOfCellsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Table.create().left("a").right("b").row("only one"));
    }

    @Test
    void fullBarFillsTheWidthWithBlocks() {
        assertEquals("\u2588".repeat(10), Charts.bar(50, 50, 10, UNICODE));
    }

    @Test
    void halfCellIsAHalfBlock() {
        assertEquals("\u2588\u258C", Charts.bar(1.5, 10, 10, UNICODE));
    }

    @Test
    void asciiBarUsesHashes() {
        assertEquals("#####", Charts.bar(5, 10, 10, Style.PLAIN));
    }

    @Test
    void zeroGivesNoBar() {
        assertEquals("", Charts.bar(0, 10, 10, UNICODE));
    }

    @Test
    void sparklineRunsFromLowestToHighestBlock() {
        assertEquals("\u2581\u2588", Charts.sparkline(List.of(-30.0, 5.0), UNICODE));
    }

    @Test
    void asciiSparklineStaysAscii() {
        String line = Charts.sparkline(List.of(1.0, 2.0, 3.0, 4.0, 5.0), Style.PLAIN);
        assertEquals("_.-=^", line);
    }

    @Test
    void noColourMeansNoEscapeCodes() {
        assertEquals("RED", new Style(false, true).red("RED"));
    }

    @Test
    void colourWrapsInAnsiAndResets() {
        String red = new Style(true, true).red("RED");
        assertTrue(red.startsWith("\u001b[31;1m") && red.endsWith("\u001b[0m"), red);
    }

    @Test
    void formatOtherThanTextOrJsonIsRefusedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("yaml"));
        assertEquals("--format: 'yaml' is not allowed; expected text or json", e.getMessage());
    }

    @Test
    void jsonObjectLeavesOutNullValues() {
        assertFalse(Json.write(Json.object("a", 1, "b", null)).contains("\"b\""));
    }
}
