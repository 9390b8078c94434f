package dev.recovery.importer.safety;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only way the importer opens XML: a StAX cursor with DTDs and external entities switched off,
 * so an XXE payload cannot read local files or reach the network and a "billion laughs" file cannot
 * expand entities. Readers from here also refuse a DOCTYPE outright as soon as it appears (see
 * {@link #refuseDtd}), which GPX and TCX never need, so such files fail fast with a clear message.
 *
 * @since 0.1.0
 */
public final class SafeXml {

    /** One factory per thread: a factory's configuration is not documented as thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::newFactory);

    private SafeXml() {
    }

    /** A factory with DTD support and external entities disabled, and no external access. */
    public static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Elements are recognised by local name (see localName): GPX 1.0/1.1, Garmin's extension
        // namespaces and TCX v1/v2 all qualify the same local names, and skipping namespace
        // processing makes parsing about a fifth faster.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * Opens a cursor over {@code in} (encoding from the XML declaration, UTF-8 by default).
     *
     * @throws ImportException naming {@code file} if the XML cannot even start
     */
    public static XMLStreamReader open(InputStream in, String file) {
        try {
            return FACTORY.get().createXMLStreamReader(skipLeadingBlanks(in, file));
        } catch (XMLStreamException e) {
            throw error(file, null, e);
        }
    }

    /**
     * Skips blanks before the XML declaration. TCX files in Strava exports are known to start with
     * spaces or line breaks, which a conforming parser rejects ("the processing instruction target
     * matching [xX][mM][lL] is not allowed"); the rest of the file is untouched.
     */
    private static InputStream skipLeadingBlanks(InputStream in, String file) {
        InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        try {
            while (true) {
                buffered.mark(1);
                int b = buffered.read();
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    buffered.reset();
                    return buffered;
                }
            }
        } catch (java.io.IOException e) {
            throw new ImportException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The current element's name without its prefix: {@code gpxtpx:hr} gives {@code hr}. */
    public static String localName(XMLStreamReader reader) {
        String name = reader.getLocalName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /**
     * The text of the element the reader stands on (a START_ELEMENT), leaving it on the matching
     * END_ELEMENT, like {@link XMLStreamReader#getElementText()} but without its per-call buffer
     * in the common case of one text chunk: this runs a few million times per import.
     *
     * @throws XMLStreamException if the element holds child elements or the XML is malformed
     */
    public static String elementText(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
            return "";
        }
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.CDATA) {
            String text = reader.getText();
            event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text;
            }
            StringBuilder more = new StringBuilder(text);
            while (event != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    throw new XMLStreamException("unexpected element <" + reader.getLocalName() + "> inside a text element",
                            reader.getLocation());
                }
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    more.append(reader.getText());
                }
                event = reader.next();
            }
            return more.toString();
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
            throw new XMLStreamException("unexpected element <" + reader.getLocalName() + "> inside a text element",
                    reader.getLocation());
        }
        // Comments or processing instructions first: let the general method collect the rest.
        StringBuilder text = new StringBuilder();
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("unexpected element <" + reader.getLocalName() + "> inside a text element",
                        reader.getLocation());
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.append(reader.getText());
            }
            event = reader.next();
        }
        return text.toString();
    }

    /**
     * Throws if {@code reader} stands on a DOCTYPE: GPX and TCX never have one, and a DOCTYPE is
     * how XXE and entity-expansion attacks begin.
     */
    public static void refuseDtd(XMLStreamReader reader, String file) {
        if (reader.getEventType() == XMLStreamConstants.DTD) {
            throw new ImportException(file, "line " + reader.getLocation().getLineNumber(),
                    "a DOCTYPE (DTD) is not allowed in GPX or TCX and was refused for safety (it can hide external-entity or entity-expansion attacks)");
        }
    }

    /**
     * Turns a parser error into an {@link ImportException} naming the file, the line and, where the
     * reader knows it, the element being read.
     */
    public static ImportException error(String file, String element, XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String where = (line > 0 ? "line " + line : "") + (element == null ? "" : (line > 0 ? ", " : "") + "element <" + element + ">");
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int idx = message.indexOf("Message: ");
        if (idx >= 0) {
            message = message.substring(idx + "Message: ".length());
        }
        return new ImportException(file, where, "malformed or truncated XML: " + message.strip(), e);
    }
}
