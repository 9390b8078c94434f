package dev.recovery.shell.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

/**
 * The console's commands: Spring Shell's {@link CommandRegistry} built from the {@code @Command}
 * methods of the given beans, plus what the registry does not record (how many positional
 * arguments a command takes). Built explicitly rather than by classpath scanning, which is both
 * slower at start-up and tied to {@code @SpringBootApplication}.
 */
public final class CommandCatalog {

    private final CommandRegistry registry;
    private final Map<String, Integer> argumentCounts;

    private CommandCatalog(CommandRegistry registry, Map<String, Integer> argumentCounts) {
        this.registry = registry;
        this.argumentCounts = Map.copyOf(argumentCounts);
    }

    /**
     * @param context the application context the command beans live in
     * @param commandBeans the beans whose {@code @Command} methods become commands
     * @return the catalog with every command registered
     */
    public static CommandCatalog of(ApplicationContext context, Collection<?> commandBeans) {
        return of(context, commandBeans, List.of());
    }

    /**
     * @param context the application context the command beans live in
     * @param commandBeans the beans whose {@code @Command} methods become commands
     * @param built commands built with Spring Shell's builder (no positional arguments), e.g. where
     *     several commands share one declaration of their options
     * @return the catalog with every command registered
     */
    public static CommandCatalog of(ApplicationContext context, Collection<?> commandBeans, Collection<Command> built) {
        CommandRegistry registry = new CommandRegistry(new HashSet<>());
        Map<String, Integer> argumentCounts = new HashMap<>();
        for (Command command : built) {
            registry.registerCommand(command);
            argumentCounts.put(command.getName(), 0);
        }
        for (Object bean : commandBeans) {
            for (Method method : bean.getClass().getMethods()) {
                org.springframework.shell.core.command.annotation.Command annotation =
                        method.getAnnotation(org.springframework.shell.core.command.annotation.Command.class);
                if (annotation == null) {
                    continue;
                }
                CommandFactoryBean factory = new CommandFactoryBean(method);
                factory.setApplicationContext(context);
                Command command = factory.getObject();
                registry.registerCommand(command);
                int arguments = 0;
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Argument.class)) {
                        arguments++;
                    }
                }
                argumentCounts.put(command.getName(), arguments);
            }
        }
        return new CommandCatalog(registry, argumentCounts);
    }

    /** @return Spring Shell's registry holding every command */
    public CommandRegistry registry() {
        return registry;
    }

    /** @return the command with this full name ("log run"), if any */
    public Optional<Command> find(String name) {
        return Optional.ofNullable(registry.getCommandByName(name));
    }

    /** @return every command name, sorted */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        registry.getCommands().stream().filter(c -> !c.isHidden()).forEach(c -> names.add(c.getName()));
        return names;
    }

    /** @return how many positional arguments the command takes (0 for most) */
    public int argumentCount(String name) {
        return argumentCounts.getOrDefault(name, 0);
    }

    /** @return the options of a command, in declaration order */
    public List<CommandOption> options(String name) {
        return find(name).map(Command::getOptions).orElse(List.of());
    }

    /** @return whether the option takes no value: a bare flag such as {@code --swelling} */
    public static boolean isFlag(CommandOption option) {
        return option.type() == Boolean.class || option.type() == boolean.class;
    }
}
