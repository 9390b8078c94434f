package dev.recovery.shell.journal;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.log.Run;
import dev.recovery.core.log.RunType;
import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.log.YogaSession;
import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Rpe;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times loading a journal of ten years of training (not a unit test; run by hand, see
 * docs/journal.md "Performance"):
 * <pre>
 *   java -cp CLASSPATH dev.recovery.shell.journal.JournalLoadBenchmark generate DIR
 *   java -cp CLASSPATH dev.recovery.shell.journal.JournalLoadBenchmark cold DIR      # one open in a fresh JVM
 *   java -cp CLASSPATH dev.recovery.shell.journal.JournalLoadBenchmark warm DIR      # after 30 warm-up opens
 *   java -cp CLASSPATH dev.recovery.shell.journal.JournalLoadBenchmark append DIR    # append latency with fsync
 * </pre>
 */
public final class JournalLoadBenchmark {

    private JournalLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate":
                generate(dir);
                break;
            case "cold": {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long process = os.getProcessCpuTime();
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                try (Journal journal = Journal.open(dir)) {
                    long nanos = System.nanoTime() - start;
                    long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
                    long processNanos = os.getProcessCpuTime() - process;
                    System.out.printf("cold open: %.1f ms wall, %.1f ms CPU on the calling thread, %.1f ms CPU in the whole JVM"
                            + " (JIT and helper included), %d entries, %d bytes%n", nanos / 1e6, cpuNanos / 1e6, processNanos / 1e6,
                            journal.entries().size(), Files.size(journal.file()));
                }
                break;
            }
            case "warm": {
                for (int i = 0; i < 30; i++) {
                    Journal.open(dir).close();
                }
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                double[] ms = new double[30];
                double[] cpuMs = new double[30];
                for (int i = 0; i < ms.length; i++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    Journal journal = Journal.open(dir);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                    journal.close();
                }
                Arrays.sort(ms);
                Arrays.sort(cpuMs);
                System.out.printf("warm open: median %.1f ms wall (min %.1f, max %.1f), median %.1f ms CPU (min %.1f), 30 runs%n",
                        ms[15], ms[0], ms[29], cpuMs[15], cpuMs[0]);
                break;
            }
            case "append": {
                try (Journal journal = Journal.open(dir)) {
                    double[] ms = new double[200];
                    for (int i = 0; i < ms.length; i++) {
                        long start = System.nanoTime();
                        journal.append(SessionEntry.of(StrengthSession.of(LocalDate.of(2026, 11, 22), Duration.ofMinutes(30)), Samples.CLOCK));
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                    for (int i = 0; i < ms.length; i++) {
                        journal.undo();
                    }
                    Arrays.sort(ms);
                    System.out.printf("append+fsync: median %.2f ms, p99 %.2f ms, max %.2f ms (200 appends)%n", ms[100], ms[197], ms[199]);
                }
                break;
            }
            default:
                throw new IllegalArgumentException("mode: generate, cold, warm or append");
        }
    }

    /** 4,000 runs, 1,000 check-ins, 700 other sessions, shoes, profiles and 10 saved plans over ten years. */
    private static void generate(Path dir) {
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2016, 11, 22);
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            LocalDate day = start.plusDays(i * 3650L / 4_000);
            double km = 5 + random.nextInt(25);
            Run run = Run.of(day, Distance.ofKm(km), Duration.ofSeconds((long) (km * (280 + random.nextInt(120)))),
                    RunType.values()[random.nextInt(RunType.values().length)]).withRpe(Rpe.of(1 + random.nextInt(10)));
            if (random.nextBoolean()) {
                run = run.withHeartRate(130 + random.nextInt(30), 165 + random.nextInt(20)).withShoe("Shoe " + (i / 400));
            }
            entries.add(i % 2 == 0 ? SessionEntry.of(run, Samples.CLOCK) : SessionEntry.imported(run, "strava:" + (1_000_000 + i), Samples.CLOCK));
        }
        for (int i = 0; i < 1_000; i++) {
            entries.add(CheckInEntry.of(CheckIn.ordinaryDoms(BodyRegion.CALF, 0, 24).toBuilder().pain(random.nextInt(8)).hoursSinceRun(random.nextInt(48)).build(),
                    start.plusDays(i * 3650L / 1_000), Samples.CLOCK));
        }
        for (int i = 0; i < 700; i++) {
            LocalDate day = start.plusDays(i * 5L);
            entries.add(i % 3 == 0 ? SessionEntry.of(CrossTraining.of(day, CrossActivity.BIKE, Duration.ofMinutes(45)), Samples.CLOCK)
                    : i % 3 == 1 ? SessionEntry.of(StrengthSession.of(day, Duration.ofMinutes(30)), Samples.CLOCK)
                    : SessionEntry.of(YogaSession.of(day, Duration.ofMinutes(30)), Samples.CLOCK));
        }
        for (int i = 0; i < 25; i++) {
            entries.add(ShoeEntry.add("Shoe " + i, start.plusDays(i * 146L), Samples.CLOCK));
            entries.add(ProfileEntry.of(Samples.fullProfile().withRestingHeartRate(45 + i % 10), Samples.CLOCK));
        }
        String week = "{\"index\":1,\"phase\":\"build\",\"startDate\":\"2026-01-05\",\"distanceKm\":60.0,\"days\":["
                + "{\"date\":\"2026-01-05\",\"sessions\":[{\"kind\":\"run\",\"type\":\"easy\",\"distanceKm\":10.0}]},".repeat(6)
                + "{\"date\":\"2026-01-11\",\"sessions\":[{\"kind\":\"rest\"}]}]}";
        for (int i = 0; i < 10; i++) {
            entries.add(PlanEntry.of("{\"weeks\":[" + String.join(",", java.util.Collections.nCopies(18, week)) + "]}", Samples.CLOCK));
        }
        try (Journal journal = Journal.open(dir)) {
            for (int from = 0; from < entries.size(); from += 500) {
                journal.appendAll(entries.subList(from, Math.min(entries.size(), from + 500)));
            }
            System.out.println("generated " + journal.entries().size() + " entries in " + journal.file());
        }
    }
}
