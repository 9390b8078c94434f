package dev.recovery.shell;

import dev.recovery.core.triage.Triage;
import dev.recovery.shell.cli.CommandCatalog;
import dev.recovery.shell.cli.CommandRunner;
import dev.recovery.shell.cli.NoValidation;
import dev.recovery.shell.cli.RecoveryCommandParser;
import dev.recovery.shell.cli.RecoveryHome;
import dev.recovery.shell.command.EntryView;
import dev.recovery.shell.command.HelpCommands;
import dev.recovery.shell.command.ImportCommands;
import dev.recovery.shell.command.HistoryCommands;
import dev.recovery.shell.command.JournalSession;
import dev.recovery.shell.command.LogCommands;
import dev.recovery.shell.command.OptionCompletions;
import dev.recovery.shell.command.LoadCommands;
import dev.recovery.shell.command.PaceCommands;
import dev.recovery.shell.command.PlanCommands;
import dev.recovery.shell.command.ReadinessCommands;
import dev.recovery.shell.command.ProfileCommands;
import dev.recovery.shell.command.RecoverCommands;
import dev.recovery.shell.command.ShoeCommands;
import dev.recovery.shell.command.TriageCommands;
import dev.recovery.shell.command.TriageEngine;
import dev.recovery.shell.command.ScriptCommands;
import dev.recovery.shell.render.Style;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every bean of the console, declared explicitly: no classpath scanning and no auto-configuration,
 * which would cost start-up time (docs/decisions/0021-console-start-up.md) and bring Spring Shell's own
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
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    EntryView entryView(Clock clock) {
        return new EntryView(clock.getZone());
    }

    @Bean(destroyMethod = "close")
    JournalSession journalSession(RecoveryHome home) {
        return new JournalSession(home, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    @Bean
    TriageEngine triageEngine() {
        return Triage::of;
    }

    @Bean(OptionCompletions.BEAN)
    OptionCompletions optionCompletions() {
        return new OptionCompletions();
    }

    @Bean
    LogCommands logCommands(JournalSession journal, EntryView view, Clock clock) {
        return new LogCommands(journal, view, clock);
    }

    @Bean
    HistoryCommands historyCommands(JournalSession journal, EntryView view) {
        return new HistoryCommands(journal, view);
    }

    @Bean
    ShoeCommands shoeCommands(JournalSession journal, Clock clock) {
        return new ShoeCommands(journal, clock);
    }

    @Bean
    ProfileCommands profileCommands(JournalSession journal) {
        return new ProfileCommands(journal);
    }

    @Bean
    TriageCommands triageCommands(TriageEngine engine, JournalSession journal, Clock clock, Style style) {
        return new TriageCommands(engine, journal, clock, style);
    }

    @Bean
    RecoverCommands recoverCommands(JournalSession journal, TriageEngine engine, Clock clock) {
        return new RecoverCommands(journal, engine, clock);
    }

    @Bean
    PaceCommands paceCommands(JournalSession journal) {
        return new PaceCommands(journal);
    }

    @Bean
    LoadCommands loadCommands(JournalSession journal, Clock clock, Style style) {
        return new LoadCommands(journal, clock, style);
    }

    @Bean
    ReadinessCommands readinessCommands(JournalSession journal, TriageEngine engine, Clock clock, Style style) {
        return new ReadinessCommands(journal, engine, clock, style);
    }

    @Bean
    ImportCommands importCommands(JournalSession journal, Clock clock, Style style) {
        return new ImportCommands(journal, clock, style);
    }

    @Bean
    PlanCommands planCommands(JournalSession journal, ReadinessCommands readiness, Clock clock) {
        return new PlanCommands(journal, readiness, clock);
    }

    /**
     * The command beans, in one list: adding a command group means adding its bean above and here.
     */
    @Bean
    CommandCatalog commandCatalog(ApplicationContext context, HelpCommands help, ScriptCommands script,
            LogCommands log, HistoryCommands history, ShoeCommands shoes, ProfileCommands profile,
            TriageCommands triage, RecoverCommands recover, PaceCommands paces, LoadCommands load,
            ReadinessCommands readiness, ImportCommands imports, PlanCommands plans) {
        return CommandCatalog.of(context, List.of(help, script, log, history, shoes, profile, triage, recover, paces,
                load, readiness, imports, plans));
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
