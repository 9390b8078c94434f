package dev.recovery.importer.gpx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes random but well-formed GPX documents from a seed, using the liberties real exporters take:
 * declarations with and without an encoding, comments, processing instructions and CDATA, either
 * quote, blanks and line breaks inside tags, namespace prefixes, self-closing points, entities and
 * character references, several tracks and segments, waypoints and routes that are no track,
 * metadata and links with their own {@code <type>}, and coordinates, times and heart rates in
 * every shape the readers accept. Only characters of Latin-1 are used, so the same text can be
 * sent down the general XML path by declaring it ISO-8859-1.
 */
final class GpxDocuments {

    private static final Instant EPOCH = Instant.parse("2024-03-05T07:30:00Z");
    private static final String[] BREAKS = {"", "\n", "\r\n", " ", "\n  ", "\t"};
    private static final String[] TYPES = {"running", "road_biking", "9", "1", "Other", " hiking ", "Kayaking", "run &amp; bike"};
    private static final String[] NAMES = {"Morning Run", "Run &amp; coffee", "Caf&#233; loop", "Tempo &#x2013; 8 km", "<![CDATA[a < b]]>",
        "&lt;tag&gt; &quot;quoted&quot; &apos;s", "  padded  ", "\u00e9t\u00e9"};
    private static final String[] HR_ELEMENTS = {"gpxtpx:hr", "gpxdata:hr", "heartrate", "hr", "ns3:hr"};

    private final Random random;
    private final StringBuilder out = new StringBuilder(1 << 14);
    private long millis;

    private GpxDocuments(long seed) {
        this.random = new Random(seed);
        this.millis = EPOCH.toEpochMilli() + random.nextInt(1_000_000) * 1000L;
    }

    /** The document's body (everything after any XML declaration), from {@code seed}. */
    static String body(long seed) {
        return new GpxDocuments(seed).document();
    }

    /** An XML declaration that sends a file to the fast UTF-8 path (or none, which means UTF-8). */
    static String utf8Declaration(long seed) {
        String[] all = {"", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0' encoding='utf-8'?>",
            "<?xml version=\"1.0\" encoding = \"UTF8\" standalone=\"yes\"?>", "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>",
            "<?xml version=\"1.0\" encoding=\"ascii\"?>"};
        return all[(int) Math.floorMod(seed, (long) all.length)];
    }

    /** The declaration that sends the same body to the general XML reader. */
    static final String LATIN1_DECLARATION = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>";

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private void gap() {
        out.append(pick(BREAKS));
        if (chance(5)) {
            out.append("<!-- ").append(random.nextInt(1000)).append(" or not -->");
        }
    }

    private String document() {
        if (chance(20)) {
            out.append("<!-- exported by a test -->\n");
        }
        if (chance(10)) {
            out.append("<?xml-stylesheet href=\"gpx.xsl\"?>");
        }
        String root = chance(10) ? "g:gpx" : "gpx";
        out.append('<').append(root).append(" version=\"1.1\"");
        if (chance(50)) {
            out.append(" creator=\"Watch &amp; Co\"");
        }
        out.append(" xmlns=\"http://www.topografix.com/GPX/1/1\"").append(chance(50) ? "\n " : " ")
                .append("xmlns:gpxtpx='http://www.garmin.com/xmlschemas/TrackPointExtension/v1'>");
        gap();
        if (chance(40)) {
            out.append("<metadata><name>Export</name><link href=\"https://example.test\"><text>t</text><type>text/html</type></link><time>")
                    .append(time()).append("</time></metadata>");
            gap();
        }
        if (chance(20)) {
            out.append("<wpt lat=\"45.5\" lon=\"5.5\"><name>Water</name><time>").append(time()).append("</time></wpt>");
            gap();
        }
        int tracks = random.nextInt(4);
        for (int t = 0; t < tracks; t++) {
            track();
            gap();
        }
        if (chance(20)) {
            out.append("<rte><name>Planned</name><rtept lat=\"46\" lon=\"6\"><time>").append(time()).append("</time></rtept></rte>");
            gap();
        }
        if (chance(10)) {
            out.append("<extensions><type>running</type></extensions>");
        }
        out.append("</").append(root).append(chance(20) ? " >" : ">");
        if (chance(20)) {
            out.append("\n<!-- the end -->\n");
        }
        return out.toString();
    }

