package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an export with its golden file under src/test/resources/golden/. After an intended change,
 * regenerate them with {@code ./mvnw -pl recovery-plans -am test -Dgolden.update=true}, review the diff
 * and commit it (docs/printing.md).
 */
final class GoldenFiles {

    static final Path DIR = Path.of("src/test/resources/golden");

    private GoldenFiles() {
    }

    static void check(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!Boolean.getBoolean("golden.update")) {
                    throw new AssertionError("golden file " + file + " did not exist; written now: review and commit it");
                }
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    name + " differs from its golden file; if the change is intended, run with -Dgolden.update=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
