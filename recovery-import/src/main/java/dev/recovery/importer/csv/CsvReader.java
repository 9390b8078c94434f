package dev.recovery.importer.csv;

import dev.recovery.importer.safety.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 CSV reader: one record at a time, so a file of any size uses a record's
 * worth of memory. Fields may be quoted; a quoted field may hold commas, doubled quotes ({@code ""})
 * and line breaks (Strava descriptions are often several paragraphs). Lines may end in CRLF, LF or
 * CR. A UTF-8 byte-order mark is skipped.
 *
 * <p>Errors name the file and the line the record started on: a quote never closed (a truncated
 * file), a character after a closing quote, or a record longer than the limit.
 *
 * @since 0.1.0
 */
public final class CsvReader implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final String file;
    private final int maxRecordChars;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;
    private long charsRead;
    private final StringBuilder field = new StringBuilder(64);

    /**
     * @param in             UTF-8 bytes
     * @param file           the file's name for messages
     * @param maxRecordChars the longest record allowed, line breaks in quotes included
     */
    public CsvReader(InputStream in, String file, int maxRecordChars) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.file = file;
        this.maxRecordChars = maxRecordChars;
    }

    /** The line the last record returned by {@link #next()} started on (1-based). */
    public int line() {
        return recordLine;
    }

    /** Characters consumed so far, for progress. */
    public long charsRead() {
        return charsRead + position;
    }

    /**
     * Reads the next record, or returns {@code null} at the end of the file. A blank line is a
     * record of one empty field.
     *
     * @throws ImportException on malformed CSV, naming the file and line
     */
    public List<String> next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        if (recordLine == 0 && c == '\uFEFF') {
            c = read();
            if (c == -1) {
                return null;
            }
        }
        recordLine = line;
        List<String> record = new ArrayList<>(32);
        int length = 0;
        field.setLength(0);
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (++length > maxRecordChars) {
                throw new ImportException(file, "line " + recordLine, "a record longer than " + maxRecordChars
                        + " characters (a quote never closed?); refused (limit max-csv-record-chars)");
            }
            if (quoted) {
                if (c == -1) {
                    throw new ImportException(file, "line " + recordLine, "a quoted field is never closed; the file is truncated or malformed");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                record.add(field.toString());
                return record;
            } else if (afterQuote) {
                throw new ImportException(file, "line " + line, "unexpected character '" + (char) c
                        + "' after a closing quote; a quote inside a quoted field must be doubled (\"\")");
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() {
        try {
            charsRead += limit;
            position = 0;
            limit = 0;
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            limit = n;
            return true;
        } catch (IOException e) {
            throw new ImportException(file, "line " + line, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Read-only: nothing to lose.
        }
    }
}
