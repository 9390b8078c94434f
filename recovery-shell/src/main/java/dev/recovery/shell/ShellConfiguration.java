package dev.recovery.shell;

import dev.recovery.core.triage.Triage;
import dev.recovery.shell.cli.CommandCatalog;
import dev.recovery.shell.cli.CommandRunner;
import dev.recovery.shell.cli.NoValidation;
import dev.recovery.shell.cli.RecoveryCommandParser;
import dev.recovery.shell.cli.RecoveryHome;
import dev.recovery.shell.command.HelpCommands;
import dev.recovery.shell.command.ImportCommands;
import dev.recovery.shell.command.HistoryCommands;
import dev.recovery.shell.command.LogCommands;
import dev.recovery.shell.command.OptionCompletions;
import dev.recovery.shell.command.LoadCommands;
import dev.recovery.shell.command.PaceCommands;
import dev.recovery.shell.command.PlanCommands;
import dev.recovery.shell.command.ReadinessCommands;
import dev.recovery.shell.command.ProfileCommands;
import dev.recovery.shell.command.RecoverCommands;
import dev.recovery.shell.command.ShoeCommands;
import dev.recovery.shell.command.SorenessCommands;
import dev.recovery.shell.command.TriageCommands;
import dev.recovery.shell.command.ScriptCommands;
import dev.recovery.shell.render.EntryView;
import dev.recovery.shell.render.Style;
import dev.recovery.shell.service.JournalSession;
import dev.recovery.shell.service.LoadService;
import dev.recovery.shell.service.PlanService;
import dev.recovery.shell.service.ReadinessService;
import dev.recovery.shell.service.RecoveryService;
import dev.recovery.shell.service.TrainingHistory;
import dev.recovery.shell.service.TriageEngine;
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
    JournalSession journalSession(RecoveryHome home, Clock clock) {
        return new JournalSession(home, clock, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    // The service layer: commands call these, these read and write the journal.

    @Bean
    TrainingHistory trainingHistory(JournalSession journal, Clock clock) {
        return new TrainingHistory(journal, clock);
    }

    @Bean
    LoadService loadService(TrainingHistory history) {
        return new LoadService(history);
    }

    @Bean
    ReadinessService readinessService(TrainingHistory history, LoadService load) {
        return new ReadinessService(history, load);
    }

    @Bean
    RecoveryService recoveryService(TrainingHistory history) {
        return new RecoveryService(history);
    }

    @Bean
    PlanService planService(TrainingHistory history, ReadinessService readiness) {
        return new PlanService(history, readiness);
    }

    @Bean
    TriageEngine triageEngine() {
        return Triage::of;
    }

    @Bean(OptionCompletions.BEAN)
    OptionCompletions optionCompletions() {
        return new OptionCompletions();
    }

    // The commands: parse, call a service, render.

    @Bean
    LogCommands logCommands(TrainingHistory history, EntryView view) {
        return new LogCommands(history, view);
    }

    @Bean
    HistoryCommands historyCommands(TrainingHistory history, EntryView view) {
        return new HistoryCommands(history, view);
    }

    @Bean
    ShoeCommands shoeCommands(TrainingHistory history) {
        return new ShoeCommands(history);
    }

    @Bean
    ProfileCommands profileCommands(TrainingHistory history) {
        return new ProfileCommands(history);
    }

    @Bean
    TriageCommands triageCommands(TriageEngine engine, TrainingHistory history, Style style) {
        return new TriageCommands(engine, history, style);
    }

    @Bean
    RecoverCommands recoverCommands(RecoveryService recovery, Clock clock) {
        return new RecoverCommands(recovery, clock);
    }

    @Bean
    PaceCommands paceCommands(TrainingHistory history) {
        return new PaceCommands(history);
    }

    @Bean
    LoadCommands loadCommands(LoadService loads, Clock clock, Style style) {
        return new LoadCommands(loads, clock, style);
    }

    @Bean
    ReadinessCommands readinessCommands(ReadinessService readiness, Clock clock, Style style) {
        return new ReadinessCommands(readiness, clock, style);
    }

    @Bean
    ImportCommands importCommands(TrainingHistory history, Clock clock, Style style) {
        return new ImportCommands(history, clock, style);
    }

    @Bean
    SorenessCommands sorenessCommands(TrainingHistory history, ReadinessService readiness, Style style) {
        return new SorenessCommands(history, readiness, style);
    }

    @Bean
    PlanCommands planCommands(PlanService plans, TrainingHistory history, Clock clock) {
        return new PlanCommands(plans, history, clock);
    }

    /**
     * The command beans, in one list: adding a command group means adding its bean above and here.
     */
    @Bean
    CommandCatalog commandCatalog(ApplicationContext context, HelpCommands help, ScriptCommands script,
            LogCommands log, HistoryCommands history, ShoeCommands shoes, ProfileCommands profile,
            TriageCommands triage, RecoverCommands recover, PaceCommands paces, LoadCommands load,
            ReadinessCommands readiness, ImportCommands imports, PlanCommands plans, SorenessCommands soreness,
            OptionCompletions completions) {
        return CommandCatalog.of(context, List.of(help, script, log, history, shoes, profile, soreness, recover, paces,
                load, readiness, imports, plans), triage.commands(completions));
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
