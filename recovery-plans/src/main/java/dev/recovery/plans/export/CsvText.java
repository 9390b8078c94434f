package dev.recovery.plans.export;

import java.util.List;

/** RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; records end in CRLF. */
final class CsvText {

    /** RFC 4180 2.1: each record is located on a separate line, delimited by a line break (CRLF). */
    static final String CRLF = "\r\n";

    private CsvText() {
    }

    /** One record, with its CRLF. */
    static String record(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        return out.append(CRLF).toString();
    }

    /** A field, quoted only when RFC 4180 requires it. */
    static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
