package dev.recovery.importer.gpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.recovery.importer.safety.ImportException;
import dev.recovery.importer.track.RecordedActivity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast UTF-8 scanner against the general XML reader: on any well-formed GPX they read the same
 * activities, whatever the exporter's style and wherever the scanner's 64 KB read buffer happens
 * to cut the file.
 */
class GpxScannerPathsTest {

    /** The scanner reads 64 KB at a time; tokens cut by that boundary must read the same. */
    private static final int BUFFER = 1 << 16;
    /** The deepest nesting the scanner reads (real GPX nests about 6 deep). */
    private static final int MAX_DEPTH = 256;

    private static List<RecordedActivity> fast(String body, String declaration) {
        return GpxReader.readTracks(new ByteArrayInputStream((declaration + body).getBytes(StandardCharsets.UTF_8)), "t.gpx");
    }

    private static List<RecordedActivity> general(String body) {
        return GpxReader.readTracks(
                new ByteArrayInputStream((GpxDocuments.LATIN1_DECLARATION + body).getBytes(StandardCharsets.ISO_8859_1)), "t.gpx");
    }

    private static RecordedActivity fastAsOne(String body) {
        return GpxReader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "t.gpx");
    }

    private static RecordedActivity generalAsOne(String body) {
        return GpxReader.read(
                new ByteArrayInputStream((GpxDocuments.LATIN1_DECLARATION + body).getBytes(StandardCharsets.ISO_8859_1)), "t.gpx");
    }

    @Test
    void theScannerReadsEveryTrackAsTheXmlParserDoes() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            String body = GpxDocuments.body(seed);
            assertEquals(general(body), fast(body, GpxDocuments.utf8Declaration(seed)), "seed " + seed);
        });
    }

    @Test
    void theScannerReadsAllTracksAsOneActivityAsTheXmlParserDoes() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            String body = GpxDocuments.body(seed);
            assertEquals(generalAsOne(body), fastAsOne(body), "seed " + seed);
        });
    }

    /** A short track with every kind of token, pushed byte by byte across the first buffer boundary. */
    @Test
    void everyTokenReadsTheSameWhereverTheBufferBoundaryCutsIt() {
        String track = "<trk><name>Caf&#233; <![CDATA[run]]> &amp; back</name><!-- c --><type>running</type><trkseg>"
                + "<trkpt lat=\"45.1234567\" lon='5.7654321'><ele>200.5</ele><time>2024-03-05T07:30:00Z</time>"
                + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>141</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>"
                + "<trkpt lat=\"45.1235\" lon=\"5.7655\"><time>2024-03-05T07:30:04.500+00:00</time><extensions><hr>150.00</hr></extensions></trkpt>"
                + "<trkpt lat=\"45.1236\" lon=\"5.7656\"/><trkpt lat=\"45.1237\" lon=\"5.7657\"><time>2024-03-05T07:30:09Z</time></trkpt>"
                + "</trkseg></trk>";
        String head = "<gpx version=\"1.1\">";
        List<RecordedActivity> expected = general(head + track + "</gpx>");
        assertEquals(1, expected.size());
        assertEquals(4, expected.get(0).points());
        for (int shift = 0; shift <= track.length() + 4; shift++) {
            int padding = BUFFER - head.length() - track.length() + shift;
            String body = head + padding(padding) + track + "</gpx>";
            assertEquals(expected, fast(body, ""), "shifted by " + shift);
        }
    }

    /**
     * {@code length} bytes of 1 KB comments: small tokens, so none holds the buffer and it is never
     * enlarged, and each buffer ends wherever the padding puts it.
     */
    private static String padding(int length) {
        int comment = 1 << 10;
        int rest = 7 + (length - 7) % comment;
        return ("<!--" + "x".repeat(comment - 7) + "-->").repeat((length - 7) / comment) + "<!--" + "x".repeat(rest - 7) + "-->";
    }

    @Test
    void aLongTrackOverManyBuffersReadsTheSameOnBothPaths() {
        StringBuilder b = new StringBuilder("<gpx><trk><trkseg>");
        long t = Instant.parse("2024-03-05T07:30:00Z").getEpochSecond();
        for (int i = 0; i < 5_000; i++) {
            b.append("<trkpt lat=\"").append(45 + i * 1e-5).append("\" lon=\"5.0\"><time>").append(Instant.ofEpochSecond(t + i))
                    .append("</time><extensions><hr>").append(120 + i % 40).append("</hr></extensions></trkpt>\n");
        }
        String body = b.append("</trkseg></trk></gpx>").toString();
        assertTrue(body.length() > 6 * BUFFER, "spans several buffers");
        RecordedActivity a = fast(body, "").get(0);
        assertEquals(general(body).get(0), a);
        assertEquals(5_000, a.points());
        assertEquals(Duration.ofSeconds(4_999), a.duration());
    }

    @Test
    void aTruncatedFileIsRefusedWhereverItIsCut() {
        String body = "<gpx><trk><name>A &amp; B</name><trkseg><!-- c --><trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time>"
                + "<extensions><hr>140</hr></extensions></trkpt><![CDATA[x]]></trkseg></trk></gpx>";
        qt().forAll(integers().between(1, body.length() - 1)).checkAssert(cut -> {
            ImportException e = assertThrows(ImportException.class, () -> fast(body.substring(0, cut), ""), "cut at " + cut);
            assertTrue(e.getMessage().startsWith("t.gpx"), e.getMessage());
        });
    }

    @Test
    void aTruncatedFileSaysSoAndNamesTheLine() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx>\n<trk>\n<trkseg>\n<trkpt lat=\"45\" lon=\"5\">", ""));
        assertEquals("t.gpx line 4, element <trkpt>: malformed or truncated XML: the file ends inside an element (truncated?)",
                e.getMessage());
    }

    @Test
    void aFileCutInsideATagSaysSo() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx>\n<trk><trkseg><trkpt lat=\"45\" lo", ""));
        assertTrue(e.getMessage().endsWith("the file ends inside a tag (truncated?)"), e.getMessage());
    }

    @Test
    void aFileCutInsideATimeNamesTheElement() {
        ImportException e = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\"><time>2024-03-05", ""));
        assertTrue(e.getMessage().contains("element <time>"), e.getMessage());
        assertTrue(e.getMessage().contains("the file ends inside <time> (truncated?)"), e.getMessage());
    }

    @Test
    void aFileCutInsideACommentSaysWhatWasAwaited() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><!-- an unfinished comment", ""));
        assertTrue(e.getMessage().contains("the file ends before '-->' (truncated?)"), e.getMessage());
    }

    @Test
    void theLineOfAnErrorIsCountedAcrossBuffers() {
        String lines = "<!-- a line of padding that is forty-nine bytes -->\n".repeat(3_000);
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx>\n" + lines + "<trk></trkseg></gpx>", ""));
        assertEquals("t.gpx line 3002, element <trk>: malformed or truncated XML: an end tag that does not match its start tag",
                e.getMessage());
    }

    @Test
    void theLineOfAnErrorInsideATextIsCounted() {
        String body = "<gpx>\n<trk>\n\n<trkseg><trkpt lat=\"45\" lon=\"5\">\n<time>soon</time></trkpt></trkseg></trk></gpx>";
        ImportException e = assertThrows(ImportException.class, () -> fast(body, ""));
        assertTrue(e.getMessage().startsWith("t.gpx line 5, element <time>: time: 'soon' is not allowed"), e.getMessage());
    }

    @Test
    void aFileEndingAfterItsRootIsComplete() {
        List<RecordedActivity> tracks = fast("<gpx></gpx>\n\n", "");
        assertTrue(tracks.isEmpty());
    }

    @Test
    void anEmptyRootIsAGpxWithoutTracks() {
        assertTrue(fast("<gpx/>", "").isEmpty());
        assertEquals(0, fastAsOne("<gpx/>").points());
    }

    @Test
    void aFileWithoutAnyElementIsNotGpx() {
        ImportException e = assertThrows(ImportException.class, () -> fast("just text, no XML", ""));
        assertEquals("t.gpx: not a GPX file: no <gpx> element", e.getMessage());
    }

    @Test
    void anotherRootElementIsNamed() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<!-- c -->\n<kml:kml><Document/></kml:kml>", ""));
        assertEquals("t.gpx line 2: not a GPX file: its root element is <kml:kml>, expected <gpx>", e.getMessage());
    }

    @Test
    void elementsNamedLikeGpxButLongerAreNotGpx() {
        assertThrows(ImportException.class, () -> fast("<gpxx></gpxx>", ""));
        assertThrows(ImportException.class, () -> fast("<gp></gp>", ""));
        assertThrows(ImportException.class, () -> fast("<g></g>", ""));
    }

    @Test
    void lookalikeElementsAreNotTracksPointsOrTimes() {
        String body = "<gpx><trkx><trkseg><trkpt lat=\"45\" lon=\"5\"/></trkseg></trkx>"
                + "<trk><tim>x</tim><typ>x</typ><nam>x</nam><types>x</types><names>x</names><trkpts lat=\"1\" lon=\"1\"/>"
                + "<trksegs/><trkseg><trkpt lat=\"45\" lon=\"5\"><times>x</times><timer>x</timer><h>x</h><hrs>x</hrs><heartrates>x</heartrates>"
                + "<heartrat>x</heartrat><tr>x</tr><t>x</t></trkpt></trkseg></trk></gpx>";
        List<RecordedActivity> tracks = fast(body, "");
        assertEquals(general(body), tracks);
        assertEquals(1, tracks.size());
        assertEquals(1, tracks.get(0).points());
        assertTrue(tracks.get(0).type().isEmpty());
        assertTrue(tracks.get(0).name().isEmpty());
        assertTrue(tracks.get(0).start().isEmpty());
        assertTrue(tracks.get(0).maxHeartRate().isEmpty());
    }

    @Test
    void aPointOutsideAnyTrackIsNotCounted() {
        String body = "<gpx><trkseg><trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time></trkpt></trkseg>"
                + "<trk><trkseg><trkpt lat=\"46\" lon=\"5\"><time>2024-03-05T08:30:00Z</time></trkpt></trkseg></trk></gpx>";
        List<RecordedActivity> tracks = fast(body, "");
        assertEquals(1, tracks.get(0).points());
        assertEquals(Instant.parse("2024-03-05T08:30:00Z"), tracks.get(0).start().orElseThrow());
    }

    @Test
    void aSelfClosingTrackIsATrackWithoutPoints() {
        List<RecordedActivity> tracks = fast("<gpx><trk/><trk><trkseg><trkpt lat=\"45\" lon=\"5\"/></trkseg></trk></gpx>", "");
        assertEquals(2, tracks.size());
        assertEquals(0, tracks.get(0).points());
        assertEquals(1, tracks.get(1).points());
    }

    @Test
    void emptyTimeAndHeartRateElementsAreIgnoredByTheScanner() {
        String body = "<gpx><trk><type/><name/><trkseg><trkpt lat=\"45\" lon=\"5\"><time/><hr/></trkpt>"
                + "<trkpt lat=\"45.001\" lon=\"5\"><time>2024-03-05T07:30:00Z</time><hr>140</hr></trkpt></trkseg></trk></gpx>";
        RecordedActivity a = fast(body, "").get(0);
        assertEquals(2, a.points());
        assertEquals(Instant.parse("2024-03-05T07:30:00Z"), a.start().orElseThrow());
        assertEquals(140, a.maxHeartRate().orElseThrow());
        assertTrue(a.type().isEmpty());
    }

    @Test
    void aTracksNameAndTypeAreItsFirstOnesOnly() {
        String body = "<gpx><trk><name> First </name><type>running</type><name>Second</name><type>cycling</type></trk></gpx>";
        RecordedActivity a = fast(body, "").get(0);
        assertEquals("First", a.name().orElseThrow());
        assertEquals("running", a.type().orElseThrow());
    }

    @Test
    void aNameInsideAPointIsNotTheTracksName() {
        String body = "<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\"><name>Gate</name><type>gate</type></trkpt></trkseg></trk></gpx>";
        RecordedActivity a = fast(body, "").get(0);
        assertTrue(a.name().isEmpty());
        assertTrue(a.type().isEmpty());
    }

    @Test
    void aHeartRateOutsideAPointIsIgnored() {
        String body = "<gpx><trk><extensions><hr>180</hr></extensions><trkseg><trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time>"
                + "</trkpt></trkseg></trk></gpx>";
        assertTrue(fast(body, "").get(0).maxHeartRate().isEmpty());
    }

    @Test
    void aTimeOutsideAPointIsIgnored() {
        String body = "<gpx><metadata><time>2020-01-01T00:00:00Z</time></metadata><trk><time>2021-01-01T00:00:00Z</time><trkseg>"
                + "<trkpt lat=\"45\" lon=\"5\"/></trkseg></trk></gpx>";
        assertTrue(fast(body, "").get(0).start().isEmpty());
    }

    @Test
    void aPointWithoutCoordinatesStillCounts() {
        RecordedActivity a = fast("<gpx><trk><trkseg><trkpt><time>2024-03-05T07:30:00Z</time></trkpt></trkseg></trk></gpx>", "").get(0);
        assertEquals(1, a.points());
        assertEquals(0, a.metres());
    }

    @Test
    void attributesOtherThanCoordinatesAreSkippedWhateverTheirQuotes() {
        String body = "<gpx><trk><trkseg><trkpt note='say \"hi\"' latitude=\"1\" la=\"2\" lat=\"45\" x=\"a > b\" lon=\"5\"/>"
                + "<trkpt\tlon = '5'\n lat\t=\t'46' /></trkseg></trk></gpx>";
        RecordedActivity a = fast(body, "").get(0);
        assertEquals(general(body).get(0), a);
        assertEquals(111_195, a.metres(), 1);
    }

    @Test
    void anUnquotedAttributeValueIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><trk><trkseg><trkpt lat=45 lon=\"5\"/></trkseg></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("an attribute value must be quoted"), e.getMessage());
        assertTrue(e.getMessage().contains("element <trkpt>"), e.getMessage());
    }

    @Test
    void coordinatesAtTheirLimitsAreRead() {
        String body = "<gpx><trk><trkseg><trkpt lat=\"90\" lon=\"180\"/><trkpt lat=\"-90.0\" lon=\"-180.0\"/></trkseg></trk></gpx>";
        assertEquals(Math.PI * 6_371_008.8, fast(body, "").get(0).metres(), 1e-3);
    }

    @Test
    void aLongitudeJustBeyondItsLimitIsRefusedNamingTheAttribute() {
        ImportException e = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"180.000001\"/></trkseg></trk></gpx>", ""));
        assertTrue(e.getMessage().endsWith("lon: '180.000001' is not allowed; expected degrees from -180 to 180"), e.getMessage());
    }

    @Test
    void aLatitudeJustBeyondItsLimitIsRefusedNamingTheAttribute() {
        ImportException e = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><trkseg><trkpt lat=\"-90.5\" lon=\"5\"/></trkseg></trk></gpx>", ""));
        assertTrue(e.getMessage().endsWith("lat: '-90.5' is not allowed; expected degrees from -90 to 90"), e.getMessage());
    }

    @Test
    void aCoordinateThatIsNoNumberIsRefusedAsWritten() {
        ImportException e = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><trkseg><trkpt lat=\"north &amp; up\" lon=\"5\"/></trkseg></trk></gpx>", ""));
        assertTrue(e.getMessage().endsWith("lat: 'north & up' is not allowed; expected degrees from -90 to 90"), e.getMessage());
        ImportException bare = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5..0\"/></trkseg></trk></gpx>", ""));
        assertTrue(bare.getMessage().endsWith("lon: '5..0' is not allowed; expected degrees from -180 to 180"), bare.getMessage());
        assertThrows(ImportException.class, () -> fast("<gpx><trk><trkseg><trkpt lat=\"-\" lon=\"5\"/></trkseg></trk></gpx>", ""));
        assertThrows(ImportException.class, () -> fast("<gpx><trk><trkseg><trkpt lat=\"\" lon=\"5\"/></trkseg></trk></gpx>", ""));
    }

    @Test
    void coordinatesInEveryDecimalShapeAreReadExactly() {
        String[] shapes = {"45", "+45.5", "-45.25", "0.000001", "-0", "45.", ".5", "45.123456789012", "45.1234567890123456789",
            "4.5e1", "4e1", "000045.5", "12345678901234.5", "1234567890123456", "9.999999999999999", "89.99999999999999",
            "-89.99999999999999"};
        for (String lat : shapes) {
            double expected = Double.parseDouble(lat);
            if (Math.abs(expected) > 90) {
                continue;
            }
            String body = "<gpx><trk><trkseg><trkpt lat=\"" + lat + "\" lon=\"0\"/><trkpt lat=\"0\" lon=\"0\"/></trkseg></trk></gpx>";
            assertEquals(general(body), fast(body, ""), lat);
            assertEquals(Math.abs(Math.toRadians(expected)) * 6_371_008.8, fast(body, "").get(0).metres(), 1e-6, lat);
        }
    }

    @Test
    void aHeartRateThatIsNoNumberIsRefusedNamingTheElement() {
        ImportException e = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\"><extensions><gpxtpx:hr>high</gpxtpx:hr></extensions>"
                        + "</trkpt></trkseg></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("element <hr>"), e.getMessage());
        assertTrue(e.getMessage().endsWith("hr: 'high' is not allowed; expected a heart rate in beats per minute"), e.getMessage());
    }

    @Test
    void anElementInsideATextIsRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><name>Run <b>fast</b></name></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("unexpected element inside the text of <name>"), e.getMessage());
    }

    @Test
    void aCommentInsideATextIsSkipped() {
        RecordedActivity a = fast("<gpx><trk><name>Hill<!-- steep --> repeats</name></trk></gpx>", "").get(0);
        assertEquals("Hill repeats", a.name().orElseThrow());
    }

    @Test
    void aDoctypeInsideATextIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><trk><name>x<!DOCTYPE y></name></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aDoctypeAfterTheRootIsRefusedToo() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx>\n<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><trk/></gpx>", ""));
        assertTrue(e.getMessage().startsWith("t.gpx line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("a DOCTYPE (DTD) is not allowed"), e.getMessage());
    }

    @Test
    void cdataOutsideATextIsSkipped() {
        List<RecordedActivity> tracks = fast("<gpx><![CDATA[<trk><name>not a track</name></trk>]]><trk/></gpx>", "");
        assertEquals(1, tracks.size());
        assertTrue(tracks.get(0).name().isEmpty());
    }

    @Test
    void everyPredefinedEntityAndCharacterReferenceIsDecoded() {
        RecordedActivity a = fast("<gpx><trk><name>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F3C3;</name></trk></gpx>", "").get(0);
        assertEquals("<>&\"'AB\uD83C\uDFC3", a.name().orElseThrow());
    }

    @Test
    void anAmpersandWithoutSemicolonIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><trk><name>Fish &amp chips</name></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("'&' without ';'"), e.getMessage());
        assertTrue(e.getMessage().contains("element <name>"), e.getMessage());
    }

    @Test
    void aCharacterReferenceThatIsNoNumberIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><trk><name>&#xZZ;</name></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("the character reference &#xZZ; is not valid"), e.getMessage());
        assertThrows(ImportException.class, () -> fast("<gpx><trk><name>&#1114112;</name></trk></gpx>", ""));
    }

    @Test
    void anUndeclaredEntityInAnAttributeIsRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> fast("<gpx><trk><trkseg><trkpt lat=\"&xxe;\" lon=\"5\"/></trkseg></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("the entity \"xxe\" was referenced but never declared"), e.getMessage());
    }

    @Test
    void aTagWithoutANameIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx>< trk></gpx>", ""));
        assertTrue(e.getMessage().contains("a tag without a name"), e.getMessage());
    }

    @Test
    void aLessThanSignInsideATagIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><trk <trkseg></gpx>", ""));
        assertTrue(e.getMessage().contains("'<' inside a tag"), e.getMessage());
        ImportException quoted = assertThrows(ImportException.class, () -> fast("<gpx><trk a=\"1\" <trkseg></gpx>", ""));
        assertTrue(quoted.getMessage().contains("'<' inside a tag"), quoted.getMessage());
    }

    @Test
    void aGreaterThanSignInsideAQuotedValueDoesNotEndTheTag() {
        RecordedActivity a = fast("<gpx><trk a=\"x>y\" b='>'><name>N</name></trk></gpx>", "").get(0);
        assertEquals("N", a.name().orElseThrow());
    }

    @Test
    void anEndTagWithoutAStartIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx></gpx></gpx>", ""));
        assertTrue(e.getMessage().contains("an end tag that does not match its start tag"), e.getMessage());
    }

    @Test
    void endTagsMatchByTheirFullName() {
        assertThrows(ImportException.class, () -> fast("<gpx><a:trk></b:trk></gpx>", ""));
        assertThrows(ImportException.class, () -> fast("<gpx><trk></trkk></gpx>", ""));
        assertEquals(1, fast("<gpx><a:trk></a:trk></gpx>", "").size());
    }

    @Test
    void elementsNestedTwoHundredFiftySixDeepAreRead() {
        String open = "<e>".repeat(MAX_DEPTH - 1);
        String close = "</e>".repeat(MAX_DEPTH - 1);
        assertTrue(fast("<gpx>" + open + close + "</gpx>", "").isEmpty());
    }

    @Test
    void elementsNestedDeeperAreRefused() {
        String open = "<e>".repeat(MAX_DEPTH);
        String close = "</e>".repeat(MAX_DEPTH);
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx>" + open + close + "</gpx>", ""));
        assertTrue(e.getMessage().contains("elements nested deeper than 256"), e.getMessage());
    }

    @Test
    void aNameOfJustUnderSixtyFourKilobytesIsRead() {
        String name = "n".repeat(BUFFER - 1);
        assertEquals(name, fast("<gpx><trk><name>" + name + "</name></trk></gpx>", "").get(0).name().orElseThrow());
    }

    @Test
    void aNameOfSixtyFourKilobytesIsRefused() {
        String name = "n".repeat(BUFFER);
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><trk><name>" + name + "</name></trk></gpx>", ""));
        assertTrue(e.getMessage().contains("the text of <name> is longer than 64 KB"), e.getMessage());
        assertTrue(e.getMessage().contains("element <name>"), e.getMessage());
    }

    @Test
    void aLongTextTheScannerDoesNotReadIsSkipped() {
        String desc = "d".repeat(3 * BUFFER);
        RecordedActivity a = fast("<gpx><trk><desc>" + desc + "</desc><name>N</name></trk></gpx>", "").get(0);
        assertEquals("N", a.name().orElseThrow());
    }

    @Test
    void aCommentOfUnderAMegabyteIsSkipped() {
        String comment = "c".repeat(GpxScanner.MAX_TOKEN_BYTES - 100);
        assertEquals(1, fast("<gpx><!--" + comment + "--><trk/></gpx>", "").size());
    }

    @Test
    void aCommentOfOverAMegabyteIsRefused() {
        String comment = "c".repeat(GpxScanner.MAX_TOKEN_BYTES + 10);
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><!--" + comment + "--><trk/></gpx>", ""));
        assertTrue(e.getMessage().contains("a tag or text longer than 1 MB"), e.getMessage());
    }

    @Test
    void aTagOfOverAMegabyteIsRefused() {
        String value = "v".repeat(GpxScanner.MAX_TOKEN_BYTES + 10);
        ImportException e = assertThrows(ImportException.class, () -> fast("<gpx><trk note=\"" + value + "\"/></gpx>", ""));
        assertTrue(e.getMessage().contains("a tag or text longer than 1 MB"), e.getMessage());
    }

    @Test
    void theUtf8EncodingNamesAllTakeTheFastPath() {
        for (String decl : new String[] {"<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version='1.0' encoding='utf8'?>", "<?xml version=\"1.0\" encoding = \"US-ASCII\" ?>", "<?xml encoding=\"ascii\"?>",
            "  \n<?xml version=\"1.0\" encoding=\"UTF-8\"", "<!-- no declaration --><gpx/>", ""}) {
            assertTrue(GpxScanner.applies(stream(decl + "<gpx/>"), "t.gpx"), decl);
        }
    }

    @Test
    void otherEncodingsTakeTheGeneralPath() {
        for (String decl : new String[] {"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"1.0\" encoding='windows-1252'?>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.0\" encoding=\"utf-88\"?>", "<?xml version=\"1.0\" encoding=?>"}) {
            assertFalse(GpxScanner.applies(stream(decl + "<gpx/>"), "t.gpx"), decl);
        }
    }

    @Test
    void aUtf16ByteOrderMarkTakesTheGeneralPath() {
        assertFalse(GpxScanner.applies(new ByteArrayInputStream(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<'}), "t.gpx"));
        assertFalse(GpxScanner.applies(new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0}), "t.gpx"));
        assertTrue(GpxScanner.applies(new ByteArrayInputStream(new byte[] {(byte) 0xFE, '<'}), "t.gpx"));
        assertTrue(GpxScanner.applies(new ByteArrayInputStream(new byte[] {(byte) 0xFF, '<'}), "t.gpx"));
        assertTrue(GpxScanner.applies(new ByteArrayInputStream(new byte[] {'<'}), "t.gpx"));
    }

    @Test
    void aUtf16FileIsReadByTheGeneralPath() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><gpx><trk><name>Loop</name><trkseg><trkpt lat=\"45\" lon=\"5\"/>"
                + "</trkseg></trk></gpx>";
        List<RecordedActivity> tracks = GpxReader.readTracks(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)), "t.gpx");
        assertEquals("Loop", tracks.get(0).name().orElseThrow());
    }

    @Test
    void applyingLeavesTheStreamWhereItWas() {
        ByteArrayInputStream in = stream("<?xml version=\"1.0\"?><gpx/>");
        GpxScanner.applies(in, "t.gpx");
        assertEquals('<', in.read());
    }

    @Test
    void theGeneralPathNamesAnotherRootElement() {
        ImportException e = assertThrows(ImportException.class, () -> general("\n<kml><Document/></kml>"));
        assertEquals("t.gpx line 2: not a GPX file: its root element is <kml>, expected <gpx>", e.getMessage());
    }

    @Test
    void theGeneralPathRefusesACoordinateOutOfRangeNamingTheAttribute() {
        ImportException lat = assertThrows(ImportException.class,
                () -> general("<gpx><trk><trkseg><trkpt lat=\"90.5\" lon=\"5\"/></trkseg></trk></gpx>"));
        assertTrue(lat.getMessage().contains("element <trkpt>"), lat.getMessage());
        assertTrue(lat.getMessage().endsWith("lat: '90.5' is not allowed; expected degrees from -90 to 90"), lat.getMessage());
        ImportException lon = assertThrows(ImportException.class,
                () -> general("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"-180.5\"/></trkseg></trk></gpx>"));
        assertTrue(lon.getMessage().endsWith("lon: '-180.5' is not allowed; expected degrees from -180 to 180"), lon.getMessage());
        ImportException text = assertThrows(ImportException.class,
                () -> general("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"east\"/></trkseg></trk></gpx>"));
        assertTrue(text.getMessage().endsWith("lon: 'east' is not allowed; expected degrees from -180 to 180"), text.getMessage());
    }

    @Test
    void theGeneralPathReadsCoordinatesAtTheirLimits() {
        String body = "<gpx><trk><trkseg><trkpt lat=\"90\" lon=\"180\"/><trkpt lat=\"-90\" lon=\"-180\"/></trkseg></trk></gpx>";
        assertEquals(fast(body, ""), general(body));
    }

    @Test
    void theGeneralPathRefusesABadHeartRateNamingTheElement() {
        ImportException e = assertThrows(ImportException.class, () -> general("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\">"
                + "<extensions><ns3:hr>high</ns3:hr></extensions></trkpt></trkseg></trk></gpx>"));
        assertTrue(e.getMessage().contains("element <hr>"), e.getMessage());
        assertTrue(e.getMessage().endsWith("hr: 'high' is not allowed; expected a heart rate in beats per minute"), e.getMessage());
    }

    @Test
    void theGeneralPathRefusesADoctype() {
        ImportException e = assertThrows(ImportException.class, () -> general("<!DOCTYPE gpx [<!ENTITY x \"y\">]><gpx/>"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void theGeneralPathRefusesATruncatedFile() {
        ImportException e = assertThrows(ImportException.class, () -> general("<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\">"));
        assertTrue(e.getMessage().startsWith("t.gpx"), e.getMessage());
    }

    @Test
    void aFileWithoutTracksReadAsOneActivityIsAnEmptyOne() {
        RecordedActivity a = generalAsOne("<gpx><wpt lat=\"45\" lon=\"5\"/></gpx>");
        assertEquals(0, a.points());
        assertTrue(a.start().isEmpty());
        assertEquals(a, fastAsOne("<gpx><wpt lat=\"45\" lon=\"5\"/></gpx>"));
    }

    @Test
    void heartRatesAreWholeOrDecimalBeats() {
        assertEquals(150, GpxReader.heartRate(" 150 "));
        assertEquals(150, GpxReader.heartRate("150.00"));
        assertEquals(150, GpxReader.heartRate("149.5"));
        assertEquals(149, GpxReader.heartRate("149.49"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GpxReader.heartRate("n/a"));
        assertEquals("hr: 'n/a' is not allowed; expected a heart rate in beats per minute", e.getMessage());
    }

    @Test
    void aBlankNameOrTypeIsNone() {
        String body = "<gpx><trk><name>   </name><type> </type><trkseg><trkpt lat=\"45\" lon=\"5\"/></trkseg></trk></gpx>";
        RecordedActivity a = fast(body, "").get(0);
        assertTrue(a.name().isEmpty());
        assertTrue(a.type().isEmpty());
        assertEquals(general(body), List.of(a));
    }

    @Test
    void aTrackStandingStillThroughoutLastsItsElapsedTime() {
        String body = "<gpx><trk><trkseg><trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time></trkpt>"
                + "<trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:40Z</time></trkpt></trkseg></trk></gpx>";
        assertEquals(Duration.ofSeconds(40), fast(body, "").get(0).duration());
        assertEquals(Duration.ofSeconds(40), general(body).get(0).duration());
    }

    @Test
    void readAsOneActivityTheTracksAreSegmentsOfIt() {
        String body = "<gpx><trk><name>First</name><trkseg><trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time></trkpt></trkseg></trk>"
                + "<trk><name>Second</name><type>running</type><trkseg><trkpt lat=\"46\" lon=\"5\"><time>2024-03-05T07:30:10Z</time></trkpt>"
                + "</trkseg></trk></gpx>";
        RecordedActivity a = fastAsOne(body);
        assertEquals(0, a.metres(), "the tracks are not joined");
        assertEquals(2, a.points());
        assertEquals("First", a.name().orElseThrow());
        assertEquals("running", a.type().orElseThrow(), "the first type stated");
        assertEquals(a, generalAsOne(body));
    }

    @Test
    void aCoordinateOfSignsAndPointsOnlyIsRefused() {
        for (String lat : new String[] {".", "-.", "+", "a", "e"}) {
            String body = "<gpx><trk><trkseg><trkpt lat=\"" + lat + "\" lon=\"5\"/></trkseg></trk></gpx>";
            ImportException e = assertThrows(ImportException.class, () -> fast(body, ""), lat);
            assertTrue(e.getMessage().endsWith("lat: '" + lat + "' is not allowed; expected degrees from -90 to 90"), e.getMessage());
        }
    }

    @Test
    void aFileEndingInACommentOrInstructionIsComplete() {
        assertEquals(1, fast("<gpx><trk/></gpx><!-- end -->", "").size());
        assertEquals(1, fast("<gpx><trk/></gpx><?done?>", "").size());
    }

    /** A stream that gives {@code good} bytes and then fails, as a disk or network share can. */
    private static java.io.InputStream failingAfter(byte[] good) {
        return new java.io.InputStream() {
            private int at;

            @Override
            public int read() throws java.io.IOException {
                if (at < good.length) {
                    return good[at++] & 0xFF;
                }
                throw new java.io.IOException("device gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (at >= good.length) {
                    throw new java.io.IOException("device gone");
                }
                int n = Math.min(len, good.length - at);
                System.arraycopy(good, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    @Test
    void aStreamFailingBeforeTheDeclarationIsReadNamesTheFile() {
        ImportException e = assertThrows(ImportException.class, () -> GpxReader.readTracks(failingAfter(new byte[0]), "t.gpx"));
        assertEquals("t.gpx: cannot be read: device gone", e.getMessage());
    }

    @Test
    void aStreamFailingInTheMiddleNamesTheFileAndLine() {
        String start = "<gpx>\n<trk>\n<trkseg>" + "<trkpt lat=\"45\" lon=\"5\"><time>2024-03-05T07:30:00Z</time></trkpt>\n".repeat(2_000);
        ImportException e = assertThrows(ImportException.class,
                () -> GpxReader.readTracks(failingAfter(start.getBytes(StandardCharsets.UTF_8)), "t.gpx"));
        assertTrue(e.getMessage().startsWith("t.gpx line 2002:"), e.getMessage() + ": the last line read");
        assertTrue(e.getMessage().endsWith("cannot be read: device gone"), e.getMessage());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
