package dev.recovery.shell;

import dev.recovery.shell.cli.CommandCatalog;
import dev.recovery.shell.cli.CommandRunner;
import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import dev.recovery.shell.cli.RecoveryHome;
import dev.recovery.shell.cli.Repl;
import dev.recovery.shell.cli.ScriptRunner;
import dev.recovery.shell.render.Style;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.InputReader;

/**
 * Entry point of the console. With no arguments it starts the interactive REPL (or, when standard
 * input is not a terminal, runs the piped lines like a script); with arguments it runs them as one
 * command and exits with 0 (ok), 2 (usage error) or 1 (any other failure). Spring Shell 4 does not
 * switch modes by itself, loses unflushed output and exits 0 after errors, so the console decides
 * the mode and the exit status here.
 */
public final class RecoveryConsole {

    private RecoveryConsole() {
    }

    /**
     * @param args a command and its options, or nothing for the REPL
     */
    public static void main(String[] args) {
        int status = run(args);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /**
     * Runs the console and returns the exit status instead of exiting (for tests).
     *
     * @param args a command and its options, or nothing for the REPL
     * @return the exit status
     */
    public static int run(String[] args) {
        long started = System.nanoTime();
        boolean timing = System.getenv("RECOVERY_TIMING") != null;
        quietLogging();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ConfigurableApplicationContext context;
        try {
            context = start();
        } catch (RuntimeException e) {
            err.println("error: the console could not start: " + Failure.of(e).message());
            return ExitCode.FAILURE.status();
        }
        if (timing) {
            long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.printf(java.util.Locale.ROOT, "timing: jvm-start-to-main %d%ntiming: spring-context %d%n",
                    (jvm - (System.nanoTime() - started) / 1_000_000) * 1000, (System.nanoTime() - started) / 1000);
        }
        try {
            return dispatch(context, Arrays.asList(args), out, err).status();
        } catch (Exception e) {
            Failure failure = Failure.of(e);
            context.getBean(CommandRunner.class).report(failure, e, err);
            return failure.exitCode().status();
        } finally {
            out.flush();
            context.close();
            out.flush();
            err.flush();
        }
    }

    private static ExitCode dispatch(ConfigurableApplicationContext context, List<String> args, PrintWriter out,
            PrintWriter err) throws Exception {
        CommandRunner runner = context.getBean(CommandRunner.class);
        InputReader noQuestions = new InputReader() {
        };
        if (!args.isEmpty()) {
            return runner.run(args, out, err, noQuestions);
        }
        if (stdinIsTerminal() || Boolean.getBoolean("recovery.repl")) {
            return new Repl(runner, context.getBean(CommandCatalog.class), context.getBean(RecoveryHome.class),
                    context.getBean(Style.class)).run();
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new ScriptRunner(runner).run(lines, "input", out, noQuestions);
        return ExitCode.OK;
    }

    private static boolean stdinIsTerminal() {
        String tty = System.getProperty("recovery.stdin.tty");
        return tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    }

    /**
     * Builds the Spring context: no banner, no start-up log, no web server, no logging system (Spring
     * Boot's would configure a logging framework; java.util.logging to standard error is enough and
     * keeps anything but the result off standard output).
     *
     * @return the started context
     */
    static ConfigurableApplicationContext start() {
        SpringApplication application = new SpringApplication(ShellConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        application.setDefaultProperties(Map.of("spring.main.lazy-initialization", "true",
                "spring.config.location", "optional:classpath:/none/"));
        return application.run();
    }

    private static void quietLogging() {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        Logger.getLogger("").setLevel(Level.SEVERE);
    }
}
