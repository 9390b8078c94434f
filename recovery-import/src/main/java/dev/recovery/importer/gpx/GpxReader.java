package dev.recovery.importer.gpx;

import dev.recovery.core.unit.Checks;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.SafeXml;
import dev.recovery.importer.track.Decimals;
import dev.recovery.importer.track.IsoTimes;
import dev.recovery.importer.track.RecordedActivity;
import dev.recovery.importer.track.TrackAccumulator;
import dev.recovery.importer.track.TrackSummary;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a GPX 1.0 or 1.1 file as one activity, streaming (a StAX cursor; no point is kept): the
 * track points' positions and times, and heart rate from Garmin's TrackPointExtension
 * ({@code <gpxtpx:hr>}, any namespace prefix). Distance is the haversine sum within each
 * {@code <trkseg>}; duration the moving time; heart rate time-weighted.
 *
 * @since 0.1.0
 */
public final class GpxReader {

    private GpxReader() {
    }

    /**
     * Reads the whole file as one activity: every track's points, each track a new segment; the
     * first track's type and name. For a file known to hold one activity (a Strava export's).
     *
     * @param in   the file's bytes (closed by the caller)
     * @param file its name for messages
     * @return the activity
     * @throws ImportException naming the file and line if it is not GPX, is malformed or truncated,
     *                         or holds a DOCTYPE
     */
    public static RecordedActivity read(InputStream in, String file) {
        List<RecordedActivity> all = parse(in, file, false);
        return all.isEmpty() ? new TrackPart().finish() : all.get(0);
    }

    /**
     * Reads each {@code <trk>} as an activity of its own, with its own type and name, in file order.
     * A file without any track gives an empty list.
     *
     * @param in   the file's bytes (closed by the caller)
     * @param file its name for messages
     * @return the tracks
     * @throws ImportException as {@link #read(InputStream, String)}
     */
    public static List<RecordedActivity> readTracks(InputStream in, String file) {
        return parse(in, file, true);
    }

    private static List<RecordedActivity> parse(InputStream in, String file, boolean perTrack) {
        InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        if (GpxScanner.applies(buffered, file)) {
            return new GpxScanner(buffered, file, perTrack).scan();
        }
        return parseWithStax(buffered, file, perTrack);
    }

    /** The general path, for files in encodings other than UTF-8. */
    private static List<RecordedActivity> parseWithStax(InputStream in, String file, boolean perTrack) {
        XMLStreamReader r = SafeXml.open(in, file);
        String element = null;
        List<RecordedActivity> tracks = new ArrayList<>();
        try {
            TrackPart part = null;
            boolean root = false;
            int depth = 0;
            int trkDepth = -1;
            boolean inPoint = false;
            double lat = Double.NaN;
            double lon = Double.NaN;
            long time = Long.MIN_VALUE;
            int hr = -1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    element = SafeXml.localName(r);
                    if (!root) {
                        if (!element.equals("gpx")) {
                            throw new ImportException(file, "line " + r.getLocation().getLineNumber(),
                                    "not a GPX file: its root element is <" + element + ">, expected <gpx>");
                        }
                        root = true;
                        continue;
                    }
                    switch (element) {
                        case "trk":
                            trkDepth = depth;
                            if (part == null || perTrack) {
                                part = new TrackPart();
                            } else {
                                part.track.newSegment();
                            }
                            break;
                        case "trkseg":
                            if (part != null) {
                                part.track.newSegment();
                            }
                            break;
                        case "trkpt":
                            inPoint = part != null;
                            lat = coordinate(r, "lat", file);
                            lon = coordinate(r, "lon", file);
                            time = Long.MIN_VALUE;
                            hr = -1;
                            break;
                        case "time":
                            if (inPoint) {
                                time = IsoTimes.epochMillis(SafeXml.elementText(r));
                                depth--;
                            }
                            break;
                        case "hr":
                        case "heartrate":
                            if (inPoint) {
                                hr = heartRate(SafeXml.elementText(r));
                                depth--;
                            }
                            break;
                        case "type":
                            if (part != null && depth == trkDepth + 1 && part.type == null) {
                                part.type = SafeXml.elementText(r).strip();
                                depth--;
                            }
                            break;
                        case "name":
                            if (part != null && depth == trkDepth + 1 && part.name == null) {
                                part.name = SafeXml.elementText(r).strip();
                                depth--;
                            }
                            break;
                        default:
                            break;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String local = SafeXml.localName(r);
                    if (local.equals("trkpt") && inPoint) {
                        part.track.add(lat, lon, time, hr, Double.NaN);
                        inPoint = false;
                    } else if (local.equals("trk") && part != null && depth == trkDepth - 1) {
                        trkDepth = -1;
                        if (perTrack) {
                            tracks.add(part.finish());
                        }
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    SafeXml.refuseDtd(r, file);
                }
            }
            if (!root) {
                throw new ImportException(file, "", "not a GPX file: no <gpx> element");
            }
            if (!perTrack && part != null) {
                tracks.add(part.finish());
            }
            return tracks;
        } catch (XMLStreamException e) {
            throw SafeXml.error(file, element, e);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "line " + r.getLocation().getLineNumber() + ", element <" + element + ">",
                    e.getMessage(), e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // Closing a reader cannot lose data.
            }
        }
    }

    /** One track (or, read as one activity, all of them) as it accumulates. */
    static final class TrackPart {
        final TrackAccumulator track = new TrackAccumulator();
        String type;
        String name;

        RecordedActivity finish() {
            TrackSummary s = track.summary();
            java.time.Duration duration = s.moving().isZero() ? s.elapsed() : s.moving();
            return new RecordedActivity(Optional.ofNullable(type).filter(t -> !t.isEmpty()),
                    Optional.ofNullable(name).filter(t -> !t.isEmpty()), s.start(), duration, s.metres(),
                    s.avgHeartRate(), s.maxHeartRate(), s.points());
        }
    }

    private static double coordinate(XMLStreamReader r, String attribute, String file) {
        String text = r.getAttributeValue(null, attribute);
        if (text == null) {
            return Double.NaN;
        }
        try {
            double v = Decimals.parse(text);
            double bound = attribute.equals("lat") ? 90 : 180;
            if (!(Math.abs(v) <= bound)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw Checks.invalid(attribute, text, "degrees from -"
                    + (int) (attribute.equals("lat") ? 90 : 180) + " to " + (int) (attribute.equals("lat") ? 90 : 180));
        }
    }

    /** Parses a heart rate as GPX extensions write it: {@code 150} or {@code 150.00}. */
    static int heartRate(String text) {
        String t = text.strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            try {
                return (int) Math.round(Double.parseDouble(t));
            } catch (NumberFormatException e2) {
                throw Checks.invalid("hr", text, "a heart rate in beats per minute");
            }
        }
    }
}
