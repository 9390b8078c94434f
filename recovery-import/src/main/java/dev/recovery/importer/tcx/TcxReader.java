package dev.recovery.importer.tcx;

import dev.recovery.core.unit.Checks;
import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.safety.SafeXml;
import dev.recovery.importer.track.Decimals;
import dev.recovery.importer.track.IsoTimes;
import dev.recovery.importer.track.RecordedActivity;
import dev.recovery.importer.track.TrackAccumulator;
import dev.recovery.importer.track.TrackSummary;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Garmin Training Center (TCX) file, streaming: each {@code <Activity>} becomes one
 * {@link RecordedActivity}. The laps' own totals ({@code TotalTimeSeconds}, {@code DistanceMeters},
 * {@code AverageHeartRateBpm}) are preferred, being what the watch showed the runner; the track
 * points ({@code Time}, {@code Position}, {@code DistanceMeters}, {@code HeartRateBpm}) fill in what
 * the laps lack.
 *
 * @since 0.1.0
 */
public final class TcxReader {

    private TcxReader() {
    }

    /** Reads every activity in the file into a list (a TCX rarely holds more than a few). */
    public static List<RecordedActivity> read(InputStream in, String file) {
        List<RecordedActivity> all = new ArrayList<>();
        read(in, file, all::add);
        return all;
    }

