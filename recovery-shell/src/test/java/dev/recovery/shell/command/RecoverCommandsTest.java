package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RecoverCommandsTest {

    @TempDir
    Path home;
    private TestConsole console;

    @BeforeEach
    void start() {
        console = new TestConsole(home);
    }

    @AfterEach
    void stop() {
        console.close();
    }

    @Test
    void longRunDayGetsRefuellingWithItsSource() throws Exception {
        console.run("log run --date 2026-11-22 --distance 30km --duration 2:45:00 --type long --rpe 7");
        JsonNode json = JsonMapper.builder().build().readTree(console.run("recover --date 2026-11-22 --format json"));
        assertEquals("build", json.get("phase").asString());
        boolean refuel = false;
        for (JsonNode item : json.get("items")) {
            assertTrue(!item.get("source").asString().isBlank(), item.toString());
            refuel |= item.get("rule").asString().equals("refuel-within-30-min");
        }
        assertTrue(refuel, json.toString());
    }

    @Test
    void redCheckInOfTheDayLeadsTheText() throws Exception {
        console.run("checkin --region shin --side left --pain 6 --quality sharp --spread localized --onset during "
                + "--hours-since-run 2 --trend worse --movement worse --swelling");
        String text = console.run("recover --phase peak");
        assertTrue(text.startsWith("Recovery for 2026-11-22 (peak week), soreness RED"), text);
    }

    @Test
    void unknownPhaseListsThePhases() {
        Exception e = assertThrows(Exception.class, () -> console.run("recover --phase summer"));
        assertEquals(new Failure(ExitCode.USAGE,
                "--phase: 'summer' is not allowed; expected one of base, build, peak, deload, taper, race-week"), Failure.of(e));
    }
}
