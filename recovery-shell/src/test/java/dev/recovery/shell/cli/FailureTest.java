package dev.recovery.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandExecutionException;

class FailureTest {

    @Test
    void badValueDeepInTheCauseChainIsAUsageError() {
        Exception thrown = new CommandExecutionException("Unable to execute command log run",
                new RuntimeException(new IllegalArgumentException("pain: 11 is not allowed; expected a whole number from 0 to 10")));
        Failure failure = Failure.of(thrown);
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertEquals("pain: 11 is not allowed; expected a whole number from 0 to 10", failure.message());
    }

    @Test
    void diskErrorIsAFailureWithItsRootMessage() {
        Exception thrown = new CommandExecutionException("Unable to execute command log run",
                new UncheckedIOException(new IOException("No space left on device")));
        Failure failure = Failure.of(thrown);
        assertEquals(ExitCode.FAILURE, failure.exitCode());
        assertEquals("No space left on device", failure.message());
    }

    @Test
    void scriptFailureKeepsTheFailingLinesExitCode() {
        Exception thrown = new CommandExecutionException("Unable to execute command script",
                new ScriptException(ExitCode.USAGE, "week.txt line 3: unknown command 'lgo'"));
        assertEquals(new Failure(ExitCode.USAGE, "week.txt line 3: unknown command 'lgo'"), Failure.of(thrown));
    }

    @Test
    void exceptionWithoutMessageIsNamedByItsType() {
        assertEquals("IllegalStateException", Failure.of(new IllegalStateException()).message());
    }
}
