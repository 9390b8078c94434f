package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command refuses a bad value as a usage error whose message names the option and the value. */
class BadInputTest {

    private static final String CHECK_IN = "--region calf --side both --pain 2 --quality dull --spread widespread "
            + "--onset delayed --hours-since-run 30 --trend improving --movement eases";

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "log run --distance 10km --duration 55:00 --date 2026-13-01 | --date | 2026-13-01",
        "log run --distance 10km --duration 55:00 --type jog | --type | jog",
        "log run --distance 10km --duration 55:00 --avg-hr 400 | --avg-hr | 400",
        "log cross --activity bike --duration forever | --duration | forever",
        "log cross --activity yoga --duration 30:00 --avg-hr 12 | --avg-hr | 12",
        "history --from yesterday | --from | yesterday",
        "undo --format xml | --format | xml",
        "profile --format xml | --format | xml",
        "profile set --units furlongs | --units | furlongs",
        "profile set --goal 0:35:00 | --goal | 35:00",
        "shoes add --name pegasus --date 1.1.2026 | --date | 1.1.2026",
        "shoes list --format csv | --format | csv",
        "shoes retire --name pegasus --date soon | --date | soon",
        "triage --region calf --side both --pain 2 --quality dull --spread widespread --onset delayed --hours-since-run -3 --trend improving --movement eases | --hours-since-run | -3",
        "checkin --region calf --side both --pain 2 --quality dull --spread widespread --onset delayed --hours-since-run 30 --trend sideways --movement eases | --trend | sideways",
        "checkin " + CHECK_IN + " --date tomorrow | --date | tomorrow",
        "recover --date never | --date | never",
        "readiness --date never | --date | never",
        "load --date never | --date | never",
        "paces --goal fast | --goal | fast",
        "paces --race 10k --time slow | --time | slow",
    })
    void badValueIsAUsageErrorNamingOptionAndValue(String line, String option, String value) {
        Exception e = assertThrows(Exception.class, () -> console.run(line));
        Failure failure = Failure.of(e);
        assertEquals(ExitCode.USAGE, failure.exitCode(), failure.message());
        assertTrue(failure.message().startsWith(option + ": ") && failure.message().contains(value), failure.message());
    }
}
