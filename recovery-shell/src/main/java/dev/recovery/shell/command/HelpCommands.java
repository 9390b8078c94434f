package dev.recovery.shell.command;

import dev.recovery.shell.cli.CommandCatalog;
import dev.recovery.shell.cli.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Argument;

/**
 * {@code help} and {@code help COMMAND}: the list of commands by group, and one command's usage
 * with every option, what it means and what values it takes. {@code COMMAND --help} shows the same.
 */
public class HelpCommands {

    /** Order in which groups are listed: daily use first. */
    private static final List<String> GROUP_ORDER = List.of(Groups.BODY, Groups.LOG, Groups.TRAINING,
            Groups.PLAN, Groups.PROFILE, Groups.CONSOLE);

    private final ObjectProvider<CommandCatalog> catalog;

    /** @param catalog the commands to describe (looked up lazily: this command is one of them) */
    public HelpCommands(ObjectProvider<CommandCatalog> catalog) {
        this.catalog = catalog;
    }

    /**
     * @param first first word of a command name, or empty for the list of commands
     * @param second second word of a multi-word command name, or empty
     * @return the help text
     */
    @org.springframework.shell.core.command.annotation.Command(name = "help", group = Groups.CONSOLE,
            description = "List the commands, or show one command's options: help log run")
    public String help(@Argument(index = 0, description = "command", defaultValue = "") String first,
            @Argument(index = 1, description = "sub-command", defaultValue = "") String second) {
        CommandCatalog commands = catalog.getObject();
        if (first == null || first.isBlank()) {
            return overview(commands);
        }
        String name = second == null || second.isBlank() ? first : first + " " + second;
        Optional<Command> command = commands.find(name);
        if (command.isEmpty()) {
            List<String> children = commands.names().stream().filter(n -> n.startsWith(name + " ")).toList();
            if (children.isEmpty()) {
                throw new UsageException("help: unknown command '" + name + "'; type 'help' to list the commands");
            }
            StringBuilder text = new StringBuilder(name + ": one of\n");
            for (String child : children) {
                text.append("  ").append(child).append("  ").append(commands.find(child).map(Command::getDescription).orElse(""))
                        .append('\n');
            }
            return text.toString().stripTrailing();
        }
        return usage(command.get(), commands.argumentCount(name));
    }

    private static String overview(CommandCatalog commands) {
        Map<String, List<Command>> byGroup = new TreeMap<>((a, b) -> Integer.compare(rank(a), rank(b)) != 0
                ? Integer.compare(rank(a), rank(b)) : a.compareTo(b));
        for (String name : commands.names()) {
            Command command = commands.find(name).orElseThrow();
            byGroup.computeIfAbsent(command.getGroup(), g -> new ArrayList<>()).add(command);
        }
        int width = commands.names().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder text = new StringBuilder("recovery: a marathon runner's recovery console\n");
        byGroup.forEach((group, list) -> {
            text.append('\n').append(group).append('\n');
            for (Command command : list) {
                text.append("  ").append(pad(command.getName(), width)).append("  ").append(command.getDescription()).append('\n');
            }
            if (group.equals(Groups.CONSOLE)) {
                text.append("  ").append(pad("exit", width)).append("  Leave the interactive console (also quit or Ctrl-D)\n");
            }
        });
        text.append("\nType 'help COMMAND' (e.g. 'help log run') or 'COMMAND --help' for its options.");
        return text.toString();
    }

    private static String usage(Command command, int arguments) {
        StringBuilder text = new StringBuilder(command.getName()).append(": ").append(command.getDescription()).append("\n\n");
        StringBuilder synopsis = new StringBuilder("Usage: ").append(command.getName());
        if (arguments > 0 && command.getName().equals("script")) {
            synopsis.append(" FILE");
        } else if (arguments > 0) {
            synopsis.append(" [COMMAND]");
        }
        Map<String, String> rows = new LinkedHashMap<>();
        for (CommandOption option : command.getOptions()) {
            boolean flag = CommandCatalog.isFlag(option);
            String shown = "--" + option.longName() + (flag ? "" : " " + placeholder(option));
            boolean required = Boolean.TRUE.equals(option.required());
            synopsis.append(' ').append(required ? shown : "[" + shown + "]");
            String description = option.description() == null ? "" : option.description();
            if (required) {
                description = "required; " + description;
            }
            if (option.defaultValue() != null && !option.defaultValue().isEmpty()) {
                description += " (default " + option.defaultValue() + ")";
            }
            rows.put(shown, description);
        }
        text.append(synopsis);
        if (!rows.isEmpty()) {
            int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
            text.append("\n\nOptions:");
            rows.forEach((shown, description) -> text.append("\n  ").append(pad(shown, width)).append("  ").append(description));
        }
        if (command.getHelp() != null && !command.getHelp().isBlank()) {
            text.append("\n\n").append(command.getHelp());
        }
        return text.toString();
    }

    private static String placeholder(CommandOption option) {
        return option.longName().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static int rank(String group) {
        int index = GROUP_ORDER.indexOf(group);
        return index < 0 ? GROUP_ORDER.size() : index;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
