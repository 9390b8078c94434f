package dev.recovery.importer.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class SafeXmlTest {

    /** The text of the first {@code <t>} in {@code xml}. */
    private static String textOfT(String xml) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
        while (r.next() != XMLStreamConstants.START_ELEMENT || !SafeXml.localName(r).equals("t")) {
            // Advance to <t>.
        }
        String text = SafeXml.elementText(r);
        assertEquals(XMLStreamConstants.END_ELEMENT, r.getEventType());
        return text;
    }

    @Test
    void elementTextReadsPlainText() throws XMLStreamException {
        assertEquals("2020-10-07T14:43:11Z", textOfT("<a><t>2020-10-07T14:43:11Z</t></a>"));
    }

    @Test
    void elementTextJoinsEntitiesCommentsAndCdata() throws XMLStreamException {
        assertEquals("a&b<c>d", textOfT("<a><t><!-- note -->a&amp;b<![CDATA[<c>]]>d</t></a>"));
    }

    @Test
    void elementTextOfAnEmptyElementIsEmpty() throws XMLStreamException {
        assertEquals("", textOfT("<a><t/></a>"));
    }

    @Test
    void elementTextRefusesAChildElement() {
        assertThrows(XMLStreamException.class, () -> textOfT("<a><t>x<b/></t></a>"));
    }

    @Test
    void localNameDropsThePrefix() throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream("<gpxtpx:hr>1</gpxtpx:hr>".getBytes(StandardCharsets.UTF_8)), "t.xml");
        r.next();
        assertEquals("hr", SafeXml.localName(r));
    }

    @Test
    void elementTextSkipsACommentBetweenTwoTexts() throws XMLStreamException {
        assertEquals("ab", textOfT("<a><t>a<!--x-->b</t></a>"));
    }

    @Test
    void elementTextJoinsTextAndCdataAfterAComment() throws XMLStreamException {
        assertEquals("ab<c>", textOfT("<a><t>a<!--x-->b<![CDATA[<c>]]></t></a>"));
    }

    @Test
    void elementTextRefusesAChildAfterTextAndComment() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> textOfT("<a><t>a<!--x--><b/></t></a>"));
        assertEquals(true, e.getMessage().contains("unexpected element <b> inside a text element"), e.getMessage());
    }

    @Test
    void elementTextRefusesAChildFirst() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> textOfT("<a><t><b/></t></a>"));
        assertEquals(true, e.getMessage().contains("unexpected element <b>"), e.getMessage());
    }

    @Test
    void elementTextRefusesAChildAfterAComment() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> textOfT("<a><t><!--x--><b/></t></a>"));
        assertEquals(true, e.getMessage().contains("unexpected element <b>"), e.getMessage());
    }

    @Test
    void elementTextAfterAProcessingInstructionIsTheText() throws XMLStreamException {
        assertEquals("x", textOfT("<a><t><?pi data?>x</t></a>"));
    }

    @Test
    void anUndeclaredPrefixIsReadByItsLocalName() throws XMLStreamException {
        assertEquals("1", textOfT("<a><x:u/><t>1</t></a>"));
    }

    @Test
    void aPrefixedNameKeepsItsPrefixUntilLocalNameDropsIt() throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream("<x:hr>1</x:hr>".getBytes(StandardCharsets.UTF_8)), "t.xml");
        r.next();
        assertEquals("x:hr", r.getLocalName(), "namespaces are not processed, so an undeclared prefix is no error");
        assertEquals("hr", SafeXml.localName(r));
    }

    @Test
    void aNameWithoutPrefixIsItsLocalName() throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream("<hr>1</hr>".getBytes(StandardCharsets.UTF_8)), "t.xml");
        r.next();
        assertEquals("hr", SafeXml.localName(r));
    }

    @Test
    void leadingBlanksBeforeTheDeclarationAreSkipped() throws XMLStreamException {
        assertEquals("1", textOfT(" \t\r\n<?xml version=\"1.0\"?><a><t>1</t></a>"));
    }

    @Test
    void aParserErrorNamesFileLineAndElement() {
        XMLStreamException e = new XMLStreamException("bad thing",
                new FixedLocation(3));
        assertEquals("f.gpx line 3, element <trkpt>: malformed or truncated XML: bad thing",
                SafeXml.error("f.gpx", "trkpt", e).getMessage());
    }

    @Test
    void aParserErrorWithoutLineNamesTheElementAlone() {
        XMLStreamException e = new XMLStreamException("bad", new FixedLocation(0));
        assertEquals("f.gpx element <trkpt>: malformed or truncated XML: bad", SafeXml.error("f.gpx", "trkpt", e).getMessage());
    }

    @Test
    void aParserErrorOnLineOneWithoutElementNamesTheLine() {
        XMLStreamException e = new XMLStreamException("bad", new FixedLocation(1));
        assertEquals("f.gpx line 1: malformed or truncated XML: bad", SafeXml.error("f.gpx", null, e).getMessage());
    }

    @Test
    void aParserErrorWithoutLocationOrMessageSaysMalformed() {
        XMLStreamException e = new XMLStreamException((String) null);
        ImportException i = SafeXml.error("f.gpx", null, e);
        assertEquals("f.gpx: malformed or truncated XML: malformed XML", i.getMessage());
        assertEquals(e, i.getCause());
    }

    @Test
    void aDoctypeIsRefusedNamingItsLine() throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream("<?xml version=\"1.0\"?>\n<!DOCTYPE a>\n<a/>"
                .getBytes(StandardCharsets.UTF_8)), "t.gpx");
        while (r.next() != XMLStreamConstants.DTD) {
            SafeXml.refuseDtd(r, "t.gpx");
        }
        ImportException e = assertThrows(ImportException.class, () -> SafeXml.refuseDtd(r, "t.gpx"));
        assertEquals(true, e.getMessage().startsWith("t.gpx line 2: a DOCTYPE (DTD) is not allowed"), e.getMessage());
    }

    @Test
    void anElementIsNoDoctype() throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.UTF_8)), "t.gpx");
        r.next();
        SafeXml.refuseDtd(r, "t.gpx");
        assertEquals("a", r.getLocalName());
    }

    /** A parser location on a given line. */
    private record FixedLocation(int line) implements javax.xml.stream.Location {
        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return 1;
        }

        @Override
        public int getCharacterOffset() {
            return 0;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    }
}
