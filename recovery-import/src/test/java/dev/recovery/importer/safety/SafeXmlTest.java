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
}