    private void track() {
        out.append("<trk>");
        gap();
        boolean typeFirst = chance(50);
        if (!typeFirst && chance(70)) {
            out.append("<name>").append(pick(NAMES)).append("</name>");
            gap();
        }
        if (chance(20)) {
            out.append("<link href=\"https://example.test/a\"><type>text/html</type></link>");
            gap();
        }
        if (chance(70)) {
            out.append("<type>").append(pick(TYPES)).append("</type>");
            gap();
        }
        if (typeFirst && chance(70)) {
            out.append("<name>").append(pick(NAMES)).append("</name>");
            gap();
        }
        if (chance(10)) {
            out.append("<type>second type, ignored</type><name>second name, ignored</name>");
        }
        int segments = random.nextInt(3);
        for (int s = 0; s < segments; s++) {
            if (chance(10)) {
                millis += 120_000; // an auto-pause between segments
            }
            out.append("<trkseg>");
            gap();
            int points = random.nextInt(chance(3) ? 1200 : 40);
            double lat = random.nextDouble() * 160 - 80;
            double lon = random.nextDouble() * 340 - 170;
            double speed = random.nextDouble() * 1e-4;
            for (int p = 0; p < points; p++) {
                point(lat, lon);
                lat += speed * (random.nextDouble() - 0.2);
                lon += speed * (random.nextDouble() - 0.2);
                millis += chance(3) ? 61_000 + random.nextInt(100_000) : 1000 + random.nextInt(5000);
            }
            out.append("</trkseg").append(chance(10) ? "\n>" : ">");
            gap();
        }
        out.append("</trk>");
    }

    private void point(double lat, double lon) {
        String q = chance(80) ? "\"" : "'";
        String latAttr = "lat" + (chance(10) ? " = " : "=") + q + coordinate(lat) + q;
        String lonAttr = "lon" + (chance(10) ? "\n=" : "=") + q + coordinate(lon) + q;
        out.append("<trkpt").append(chance(10) ? "\n\t" : " ");
        out.append(chance(80) ? latAttr + " " + lonAttr : lonAttr + " " + latAttr);
        if (chance(5)) {
            out.append(" note=\"a &gt; b\"");
        }
        boolean hasTime = chance(90);
        boolean hasHr = chance(60);
        if (!hasTime && !hasHr && chance(50)) {
            out.append(chance(50) ? "/>" : " />");
            return;
        }
        out.append('>');
        if (chance(50)) {
            out.append("<ele>").append(random.nextInt(3000)).append(".4</ele>");
        }
        if (hasTime) {
            out.append("<time>").append(time()).append("</time>");
        }
        if (hasHr) {
            String hr = pick(HR_ELEMENTS);
            String value = heartRate();
            if (chance(70)) {
                out.append("<extensions><gpxtpx:TrackPointExtension><").append(hr).append('>').append(value).append("</").append(hr)
                        .append("></gpxtpx:TrackPointExtension></extensions>");
            } else {
                out.append("<extensions><").append(hr).append('>').append(value).append("</").append(hr).append("></extensions>");
            }
        }
        if (chance(3)) {
            out.append("<!-- a comment inside a point -->");
        }
        out.append("</trkpt>");
    }

    private String coordinate(double v) {
        switch (random.nextInt(8)) {
            case 0:
                return String.format(Locale.ROOT, "%.7f", v);
            case 1:
                return String.format(Locale.ROOT, "%.0f", v);
            case 2:
                return Double.toString(v); // up to 17 digits, sometimes an exponent
            case 3:
                return String.format(Locale.ROOT, "%+.5f", v);
            case 4:
                return String.format(Locale.ROOT, "%.4E", v);
            case 5:
                return " " + String.format(Locale.ROOT, "%.6f", v) + " ";
            case 6:
                return String.format(Locale.ROOT, "%.6f", v).replace("4", "&#52;");
            default:
                return String.format(Locale.ROOT, "%.9f", v) + "0000000000";
        }
    }

    private String time() {
        Instant t = Instant.ofEpochMilli(millis);
        switch (random.nextInt(5)) {
            case 0:
                return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(t.getEpochSecond()));
            case 1:
                return t.toString();
            case 2:
                return t.atOffset(ZoneOffset.ofHoursMinutes(2, 30)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case 3:
                return t.atOffset(ZoneOffset.ofHours(-5)).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx"));
            default:
                return " " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.ofEpochSecond(t.getEpochSecond()).atOffset(ZoneOffset.UTC)) + " ";
        }
    }

    private String heartRate() {
        int bpm = 20 + random.nextInt(240);
        switch (random.nextInt(4)) {
            case 0:
                return Integer.toString(bpm);
            case 1:
                return bpm + ".00";
            case 2:
                return " " + bpm + " ";
            default:
                return bpm + ".6";
        }
    }
}
