package dev.recovery.plans.export;

import java.nio.charset.StandardCharsets;

/**
 * The text rules of iCalendar (RFC 5545, section 3.1 and 3.3.11) that calendar apps are strict about:
 * escaping of TEXT values, CRLF line ends, and folding lines longer than 75 octets with CRLF and a
 * space, never inside a multi-byte UTF-8 character.
 */
final class IcsText {

    /** RFC 5545 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
    static final int MAX_OCTETS = 75;
    /** RFC 5545 3.1: every content line ends in CRLF. */
    static final String CRLF = "\r\n";

    private IcsText() {
    }

    /**
     * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash; a
     * newline becomes the two characters {@code \n}; carriage returns are dropped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Folds one content line: the first physical line holds at most 75 octets, each continuation line
     * a space plus at most 74 octets, and a cut never falls inside a UTF-8 sequence (a surrogate pair
     * counts as one 4-octet character). Returns the folded line with its final CRLF.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octetsOnLine = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int octets = utf8Length(codePoint);
            if (octetsOnLine + octets > limit) {
                out.append(CRLF).append(' ');
                octetsOnLine = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octetsOnLine += octets;
            i += chars;
        }
        return out.append(CRLF).toString();
    }

    /** The UTF-8 length of the text, in octets. */
    static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
