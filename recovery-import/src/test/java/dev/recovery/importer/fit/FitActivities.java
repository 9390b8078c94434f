package dev.recovery.importer.fit;

import java.time.Instant;

/**
 * Writes realistic FIT activity files for tests and benchmarks: one definition per message kind,
 * then a record a second (timestamp, position, distance, heart rate) as a watch writes them, a lap
 * per kilometre and a closing session.
 */
public final class FitActivities {

    private static final int UINT8 = 0x02;
    private static final int UINT16 = 0x84;
    private static final int UINT32 = 0x86;
    private static final int SINT32 = 0x85;
    private static final int ENUM = 0x00;

    private FitActivities() {
    }

    /**
     * A run at a steady speed with a heart rate wave.
     *
     * @param start   when it starts
     * @param seconds how long, one record a second
     * @param metresPerSecond its speed
     * @param bpm     the mean heart rate
     * @return the FIT file's bytes
     */
    public static byte[] run(Instant start, int seconds, double metresPerSecond, int bpm) {
        long t0 = FitBytes.fit(start);
        FitBytes b = FitBytes.create()
                .define(0, false, 0, new int[][] {{0, 1, ENUM}, {1, 2, UINT16}, {4, 4, UINT32}})
                .data(0, FitBytes.le(1, 4, 2, 1, 4, t0))
                .define(1, false, 20, new int[][] {{253, 4, UINT32}, {0, 4, SINT32}, {1, 4, SINT32}, {5, 4, UINT32},
                    {3, 1, UINT8}, {2, 2, UINT16}})
                .define(2, false, 19, new int[][] {{253, 4, UINT32}, {2, 4, UINT32}, {7, 4, UINT32}, {8, 4, UINT32}, {9, 4, UINT32}});
        long lapStart = 0;
        double lapMetres = 0;
        for (int s = 0; s <= seconds; s++) {
            double metres = s * metresPerSecond;
            int hr = (int) Math.round(bpm + 10 * Math.sin(s / 240.0));
            b.data(1, FitBytes.le(4, t0 + s, 4, 612_000_000 + s * 37L, 4, -1_400_000 + s * 21L, 4, Math.round(metres * 100), 1, hr,
                    2, 2600 + s % 40));
            if (metres - lapMetres >= 1000 || s == seconds) {
                long ms = (s - lapStart) * 1000L;
                b.data(2, FitBytes.le(4, t0 + s, 4, t0 + lapStart, 4, ms, 4, ms, 4, Math.round((metres - lapMetres) * 100)));
                lapStart = s;
                lapMetres = metres;
            }
        }
        b.define(3, false, 18, new int[][] {{253, 4, UINT32}, {2, 4, UINT32}, {5, 1, ENUM}, {6, 1, ENUM}, {7, 4, UINT32},
            {8, 4, UINT32}, {9, 4, UINT32}})
                .data(3, FitBytes.le(4, t0 + seconds, 4, t0, 1, 1, 1, 0, 4, seconds * 1000L, 4, seconds * 1000L,
                        4, Math.round(seconds * metresPerSecond * 100)));
        return b.toBytes();
    }
}
