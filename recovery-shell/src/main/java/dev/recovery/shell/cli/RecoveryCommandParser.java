package dev.recovery.shell.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Turns the words of a command line into Spring Shell's {@link ParsedInput}, strictly: unknown
 * commands and options are usage errors with a suggestion, yes/no options are bare flags
 * ({@code --swelling}), a missing value or a missing required option is reported before anything
 * runs. Spring Shell 4.0.1's default parser silently ignores unknown options and only accepts bare
 * boolean flags on single-word commands, which is why the console has its own.
 */
public final class RecoveryCommandParser implements CommandParser {

    /** The command that shows help; {@code COMMAND --help} is rewritten to {@code help COMMAND}. */
    public static final String HELP = "help";

    private final CommandCatalog catalog;

    /** @param catalog the commands to parse against */
    public RecoveryCommandParser(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedInput parse(String input) {
        return parse(Tokenizer.split(input));
    }

    /**
     * @param words the command line, already split into words (one-shot arguments arrive so)
     * @return the command name, its sub-command words, its options and arguments
     * @throws UsageException naming what is wrong and what is allowed
     */
    public ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("no command given; type 'help' to list the commands");
        }
        int nameLength = commandNameLength(words);
        List<String> nameWords = words.subList(0, nameLength);
        String name = String.join(" ", nameWords);
        List<String> rest = words.subList(nameLength, words.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            ParsedInput.Builder help = ParsedInput.builder().commandName(HELP);
            for (int i = 0; i < nameWords.size(); i++) {
                help.addArgument(new CommandArgument(i, nameWords.get(i)));
            }
            return help.build();
        }
        ParsedInput.Builder builder = ParsedInput.builder().commandName(nameWords.get(0));
        nameWords.subList(1, nameWords.size()).forEach(builder::addSubCommand);
        List<CommandOption> declared = catalog.options(name);
        Set<String> seen = new HashSet<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (!word.startsWith("-") || word.equals("-") || isNegativeNumber(word)) {
                arguments.add(word);
                continue;
            }
            String key = word;
            String value = null;
            int equals = word.indexOf('=');
            if (equals > 0) {
                key = word.substring(0, equals);
                value = word.substring(equals + 1);
            }
            CommandOption option = findOption(name, declared, key);
            if (!seen.add(option.longName())) {
                throw new UsageException(name + ": option --" + option.longName() + " is given twice");
            }
            if (CommandCatalog.isFlag(option)) {
                if (value != null && !value.equals("true") && !value.equals("false")) {
                    throw new UsageException(name + ": --" + option.longName() + " is a yes/no flag and takes no value"
                            + " (given '" + value + "'); write --" + option.longName() + " alone for yes");
                }
                value = value == null ? "true" : value;
            } else if (value == null) {
                String next = i + 1 < rest.size() ? rest.get(i + 1) : null;
                if (next == null || next.startsWith("--")) {
                    throw new UsageException(name + ": --" + option.longName() + " needs a value"
                            + describe(option));
                }
                value = next;
                i++;
            }
            builder.addOption(CommandOption.with().shortName(option.shortName()).longName(option.longName())
                    .value(value).type(option.type()).build());
        }
        int allowed = catalog.argumentCount(name);
        if (arguments.size() > allowed) {
            String extra = arguments.get(allowed);
            throw new UsageException(name + ": unexpected argument '" + extra + "'"
                    + (extra.contains("=") || allowed == 0 ? "; options start with --, see 'help " + name + "'" : ""));
        }
        for (int i = 0; i < arguments.size(); i++) {
            builder.addArgument(new CommandArgument(i, arguments.get(i)));
        }
        for (CommandOption option : declared) {
            if (Boolean.TRUE.equals(option.required()) && !seen.contains(option.longName())) {
                throw new UsageException(name + ": missing required option --" + option.longName() + describe(option));
            }
        }
        return builder.build();
    }

    /** How many leading words form the longest known command name. */
    private int commandNameLength(List<String> words) {
        Set<String> names = catalog.names();
        int best = 0;
        StringBuilder candidate = new StringBuilder();
        for (int i = 0; i < words.size() && !words.get(i).startsWith("-"); i++) {
            if (i > 0) {
                candidate.append(' ');
            }
            candidate.append(words.get(i));
            if (names.contains(candidate.toString())) {
                best = i + 1;
            }
        }
        if (best > 0) {
            return best;
        }
        throw unknownCommand(words, names);
    }

    private UsageException unknownCommand(List<String> words, Set<String> names) {
        String first = words.get(0);
        Set<String> subCommands = names.stream().filter(n -> n.startsWith(first + " "))
                .map(n -> n.substring(first.length() + 1)).collect(Collectors.toCollection(TreeSet::new));
        if (!subCommands.isEmpty()) {
            if (words.size() == 1 || words.get(1).startsWith("-")) {
                return new UsageException(first + ": expected one of " + String.join(", ", subCommands)
                        + " (e.g. '" + first + " " + subCommands.iterator().next() + "')");
            }
            String typed = words.get(1);
            Optional<String> near = Suggestions.nearest(typed, subCommands);
            return new UsageException("unknown command '" + first + " " + typed + "'"
                    + near.map(n -> "; did you mean '" + first + " " + n + "'?").orElse("")
                    + " Expected one of " + String.join(", ", subCommands) + ".");
        }
        Set<String> roots = names.stream().map(n -> n.split(" ")[0]).collect(Collectors.toCollection(TreeSet::new));
        Optional<String> near = Suggestions.nearest(first, roots);
        return new UsageException("unknown command '" + first + "'"
                + near.map(n -> "; did you mean '" + n + "'?").orElse("; type 'help' to list the commands"));
    }

    private CommandOption findOption(String command, List<CommandOption> declared, String key) {
        for (CommandOption option : declared) {
            if (option.isOptionEqual(key)) {
                return option;
            }
        }
        Set<String> known = declared.stream().map(o -> "--" + o.longName()).collect(Collectors.toCollection(TreeSet::new));
        Optional<String> near = Suggestions.nearest(key.startsWith("--") ? key : "-" + key, known);
        String allowed = known.isEmpty() ? "it takes no options" : "allowed: " + String.join(" ", known);
        return throwUnknown(command + ": unknown option '" + key + "'"
                + near.map(n -> "; did you mean " + n + "?").orElse("") + " (" + allowed + ")");
    }

    private static CommandOption throwUnknown(String message) {
        throw new UsageException(message);
    }

    private static String describe(CommandOption option) {
        String description = option.description();
        return description == null || description.isBlank() ? "" : " (" + description + ")";
    }

    private static boolean isNegativeNumber(String word) {
        return word.length() > 1 && word.charAt(0) == '-' && Character.isDigit(word.charAt(1));
    }
}