    /**
     * Reads the file, handing each activity to {@code sink} as soon as its {@code </Activity>} is read.
     *
     * @throws ImportException naming the file, line and element if it is not TCX, is malformed or
     *                         truncated, or holds a DOCTYPE
     */
    public static void read(InputStream in, String file, Consumer<RecordedActivity> sink) {
        XMLStreamReader r = SafeXml.open(in, file);
        String element = null;
        try {
            boolean root = false;
            State a = null;
            boolean inLap = false;
            boolean inTrack = false;
            boolean inPoint = false;
            boolean inPointHr = false;
            boolean inLapAvgHr = false;
            double lat = Double.NaN;
            double lon = Double.NaN;
            long time = Long.MIN_VALUE;
            int hr = -1;
            double pointMetres = Double.NaN;
            double lapSeconds = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element = SafeXml.localName(r);
                    if (!root) {
                        if (!element.equals("TrainingCenterDatabase")) {
                            throw new ImportException(file, "line " + r.getLocation().getLineNumber(),
                                    "not a TCX file: its root element is <" + element + ">, expected <TrainingCenterDatabase>");
                        }
                        root = true;
                        continue;
                    }
                    switch (element) {
                        case "Activity":
                            a = new State(r.getAttributeValue(null, "Sport"));
                            break;
                        case "Id":
                            if (a != null && !inLap) {
                                a.id = idTime(SafeXml.elementText(r));
                            }
                            break;
                        case "Lap":
                            if (a != null) {
                                inLap = true;
                                lapSeconds = 0;
                                String lapStart = r.getAttributeValue(null, "StartTime");
                                if (a.firstLapStart == Long.MIN_VALUE && lapStart != null && !lapStart.isBlank()) {
                                    a.firstLapStart = IsoTimes.epochMillis(lapStart);
                                }
                            }
                            break;
                        case "TotalTimeSeconds":
                            if (inLap && !inTrack && a != null) {
                                lapSeconds = number(SafeXml.elementText(r), "TotalTimeSeconds");
                                a.lapSeconds += lapSeconds;
                            }
                            break;
                        case "DistanceMeters":
                            if (inPoint) {
                                pointMetres = number(SafeXml.elementText(r), "DistanceMeters");
                            } else if (inLap && !inTrack && a != null) {
                                a.lapMetres += number(SafeXml.elementText(r), "DistanceMeters");
                            }
                            break;
                        case "AverageHeartRateBpm":
                            inLapAvgHr = inLap && !inTrack;
                            break;
                        case "HeartRateBpm":
                            inPointHr = inPoint;
                            break;
                        case "Value":
                            if (inPointHr) {
                                hr = (int) Math.round(number(SafeXml.elementText(r), "HeartRateBpm"));
                            } else if (inLapAvgHr && a != null) {
                                double lapHr = number(SafeXml.elementText(r), "AverageHeartRateBpm");
                                a.lapHrWeighted += lapHr * lapSeconds;
                                a.lapHrSeconds += lapSeconds;
                            }
                            break;
                        case "Track":
                            // Not a new segment: laps follow each other without a gap, and a pause
                            // shows as a time gap, which the accumulator leaves out anyway.
                            inTrack = a != null;
                            break;
                        case "Trackpoint":
                            inPoint = a != null;
                            lat = Double.NaN;
                            lon = Double.NaN;
                            time = Long.MIN_VALUE;
                            hr = -1;
                            pointMetres = Double.NaN;
                            break;
                        case "Time":
                            if (inPoint) {
                                time = IsoTimes.epochMillis(SafeXml.elementText(r));
                            }
                            break;
                        case "LatitudeDegrees":
                            if (inPoint) {
                                lat = number(SafeXml.elementText(r), "LatitudeDegrees");
                            }
                            break;
                        case "LongitudeDegrees":
                            if (inPoint) {
                                lon = number(SafeXml.elementText(r), "LongitudeDegrees");
                            }
                            break;
                        default:
                            break;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (SafeXml.localName(r)) {
                        case "Trackpoint":
                            if (inPoint) {
                                a.track.add(lat, lon, time, hr, pointMetres);
                            }
                            inPoint = false;
                            break;
                        case "HeartRateBpm":
                            inPointHr = false;
                            break;
                        case "AverageHeartRateBpm":
                            inLapAvgHr = false;
                            break;
                        case "Track":
                            inTrack = false;
                            break;
                        case "Lap":
                            inLap = false;
                            break;
                        case "Activity":
                            if (a != null) {
                                sink.accept(a.finish());
                            }
                            a = null;
                            break;
                        default:
                            break;
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    SafeXml.refuseDtd(r, file);
                }
            }
            if (!root) {
                throw new ImportException(file, "", "not a TCX file: no <TrainingCenterDatabase> element");
            }
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

    /** The {@code <Id>} as a time if it is one; it is only the last resort for the start, so anything else is ignored. */
    private static long idTime(String text) {
        try {
            return IsoTimes.epochMillis(text);
        } catch (IllegalArgumentException e) {
            return Long.MIN_VALUE;
        }
    }

    private static double number(String text, String field) {
        try {
            double v = Decimals.parse(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Reported below with the field's name.
        }
        throw Checks.invalid(field, text, "a number");
    }

    /** What one {@code <Activity>} has accumulated. */
    private static final class State {
        final String sport;
        final TrackAccumulator track = new TrackAccumulator();
        long id = Long.MIN_VALUE;
        long firstLapStart = Long.MIN_VALUE;
        double lapSeconds;
        double lapMetres;
        double lapHrWeighted;
        double lapHrSeconds;

        State(String sport) {
            this.sport = sport;
        }

        RecordedActivity finish() {
            TrackSummary s = track.summary();
            Optional<Instant> start = firstLapStart != Long.MIN_VALUE ? Optional.of(Instant.ofEpochMilli(firstLapStart))
                    : s.start().isPresent() ? s.start()
                    : id != Long.MIN_VALUE ? Optional.of(Instant.ofEpochMilli(id)) : Optional.empty();
            Duration duration = lapSeconds > 0 ? Duration.ofMillis(Math.round(lapSeconds * 1000))
                    : (s.moving().isZero() ? s.elapsed() : s.moving());
            double metres = lapMetres > 0 ? lapMetres : s.metres();
            OptionalInt avg = s.avgHeartRate();
            if (avg.isEmpty() && lapHrSeconds > 0) {
                avg = OptionalInt.of((int) Math.round(lapHrWeighted / lapHrSeconds));
            }
            return new RecordedActivity(Optional.ofNullable(sport).map(String::strip).filter(t -> !t.isEmpty()),
                    Optional.empty(), start, duration, metres, avg, s.maxHeartRate(), s.points());
        }
    }
}
