package dev.recovery.shell;

import dev.recovery.shell.cli.CommandCatalog;
import dev.recovery.shell.cli.CommandRunner;
import dev.recovery.shell.cli.NoValidation;
import dev.recovery.shell.cli.RecoveryCommandParser;
import dev.recovery.shell.cli.RecoveryHome;
import dev.recovery.shell.command.HelpCommands;
import dev.recovery.shell.command.ScriptCommands;
import dev.recovery.shell.render.Style;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every bean of the console, declared explicitly: no classpath scanning and no auto-configuration,
 * which would cost start-up time (docs/decisions/0003-shell-startup.md) and bring Spring Shell's own
 * runners, whose exit codes and error output do not fit a command-line tool. Spring Shell provides
 * the command model ({@code @Command}, {@code @Option}), the registry, the executor, completion and
 * the JLine integration.
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    @Bean
    RecoveryHome recoveryHome() {
        return RecoveryHome.fromEnvironment();
    }

    @Bean
    Style style() {
        return Style.detect();
    }

    @Bean
    jakarta.validation.Validator validator() {
        return NoValidation.INSTANCE;
    }

    @Bean
    HelpCommands helpCommands(ObjectProvider<CommandCatalog> catalog) {
        return new HelpCommands(catalog);
    }

    @Bean
    ScriptCommands scriptCommands(ObjectProvider<CommandRunner> runner) {
        return new ScriptCommands(runner);
    }

    @Bean
    CommandCatalog commandCatalog(ApplicationContext context, HelpCommands help, ScriptCommands script) {
        return CommandCatalog.of(context, List.of(help, script));
    }

    @Bean
    RecoveryCommandParser commandParser(CommandCatalog catalog) {
        return new RecoveryCommandParser(catalog);
    }

    @Bean
    CommandRunner commandRunner(CommandCatalog catalog, RecoveryCommandParser parser) {
        return new CommandRunner(catalog, parser);
    }
}
