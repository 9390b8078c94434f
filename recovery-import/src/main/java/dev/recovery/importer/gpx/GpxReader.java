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
     * Reads the whole file.
     *
     * @param in   the file's bytes (closed by the caller)
     * @param file its name for messages
     * @throws ImportException naming the file and line if it is not GPX, is malformed or truncated,
     *                         or holds a DOCTYPE
     */
    public static RecordedActivity read(InputStream in, String file) {
        XMLStreamReader r = SafeXml.open(in, file);
        String element = null;
        try {
            TrackAccumulator track = new TrackAccumulator();
            boolean root = false;
            boolean inTrk = false;
            boolean inPoint = false;
            double lat = Double.NaN;
            double lon = Double.NaN;
            long time = Long.MIN_VALUE;
            int hr = -1;
            String type = null;
            String name = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
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
                            inTrk = true;
                            break;
                        case "trkseg":
                            track.newSegment();
                            break;
                        case "trkpt":
                            inPoint = true;
                            lat = coordinate(r, "lat", file);
                            lon = coordinate(r, "lon", file);
                            time = Long.MIN_VALUE;
                            hr = -1;
                            break;
                        case "time":
                            if (inPoint) {
                                time = IsoTimes.epochMillis(SafeXml.elementText(r));
                            }
                            break;
                        case "hr":
                            if (inPoint) {
                                hr = heartRate(SafeXml.elementText(r));
                            }
                            break;
                        case "type":
                            if (inTrk && !inPoint && type == null) {
                                type = SafeXml.elementText(r).strip();
                            }
                            break;
                        case "name":
                            if (inTrk && !inPoint && name == null) {
                                name = SafeXml.elementText(r).strip();
                            }
                            break;
                        default:
                            break;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = SafeXml.localName(r);
                    if (local.equals("trkpt")) {
                        track.add(lat, lon, time, hr, Double.NaN);
                        inPoint = false;
                    } else if (local.equals("trk")) {
                        inTrk = false;
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    SafeXml.refuseDtd(r, file);
                }
            }
            if (!root) {
                throw new ImportException(file, "", "not a GPX file: no <gpx> element");
            }
            TrackSummary s = track.summary();
            java.time.Duration duration = s.moving().isZero() ? s.elapsed() : s.moving();
            return new RecordedActivity(Optional.ofNullable(type).filter(t -> !t.isEmpty()),
                    Optional.ofNullable(name).filter(t -> !t.isEmpty()), s.start(), duration, s.metres(),
                    s.avgHeartRate(), s.maxHeartRate(), s.points());
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
