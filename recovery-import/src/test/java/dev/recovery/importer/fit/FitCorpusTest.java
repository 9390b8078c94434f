package dev.recovery.importer.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus in {@code src/test/resources/fit} (origins and licences in its README) read by our
 * decoder, against what an independent reader, the npm package fit-file-parser (MIT), reads from
 * the same files: committed as {@code expected.tsv}, and checked live when node and the package are
 * installed (the directory holding its {@code node_modules} named by FIT_FILE_PARSER_DIR, as
 * {@code .ci/run} does).
 */
class FitCorpusTest {

    /** The profile's names for the enum values in the corpus, as fit-file-parser prints them. */
    static final Map<Integer, String> SPORTS = Map.of(1, "running", 2, "cycling", 5, "swimming", 10, "training");
    static final Map<Integer, String> SUB_SPORTS = Map.of(0, "generic", 1, "treadmill", 3, "trail", 7, "road", 18, "open_water",
            20, "strength_training");
    static final Map<Long, String> DURATIONS = Map.of(0L, "time", 1L, "distance", 5L, "open", 6L, "repeat_until_steps_cmplt");
    static final Map<Long, String> TARGETS = Map.of(0L, "speed", 2L, "open");
    static final Map<Long, String> INTENSITIES = Map.of(0L, "active", 1L, "rest", 2L, "warmup", 3L, "cooldown", 4L, "recovery");

    @TempDir
    Path dir;

    static Path corpus() throws URISyntaxException {
        return Path.of(FitCorpusTest.class.getResource("/fit/expected.tsv").toURI()).getParent();
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    /** What our decoder reads, in the lines of expected.mjs. */
    static List<String> ours(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> lines = new ArrayList<>();
        FitContents c;
        try (InputStream in = open(file)) {
            c = FitReader.read(in, name);
        }
        List<FitMessage> steps = new ArrayList<>();
        try (InputStream in = open(file)) {
            FitDecoder.decode(in, name, m -> {
                if (m.global() == FitProfile.MESG_WORKOUT_STEP) {
                    steps.add(m);
                }
            });
        }
        for (FitFileType t : c.fileTypes()) {
            lines.add(String.join("\t", "FILE", name, t.name().toLowerCase(java.util.Locale.ROOT)));
        }
        int i = 0;
        for (FitSession s : c.sessions()) {
            lines.add(String.join("\t", "SESSION", name, String.valueOf(++i), SPORTS.getOrDefault(s.sport().sport(), "?"),
                    SUB_SPORTS.getOrDefault(s.sport().subSport(), "?"), s.start().toString().replace("Z", ".000Z"),
                    s.metres() > 0 ? number(s.metres()) : "", number(s.timer().toMillis() / 1000.0),
                    number(s.elapsed().toMillis() / 1000.0), s.avgHeartRate().isPresent() ? "" + s.avgHeartRate().getAsInt() : "",
                    s.maxHeartRate().isPresent() ? "" + s.maxHeartRate().getAsInt() : "", s.lapCount() > 0 ? "" + s.lapCount() : ""));
        }
        for (FitMessage m : steps) {
            lines.add(String.join("\t", "STEP", name, raw(m, FitProfile.FIELD_MESSAGE_INDEX),
                    named(m, FitProfile.STEP_DURATION_TYPE, DURATIONS), raw(m, FitProfile.STEP_DURATION_VALUE),
                    named(m, FitProfile.STEP_TARGET_TYPE, TARGETS), raw(m, FitProfile.STEP_TARGET_VALUE),
                    raw(m, FitProfile.STEP_CUSTOM_TARGET_LOW), raw(m, FitProfile.STEP_CUSTOM_TARGET_HIGH),
                    named(m, FitProfile.STEP_INTENSITY, INTENSITIES)));
        }
        return lines;
    }

    static String number(double v) {
        return BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }

    static String raw(FitMessage m, int field) {
        return m.value(field).isPresent() ? String.valueOf(m.value(field).getAsLong()) : "";
    }

    static String named(FitMessage m, int field, Map<Long, String> names) {
        return m.value(field).isPresent() ? names.getOrDefault(m.value(field).getAsLong(), "?") : "";
    }

    static List<String> expected(String file) throws IOException, URISyntaxException {
        return Files.readAllLines(corpus().resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.split("\t", -1)[1].equals(file)).collect(Collectors.toList());
    }

    static List<String> corpusFiles() throws IOException, URISyntaxException {
        return Files.readAllLines(corpus().resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", -1)[1]).distinct().collect(Collectors.toList());
    }

    @Test
    void everyCorpusFileReadsAsTheIndependentReaderReadIt() throws Exception {
        for (String file : corpusFiles()) {
            assertEquals(expected(file), ours(corpus().resolve(file)), file);
        }
    }

    @Test
    void aChainedFileReadsAsItsPartsOneAfterTheOther() throws Exception {
        List<String> parts = new ArrayList<>();
        for (String part : List.of("ffp-trail-run.fit", "ffp-strength.fit")) {
            expected(part).stream().filter(l -> l.startsWith("FILE")).forEach(l -> parts.add(l.replace(part, "ffp-chained.fit")));
        }
        List<String> sessions = new ArrayList<>();
        for (String part : List.of("ffp-trail-run.fit", "ffp-strength.fit")) {
            expected(part).stream().filter(l -> l.startsWith("SESSION")).forEach(l -> sessions.add(l.replace(part, "ffp-chained.fit")));
        }
        sessions.set(1, sessions.get(1).replaceFirst("\t1\t", "\t2\t"));
        parts.addAll(sessions);
        assertEquals(parts, ours(corpus().resolve("ffp-chained.fit")));
    }

    @Test
    void theIndependentReaderAgreesLiveIncludingOnAFreshWorkout() throws Exception {
        String parser = System.getenv("FIT_FILE_PARSER_DIR");
        assumeTrue(parser != null && Files.isDirectory(Path.of(parser, "node_modules", "fit-file-parser")),
                "skipped: set FIT_FILE_PARSER_DIR to a folder where `npm install fit-file-parser` was run (.ci/run does)");
        assumeTrue(nodeWorks(), "skipped: node is not installed");
        Path workout = Files.write(dir.resolve("fresh-workout.fit"), FitWorkoutEncoder.encode(FitWorkoutEncoderTest.intervals()));
        List<String> command = new ArrayList<>(List.of("node", corpus().resolve("expected.mjs").toString(), parser));
        List<String> ours = new ArrayList<>();
        for (String file : corpusFiles()) {
            command.add(corpus().resolve(file).toString());
            ours.addAll(ours(corpus().resolve(file)));
        }
        command.add(workout.toString());
        ours.addAll(ours(workout));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals(ours, out.lines().collect(Collectors.toList()));
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
