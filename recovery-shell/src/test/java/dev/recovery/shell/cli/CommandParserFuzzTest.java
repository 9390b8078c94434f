package dev.recovery.shell.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Whatever a runner types (or a script holds), the console's tokenizer and parser either read a
 * command or refuse it with a {@link UsageException} that says what is wrong: never another
 * exception, which would reach the runner as a stack trace, and never a hang.
 *
 * <p>Plain {@code ./mvnw verify} replays the seeds and every kept finding under
 * {@code src/test/resources/dev/recovery/shell/cli/CommandParserFuzzTestInputs/}; {@code ./mvnw -Pfuzz verify}
 * fuzzes for 20 s.
 */
class CommandParserFuzzTest {

    private static final Duration MAX_TIME = Duration.ofSeconds(2);

    private static final RecoveryCommandParser PARSER = parser();

    @FuzzTest(maxDuration = "20s")
    void anyLineParsesOrIsAUsageError(byte[] data) {
        String line = new String(data, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            List<String> words = Tokenizer.split(line);
            PARSER.parse(words);
        } catch (UsageException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a usage error without a message");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(MAX_TIME) <= 0, () -> "one line took " + took.toMillis() + " ms");
    }

    private static RecoveryCommandParser parser() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(ParserFuzzCommands.class);
        context.refresh();
        return new RecoveryCommandParser(CommandCatalog.of(context, List.of(context.getBean(ParserFuzzCommands.class))));
    }
}
