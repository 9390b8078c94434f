package dev.recovery.shell.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The data directory: the journal, the settings and the REPL history file live here, never in the
 * current directory. Taken from the environment variable {@code RECOVERY_HOME}, by default
 * {@code ~/.recovery}.
 *
 * @param directory absolute path of the data directory
 */
public record RecoveryHome(Path directory) {

    /** The environment variable naming the data directory. */
    public static final String VARIABLE = "RECOVERY_HOME";

    /** Compact constructor: the path is made absolute so messages show where the data is. */
    public RecoveryHome {
        Objects.requireNonNull(directory, "directory");
        directory = directory.toAbsolutePath().normalize();
    }

    /**
     * @return the data directory named by the system property {@code recovery.home} (tests), else by
     *     the environment, else {@code ~/.recovery}
     */
    public static RecoveryHome fromEnvironment() {
        String property = System.getProperty("recovery.home");
        if (property != null && !property.isBlank()) {
            return new RecoveryHome(Path.of(property));
        }
        return of(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * @param environment the process environment
     * @param userHome the user's home directory
     * @return {@code RECOVERY_HOME} if set and not blank, else {@code userHome/.recovery}
     */
    public static RecoveryHome of(Map<String, String> environment, String userHome) {
        String value = environment.get(VARIABLE);
        if (value != null && !value.isBlank()) {
            return new RecoveryHome(Path.of(value.strip()));
        }
        return new RecoveryHome(Path.of(userHome, ".recovery"));
    }

    /** @return the REPL's command history file */
    public Path historyFile() {
        return directory.resolve("history");
    }

    /**
     * Creates the directory if it does not exist yet.
     *
     * @return this
     * @throws UncheckedIOException if it cannot be created
     */
    public RecoveryHome create() {
        try {
            Files.createDirectories(directory);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory + " (" + VARIABLE + "): "
                    + e.getMessage(), e);
        }
    }
}
