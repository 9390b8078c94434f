package dev.recovery.importer.gpx;

import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.IsoTimes;
import dev.recovery.importer.track.RecordedActivity;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The GPX reader's fast path: a byte-level scanner over UTF-8 GPX that reads only what the
 * importer needs (tracks, segments, points' {@code lat}/{@code lon}, their {@code <time>} and heart
 * rate, a track's own {@code <type>} and {@code <name>}) and checks that the document is complete
 * and well nested. It is several times faster than a general XML parser on the millions of points
 * of a ten-year export, because it never builds strings or events for what it skips.
 *
 * <p>It is safe by construction: a DOCTYPE is refused as soon as it appears, no entity other than
 * XML's five predefined ones and character references is recognised (nothing is ever expanded or
 * fetched), every token must fit in {@link #MAX_TOKEN_BYTES}, and memory is one buffer per file.
 * Files in another encoding than UTF-8 (or ASCII) go to the general StAX reader instead.
 */
final class GpxScanner {

    /** The read buffer's initial size. */
    private static final int BUFFER_BYTES = 1 << 16;
    /** A tag, comment or text this long is refused: no GPX needs it, and memory stays bounded. */
    static final int MAX_TOKEN_BYTES = 1 << 20;
    /** How far into the file the XML declaration is looked for. */
    private static final int DECLARATION_BYTES = 512;
    /** Deeper nesting than this is refused (real GPX nests about 6 deep). */
    private static final int MAX_DEPTH = 256;

    private static final int OTHER = 0;
    private static final int GPX = 1;
    private static final int TRK = 2;
    private static final int TRKSEG = 3;
    private static final int TRKPT = 4;
    private static final int TIME = 5;
    private static final int HR = 6;
    private static final int TYPE = 7;
    private static final int NAME = 8;
    private static final byte[][] NAMES = {null, bytes("gpx"), bytes("trk"), bytes("trkseg"), bytes("trkpt"), bytes("time"),
        bytes("hr"), bytes("type"), bytes("name")};
    private static final byte[] HEARTRATE = bytes("heartrate");
    private static final int DECIMAL_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    /** Open elements with names up to this long are matched to their end tags byte for byte. */
    private static final int STORED_NAME_BYTES = 32;
    /** How {@link #quickTag} treats each byte value: part of a name, a prefix's colon, the name's end, or the slow path's. */
    private static final byte NAME_BYTE = 0;
    private static final byte COLON = 1;
    private static final byte NAME_END = 2;
    private static final byte UNUSUAL = 3;
    private static final byte[] BYTE_KINDS = byteKinds();
    /** The longest heart rate read from its bytes directly; anything else takes the general path. */
    private static final int SMALL_INTEGER_DIGITS = 3;
    /** Reads eight bytes at once, to count line ends a word at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** A line end in each of a word's bytes. */
    private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
    /** The low seven bits of each of a word's bytes: with {@link #HIGH_BITS}, the exact zero-byte test. */
    private static final long LOW_SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
    /** The high bit of each of a word's bytes. */
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final String[] ELEMENT_NAMES = {null, "gpx", "trk", "trkseg", "trkpt", "time", "hr", "type", "name"};

    private final InputStream in;
    private final String file;
    private final boolean perTrack;
    private byte[] buf = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private int line = 1;
    private int counted;
    private final long[] stack = new long[MAX_DEPTH];
    private int depth;
    private String element;
    private long nameHash;
    private int localStart;
    /** The element code found by {@link #quickTag} or {@link #quickEndTag}. */
    private int tagCode;
    /** The length of the name {@link #quickTag} read. */
    private int quickNameLength;
    /** The short names of the open elements, {@link #STORED_NAME_BYTES} bytes for each depth. */
    private final byte[] openNames = new byte[MAX_DEPTH * STORED_NAME_BYTES];
    /** Each open element's name length in {@link #openNames}, or -1 if it is not kept there. */
    private final int[] openLengths = new int[MAX_DEPTH];
    /** Each open element's code, where its name is kept. */
    private final byte[] openCodes = new byte[MAX_DEPTH];

    GpxScanner(InputStream in, String file, boolean perTrack) {
        this.in = in;
        this.file = file;
        this.perTrack = perTrack;
    }

    private static byte[] byteKinds() {
        byte[] kinds = new byte[256];
        for (int b = 0; b <= ' '; b++) {
            kinds[b] = NAME_END;
        }
        kinds['/'] = NAME_END;
        kinds['>'] = NAME_END;
        kinds[':'] = COLON;
        // Where the general path's tag and name scans would disagree (a quote or '<' in a name).
        kinds['"'] = UNUSUAL;
        kinds['\''] = UNUSUAL;
        kinds['<'] = UNUSUAL;
        return kinds;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * True if the file is UTF-8 (by its byte-order mark, its XML declaration or the lack of one).
     * The stream must support mark; it is left where it was.
     */
    static boolean applies(InputStream in, String file) {
        try {
            in.mark(DECLARATION_BYTES);
            byte[] head = in.readNBytes(DECLARATION_BYTES);
            in.reset();
            if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                    || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
                return false;
            }
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int decl = text.indexOf("<?xml");
            if (decl < 0) {
                return true;
            }
            int end = text.indexOf("?>", decl);
            String declaration = end < 0 ? text.substring(decl) : text.substring(decl, end);
            int enc = declaration.indexOf("encoding");
            if (enc < 0) {
                return true;
            }
            String rest = declaration.substring(enc + "encoding".length()).replace(" ", "").replace("=", "");
            String name = rest.isEmpty() ? "" : rest.substring(1, Math.max(1, rest.indexOf(rest.charAt(0), 1))).toLowerCase(Locale.ROOT);
            return name.equals("utf-8") || name.equals("utf8") || name.equals("us-ascii") || name.equals("ascii");
        } catch (IOException e) {
            throw new ImportException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the whole file: one activity per track, or all tracks as one. */
    List<RecordedActivity> scan() {
        List<RecordedActivity> tracks = new ArrayList<>();
        GpxReader.TrackPart part = null;
        boolean root = false;
        int trkDepth = -1;
        boolean inPoint = false;
        double lat = Double.NaN;
        double lon = Double.NaN;
        long time = Long.MIN_VALUE;
        int hr = -1;
        try {
            while (true) {
                int lt = find((byte) '<');
                if (lt < 0) {
                    break;
                }
                pos = lt;
                require(2);
                byte c = buf[pos + 1];
                if (c == '?') {
                    skipPast("?>");
                    continue;
                }
                if (c == '!') {
                    special();
                    continue;
                }
                boolean closed = false;
                int gt = -1;
                if (root) {
                    gt = c == '/' ? quickEndTag() : quickTag(1);
                    closed = c == '/' && gt >= 0;
                    if (c == '/' && gt < 0) {
                        gt = quickTag(2);
                    }
                }
                boolean quick = gt >= 0;
                int code = tagCode;
                if (!quick) {
                    gt = tagEnd();
                    code = code(nameEnd(pos + (c == '/' ? 2 : 1), gt));
                }
                if (c == '/') {
                    if (!closed) {
                        pop(nameHash);
                    }
                    pos = gt + 1;
                    if (code == TRKPT && inPoint) {
                        part.track.add(lat, lon, time, hr, Double.NaN);
                        inPoint = false;
                    } else if (code == TRK && part != null && depth == trkDepth - 1) {
                        trkDepth = -1;
                        if (perTrack) {
                            tracks.add(part.finish());
                        }
                    }
                    continue;
                }
                boolean empty = buf[gt - 1] == '/';
                // Named in messages; only the elements read are named, so no string is made per tag.
                element = code == OTHER ? null : ELEMENT_NAMES[code];
                long hash = nameHash;
                if (!root) {
                    element = new String(buf, pos + 1, nameEnd(pos + 1, gt) - pos - 1, StandardCharsets.UTF_8);
                    if (code != GPX) {
                        throw new ImportException(file, "line " + line(),
                                "not a GPX file: its root element is <" + element + ">, expected <gpx>");
                    }
                    root = true;
                }
                if (code == TRKPT) {
                    inPoint = part != null;
                    lat = coordinate("lat", pos, gt);
                    lon = coordinate("lon", pos, gt);
                    time = Long.MIN_VALUE;
                    hr = -1;
                }
                push(hash, quick ? quickNameLength : -1, code);
                pos = gt + 1;
                switch (code) {
                    case TRK:
                        trkDepth = depth;
                        if (part == null || perTrack) {
                            part = new GpxReader.TrackPart();
                        } else {
                            part.track.newSegment();
                        }
                        break;
                    case TRKSEG:
                        if (part != null) {
                            part.track.newSegment();
                        }
                        break;
                    case TIME:
                        if (inPoint && !empty) {
                            int end = plainTextEnd();
                            long fast = end < 0 ? Long.MIN_VALUE : IsoTimes.epochMillis(buf, pos, end);
                            if (fast == Long.MIN_VALUE) {
                                time = IsoTimes.epochMillis(text());
                            } else {
                                time = fast;
                                pos = end;
                            }
                        }
                        break;
                    case HR:
                        if (inPoint && !empty) {
                            int end = plainTextEnd();
                            int fast = end < 0 ? -1 : smallInteger(pos, end);
                            if (fast < 0) {
                                hr = GpxReader.heartRate(text());
                            } else {
                                hr = fast;
                                pos = end;
                            }
                        }
                        break;
                    case TYPE:
                        if (part != null && depth == trkDepth + 1 && part.type == null && !empty) {
                            part.type = text().strip();
                        }
                        break;
                    case NAME:
                        if (part != null && depth == trkDepth + 1 && part.name == null && !empty) {
                            part.name = text().strip();
                        }
                        break;
                    default:
                        break;
                }
                if (empty) {
                    depth--;
                    if (code == TRKPT && inPoint) {
                        part.track.add(lat, lon, time, hr, Double.NaN);
                        inPoint = false;
                    } else if (code == TRK && part != null) {
                        trkDepth = -1;
                        if (perTrack) {
                            tracks.add(part.finish());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportException(file, "line " + line(), "cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "line " + line() + (element == null ? "" : ", element <" + element + ">"),
                    e.getMessage(), e);
        }
        if (!root) {
            throw new ImportException(file, "", "not a GPX file: no <gpx> element");
        }
        if (depth > 0) {
            throw malformed("the file ends inside an element (truncated?)");
        }
        if (!perTrack && part != null) {
            tracks.add(part.finish());
        }
        return tracks;
    }

    /**
     * The common case of a tag, in one pass: its name (leaving {@link #nameHash}, {@link #localStart}
     * and {@link #tagCode} as {@link #nameEnd} and {@link #code} would) and then its end. Returns the
     * index of its {@code >}, or -1 to have the caller take the general path ({@link #tagEnd} and
     * {@link #nameEnd}), which gives the same result for every tag and also reads on and reports
     * errors: a name at the buffer's end, an empty name, a quote or {@code <} in a name.
     *
     * @param skip the bytes before the name: 1 for a start tag, 2 for an end tag
     */
    private int quickTag(int skip) throws IOException {
        byte[] b = buf;
        int end = limit;
        int from = pos + skip;
        int i = from;
        int local = from;
        long h = 1125899906842597L;
        byte c = 0;
        while (i < end) {
            c = b[i];
            byte kind = BYTE_KINDS[c & 0xFF];
            if (kind != NAME_BYTE) {
                if (kind != COLON) {
                    break;
                }
                local = i + 1;
            }
            h = 31 * h + c;
            i++;
        }
        if (i >= end || i == from || BYTE_KINDS[c & 0xFF] == UNUSUAL) {
            return -1;
        }
        nameHash = h * 31 + (i - from);
        quickNameLength = i - from;
        localStart = local;
        tagCode = code(i);
        if (c == '>') {
            return i;
        }
        return tagEnd(i - pos);
    }

    /**
     * The end of the text of the element just opened, if it is plain: within the buffer, no entity,
     * followed by an end tag. -1 otherwise (the caller then reads it with {@link #text}).
     */
    private int plainTextEnd() {
        byte[] b = buf;
        int end = limit - 1;
        for (int i = pos; i < end; i++) {
            byte c = b[i];
            if (c == '<') {
                return b[i + 1] == '/' ? i : -1;
            }
            if (c == '&') {
                return -1;
            }
        }
        return -1;
    }

    /** The bytes {@code [from, to)} as a number of one to three digits, or -1 for anything else. */
    private int smallInteger(int from, int to) {
        int n = to - from;
        if (n < 1 || n > SMALL_INTEGER_DIGITS) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** {@code <!--}, {@code <![CDATA[} (skipped) or a DOCTYPE (refused). */
    private void special() throws IOException {
        require(4);
        if (buf[pos + 2] == '-' && buf[pos + 3] == '-') {
            skipPast("-->");
            return;
        }
        require(9);
        if (startsWith("<![CDATA[")) {
            skipPast("]]>");
            return;
        }
        throw new ImportException(file, "line " + line(),
                "a DOCTYPE (DTD) is not allowed in GPX or TCX and was refused for safety (it can hide external-entity or entity-expansion attacks)");
    }

    /** The text content of the element just opened; {@code pos} is left on its end tag. */
    private String text() throws IOException {
        StringBuilder more = null;
        boolean overflow = false;
        while (true) {
            int lt = -1;
            int i = 0;
            while (lt < 0) {
                for (; pos + i < limit; i++) {
                    if (buf[pos + i] == '<') {
                        lt = pos + i;
                        break;
                    }
                }
                if (lt >= 0) {
                    break;
                }
                if (limit - pos >= BUFFER_BYTES) {
                    // Read on without keeping it: the import's size limits see every byte.
                    overflow = true;
                    countLines(limit);
                    pos = limit;
                    i = 0;
                }
                if (!fill()) {
                    throw malformed("the file ends inside <" + element + "> (truncated?)");
                }
            }
            String chunk = overflow ? "" : decode(pos, lt);
            pos = lt;
            require(2);
            if (buf[pos + 1] == '/') {
                if (overflow) {
                    throw malformed("the text of <" + element + "> is longer than " + (BUFFER_BYTES >> 10) + " KB");
                }
                return more == null ? chunk : more.append(chunk).toString();
            }
            more = more == null ? new StringBuilder(chunk) : more.append(chunk);
            if (buf[pos + 1] == '!') {
                require(9);
                if (startsWith("<![CDATA[")) {
                    pos += "<![CDATA[".length();
                    int end = findSequence("]]>");
                    more.append(new String(buf, pos, end - pos, StandardCharsets.UTF_8));
                    pos = end + 3;
                    continue;
                }
                special();
                continue;
            }
            throw malformed("unexpected element inside the text of <" + element + ">");
        }
    }

    /** The bytes {@code [from, to)} as text, XML's predefined entities and character references decoded. */
    private String decode(int from, int to) {
        int amp = -1;
        for (int i = from; i < to; i++) {
            if (buf[i] == '&') {
                amp = i;
                break;
            }
        }
        if (amp < 0) {
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
        String raw = new String(buf, from, to - from, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch != '&') {
                out.append(ch);
                continue;
            }
            int semi = raw.indexOf(';', i);
            if (semi < 0) {
                throw new IllegalArgumentException("malformed XML: '&' without ';'");
            }
            String entity = raw.substring(i + 1, semi);
            switch (entity) {
                case "lt": out.append('<'); break;
                case "gt": out.append('>'); break;
                case "amp": out.append('&'); break;
                case "quot": out.append('"'); break;
                case "apos": out.append('\''); break;
                default:
                    if (entity.startsWith("#")) {
                        try {
                            int cp = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                            out.appendCodePoint(cp);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("malformed XML: the character reference &" + entity + "; is not valid");
                        }
                    } else {
                        throw new IllegalArgumentException("malformed XML: the entity \"" + entity
                                + "\" was referenced but never declared (only XML's predefined entities are allowed)");
                    }
            }
            i = semi;
        }
        return out.toString();
    }

    /** Start and end of the last attribute value found by {@link #attribute}. */
    private int valueFrom;
    private int valueTo;

    /** A coordinate attribute of a track point, read from its bytes without a string in the common case. */
    private double coordinate(String name, int from, int gt) {
        String text = attribute(name, from, gt);
        if (text == null) {
            return Double.NaN;
        }
        double bound = name.equals("lat") ? 90 : 180;
        double v = text.isEmpty() ? decimal(valueFrom, valueTo) : Double.NaN;
        if (!(Math.abs(v) <= bound)) {
            String shown = text.isEmpty() ? new String(buf, valueFrom, valueTo - valueFrom, StandardCharsets.UTF_8) : text;
            return coordinate(shown, name);
        }
        return v;
    }

    /** A plain decimal such as {@code 45.1234567} from the buffer, or NaN if it has another shape. */
    private double decimal(int from, int to) {
        byte[] b = buf;
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int scale = -1;
        boolean any = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (digits != 0 || c != '0') {
                    count++;
                }
                if (count > DECIMAL_DIGITS) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.NaN;
            }
        }
        if (!any || scale > DECIMAL_DIGITS) {
            return Double.NaN;
        }
        // Both the digits and the power of ten are exact doubles, so one division rounds correctly.
        double value = scale > 0 ? digits / POWERS_OF_TEN[scale] : digits;
        return negative ? -value : value;
    }

    /**
     * The value of attribute {@code name} in the tag {@code [from, gt)}, or null. A value without
     * entities is returned as "" with its bytes at {@link #valueFrom} to {@link #valueTo}, which
     * only {@link #coordinate(String, int, int)} asks for; otherwise it is decoded.
     */
    private String attribute(String name, int from, int gt) {
        int n = name.length();
        int i = nameEnd(from + 1, gt);
        while (i < gt) {
            while (i < gt && isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < gt && buf[i] != '=' && !isSpace(buf[i]) && buf[i] != '/' && buf[i] != '>') {
                i++;
            }
            int nameStop = i;
            while (i < gt && isSpace(buf[i])) {
                i++;
            }
            if (i >= gt || buf[i] != '=') {
                return null;
            }
            i++;
            while (i < gt && isSpace(buf[i])) {
                i++;
            }
            if (i >= gt) {
                return null;
            }
            byte quote = buf[i];
            if (quote != '"' && quote != '\'') {
                throw new IllegalArgumentException("malformed XML: an attribute value must be quoted");
            }
            int valueStart = ++i;
            while (i < gt && buf[i] != quote) {
                i++;
            }
            int valueEnd = i++;
            if (nameStop - nameStart == n && matches(nameStart, name)) {
                valueFrom = valueStart;
                valueTo = valueEnd;
                for (int k = valueStart; k < valueEnd; k++) {
                    if (buf[k] == '&') {
                        return decode(valueStart, valueEnd);
                    }
                }
                return "";
            }
        }
        return null;
    }

    private boolean matches(int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (buf[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static double coordinate(String text, String attribute) {
        double bound = attribute.equals("lat") ? 90 : 180;
        try {
            double v = dev.recovery.importer.track.Decimals.parse(text);
            if (Math.abs(v) <= bound) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Reported below, naming the attribute.
        }
        throw new IllegalArgumentException(attribute + ": '" + text + "' is not allowed; expected degrees from -"
                + (int) bound + " to " + (int) bound);
    }

    /** The element's code by its local name (the part after any prefix). */
    private int code(int to) {
        byte[] b = buf;
        int start = localStart;
        int len = to - start;
        if (len < 2 || len > HEARTRATE.length) {
            return OTHER;
        }
        switch (b[start]) {
            case 'g':
                return len == 3 && same(start, NAMES[GPX]) ? GPX : OTHER;
            case 't':
                if (len == 3) {
                    return same(start, NAMES[TRK]) ? TRK : OTHER;
                }
                if (len == 4) {
                    return same(start, NAMES[TIME]) ? TIME : same(start, NAMES[TYPE]) ? TYPE : OTHER;
                }
                if (len == 5) {
                    return same(start, NAMES[TRKPT]) ? TRKPT : OTHER;
                }
                return len == 6 && same(start, NAMES[TRKSEG]) ? TRKSEG : OTHER;
            case 'h':
                return len == 2 && same(start, NAMES[HR]) ? HR : len == HEARTRATE.length && same(start, HEARTRATE) ? HR : OTHER;
            case 'n':
                return len == 4 && same(start, NAMES[NAME]) ? NAME : OTHER;
            default:
                return OTHER;
        }
    }

    private boolean same(int at, byte[] name) {
        for (int k = 0; k < name.length; k++) {
            if (buf[at + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the tag name starting at {@code from}, in one pass also leaving its hash in
     * {@link #nameHash} (to match end tags) and where its local part starts in {@link #localStart}.
     */
    private int nameEnd(int from, int gt) {
        byte[] b = buf;
        int i = from;
        int local = from;
        long h = 1125899906842597L;
        while (i < gt) {
            byte c = b[i];
            // Blanks and control characters are all at or below ' ' (0x20), UTF-8 bytes above 0x7F are negative.
            if (c <= ' ' && c >= 0 || c == '/' || c == '>') {
                break;
            }
            if (c == ':') {
                local = i + 1;
            }
            h = 31 * h + c;
            i++;
        }
        if (i == from) {
            throw new IllegalArgumentException("malformed XML: a tag without a name");
        }
        nameHash = h * 31 + (i - from);
        quickNameLength = i - from;
        localStart = local;
        return i;
    }

    /**
     * Opens an element: its name's hash and, if it is short and was read by {@link #quickTag}
     * ({@code length} at least 0), its name's bytes (still at {@code pos + 1}) and code, so that
     * {@link #quickEndTag} can match the end tag by comparing bytes.
     */
    private void push(long hash, int length, int code) {
        if (depth == MAX_DEPTH) {
            throw malformed("elements nested deeper than " + MAX_DEPTH);
        }
        if (length >= 0 && length <= STORED_NAME_BYTES) {
            System.arraycopy(buf, pos + 1, openNames, depth * STORED_NAME_BYTES, length);
            openLengths[depth] = length;
            openCodes[depth] = (byte) code;
        } else {
            openLengths[depth] = -1;
        }
        stack[depth++] = hash;
    }

    /**
     * The common end tag, {@code </name>} exactly as the innermost open element's name: closes it
     * and returns the index of the {@code >}, with {@link #tagCode} set. -1 for anything else,
     * which the general path reads (and, if it is wrong, refuses) as before.
     */
    private int quickEndTag() {
        if (depth == 0) {
            return -1;
        }
        int top = depth - 1;
        int length = openLengths[top];
        int from = pos + 2;
        int gt = from + length;
        if (length < 0 || gt >= limit || buf[gt] != '>') {
            return -1;
        }
        int stored = top * STORED_NAME_BYTES;
        if (!Arrays.equals(buf, from, gt, openNames, stored, stored + length)) {
            return -1;
        }
        tagCode = openCodes[top];
        depth--;
        return gt;
    }

    private void pop(long hash) {
        if (depth == 0 || stack[depth - 1] != hash) {
            throw malformed("an end tag that does not match its start tag");
        }
        depth--;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private boolean startsWith(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (buf[pos + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the tag's closing {@code >} from {@code pos}, quotes respected, reading on as needed. */
    private int tagEnd() throws IOException {
        return tagEnd(1);
    }

    /** As {@link #tagEnd()}, from {@code pos + from}, which must be outside any quoted value. */
    private int tagEnd(int from) throws IOException {
        int i = from;
        byte quote = 0;
        while (true) {
            byte[] b = buf;
            int end = limit;
            int j = pos + i;
            if (quote == 0) {
                // The common case: no quoted value in the way.
                for (; j < end; j++) {
                    byte c = b[j];
                    if (c == '>') {
                        return j;
                    }
                    if (c == '"' || c == '\'') {
                        quote = c;
                        j++;
                        break;
                    }
                    if (c == '<') {
                        throw malformed("'<' inside a tag");
                    }
                }
            }
            while (j < end) {
                if (quote != 0) {
                    for (; j < end; j++) {
                        if (b[j] == quote) {
                            quote = 0;
                            j++;
                            break;
                        }
                    }
                } else {
                    byte c = b[j];
                    if (c == '>') {
                        return j;
                    }
                    if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '<') {
                        throw malformed("'<' inside a tag");
                    }
                    j++;
                }
            }
            i = j - pos;
            if (!fill()) {
                throw malformed("the file ends inside a tag (truncated?)");
            }
        }
    }

    /** The next {@code b} at or after {@code pos}, reading on as needed; -1 at the end of the file. */
    private int find(byte b) throws IOException {
        int i = 0;
        while (true) {
            byte[] data = buf;
            int end = limit;
            for (int j = pos + i; j < end; j++) {
                if (data[j] == b) {
                    return j;
                }
            }
            i = end - pos;
            if (!fill()) {
                return -1;
            }
        }
    }

    private int findSequence(String s) throws IOException {
        int i = 0;
        while (true) {
            for (; pos + i + s.length() <= limit; i++) {
                boolean hit = true;
                for (int k = 0; k < s.length(); k++) {
                    if (buf[pos + i + k] != s.charAt(k)) {
                        hit = false;
                        break;
                    }
                }
                if (hit) {
                    return pos + i;
                }
            }
            if (!fill()) {
                throw malformed("the file ends before '" + s + "' (truncated?)");
            }
        }
    }

    private void skipPast(String s) throws IOException {
        pos = findSequence(s) + s.length();
    }

    /** Makes sure {@code n} bytes from {@code pos} are in the buffer. */
    private void require(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                throw malformed("the file ends inside a tag (truncated?)");
            }
        }
    }

    /**
     * Reads more, keeping {@code [pos, limit)} (moved to the buffer's start); false at the end of the
     * file. Lines are counted as bytes leave the buffer.
     */
    private boolean fill() throws IOException {
        countLines(pos);
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            counted -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_TOKEN_BYTES) {
                throw malformed("a tag or text longer than " + (MAX_TOKEN_BYTES >> 20) + " MB");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private void countLines(int upTo) {
        byte[] data = buf;
        int n = line;
        int i = counted;
        // Eight bytes at a time: every byte of the file passes here once, so this is worth it.
        for (; i + Long.BYTES <= upTo; i += Long.BYTES) {
            long x = (long) LONGS.get(data, i) ^ NEWLINES;
            long t = ((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x;
            n += Long.bitCount(~t & HIGH_BITS);
        }
        for (; i < upTo; i++) {
            n += data[i] == '\n' ? 1 : 0;
        }
        line = n;
        counted = Math.max(counted, upTo);
    }

    private int line() {
        countLines(Math.min(pos, limit));
        return line;
    }

    private ImportException malformed(String what) {
        return new ImportException(file, "line " + line() + (element == null ? "" : ", element <" + element + ">"),
                "malformed or truncated XML: " + what);
    }
}
