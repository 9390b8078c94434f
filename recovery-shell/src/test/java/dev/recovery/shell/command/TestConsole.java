package dev.recovery.shell.command;

import dev.recovery.core.source.Reason;
import dev.recovery.core.source.Sources;
import dev.recovery.core.triage.SorenessPattern;
import dev.recovery.core.triage.Triage;
import dev.recovery.core.triage.TriageLevel;
import dev.recovery.shell.ShellConfiguration;
import dev.recovery.shell.cli.CommandCatalog;
import dev.recovery.shell.cli.RecoveryCommandParser;
import dev.recovery.shell.render.Style;
import dev.recovery.shell.service.TriageEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.shell.test.ShellTestClient;

/**
 * The console's real configuration with a fixed clock, plain ASCII output without colour, a data directory of the test's own and a
 * simple stand-in for the triage rules (the rules themselves are tested in recovery-core), driven
 * through Spring Shell's {@link ShellTestClient}.
 */
final class TestConsole implements AutoCloseable {

    /** The console's "now": 2026-11-22 07:00 UTC. */
    static final Instant NOW = Instant.parse("2026-11-22T07:00:00Z");

    /** GREEN at pain 3 or below, AMBER above, RED with any flag: enough to see the wiring (real rule ids, test wording). */
    static final TriageEngine SIMPLE_RULES = checkIn -> {
        if (!checkIn.symptoms().isEmpty()) {
            return new Triage(TriageLevel.RED, SorenessPattern.NEITHER,
                    List.of(Reason.of("red-pain-at-rest", "A red flag is present.", Sources.POSTMA_CHUNG)));
        }
        TriageLevel level = checkIn.pain().value() <= 3 ? TriageLevel.GREEN : TriageLevel.AMBER;
        return new Triage(level, SorenessPattern.DOMS,
                List.of(Reason.of(level == TriageLevel.GREEN ? "green-ordinary-soreness" : "amber-pain-above-3", "Pain is " + checkIn.pain().value() + ".",
                        Sources.POSTMA_CHUNG)));
    };

    private final AnnotationConfigApplicationContext context;
    private final ShellTestClient client;

    TestConsole(Path home) {
        this(home, NOW);
    }

    /**
     * @param home the data directory
     * @param now the console's fixed "now"
     */
    TestConsole(Path home, Instant now) {
        System.setProperty("recovery.home", home.toString());
        context = new AnnotationConfigApplicationContext();
        context.registerBean("clock", Clock.class, () -> Clock.fixed(now, ZoneOffset.UTC));
        context.registerBean("triageEngine", TriageEngine.class, () -> SIMPLE_RULES);
        context.registerBean("style", Style.class, () -> Style.PLAIN);
        context.register(ShellConfiguration.class);
        context.refresh();
        client = new ShellTestClient(context.getBean(RecoveryCommandParser.class),
                context.getBean(CommandCatalog.class).registry());
    }

    /**
     * @param line a command line as typed
     * @return what the command printed
     * @throws Exception whatever the parser or command threw
     */
    String run(String line) throws Exception {
        return String.join("\n", client.sendCommand(line).lines());
    }

    @Override
    public void close() {
        context.close();
        System.clearProperty("recovery.home");
    }
}
