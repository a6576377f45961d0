package io.tiski.contact.control;

import io.tiski.platform.InvalidInput;
import io.tiski.platform.TooLarge;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The contact CSV format, read with commons-csv. A header row is required; its names are those of
 * the REST API's fields, in any case and also in snake_case ({@code first_name}). The delimiter is
 * {@code ;} or {@code ,}, whichever the header line has more of (spreadsheets in many European
 * locales write semicolons). UTF-8 with or without a byte order mark.
 */
public final class ContactCsv {

    /** The importable columns: those export writes, so an export imports again. */
    public static final List<String> COLUMNS = ContactExport.HEADER;

    /** Columns an export may carry that say nothing about a new card: read past without a word. */
    private static final List<String> IGNORED = List.of("id", "version", "createdAt", "updatedAt");

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_MEGABYTES = 50;
    public static final int MAX_ROWS = 200_000;

    /** One data row: its number as a spreadsheet shows it (the header is row 1) and its value per column. */
    public record Row(int number, Map<String, String> values) {
        public String get(String column) {
            return values.get(column);
        }
    }

    /** Receives the rows one by one, so a large file is never held as text. */
    public interface RowHandler {
        void handle(Row row);
    }

    private ContactCsv() {
    }

    /**
     * Reads the whole file, handing each non-blank data row to {@code handler}; answers the header's
     * unknown column names. A file that cannot be read as CSV at all fails with an
     * {@link InvalidInput}, one over {@link #MAX_BYTES} or {@link #MAX_ROWS} with a {@link TooLarge}.
     */
    public static List<String> read(InputStream content, RowHandler handler) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new BufferedReader(new InputStreamReader(new AtMost(content), decoder), 64 * 1024)) {
            skipByteOrderMark(reader);
            var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(reader)).setIgnoreEmptyLines(false).get();
            try (var parser = CSVParser.parse(reader, format)) {
                return read(parser, handler);
            } catch (UncheckedIOException | IllegalStateException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new InvalidInput("file", "contact.import.notUtf8");
                }
                throw new InvalidInput("file", "contact.import.malformed", lineOf(e));
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "contact.import.notUtf8");
        } catch (IOException e) {
            throw new InvalidInput("file", "contact.import.malformed", "?");
        }
    }

    private static List<String> read(CSVParser parser, RowHandler handler) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            throw new InvalidInput("file", "contact.import.empty");
        }
        var header = records.next();
        var columns = new ArrayList<String>(header.size());
        var unknown = new ArrayList<String>();
        for (String name : header) {
            String column = column(name);
            if (column == null) {
                columns.add(null);
                if (!name.isBlank()) {
                    unknown.add(name.strip());
                }
            } else if (columns.contains(column)) {
                throw new InvalidInput("file", "contact.import.columnTwice", name.strip());
            } else {
                columns.add(column);
            }
        }
        if (columns.stream().noneMatch(c -> c != null && COLUMNS.contains(c))) {
            throw new InvalidInput("file", "contact.import.noHeader", String.join(", ", COLUMNS));
        }
        int rows = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            var values = new HashMap<String, String>();
            for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
                String value = record.get(i);
                if (columns.get(i) != null && COLUMNS.contains(columns.get(i)) && !value.isBlank()) {
                    values.put(columns.get(i), SpreadsheetCells.read(value));
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            if (++rows > MAX_ROWS) {
                throw new TooLarge("file", "contact.import.tooManyRows", MAX_ROWS);
            }
            handler.handle(new Row(Math.toIntExact(record.getRecordNumber()), values));
        }
        return unknown;
    }

    /** The column a header name means, or null: case, underscores, dashes and spaces do not matter. */
    static String column(String headerName) {
        String wanted = squeeze(headerName);
        for (var known : List.of(COLUMNS, IGNORED)) {
            for (String column : known) {
                if (squeeze(column).equals(wanted)) {
                    return column;
                }
            }
        }
        return null;
    }

    private static String squeeze(String name) {
        return name.strip().replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** Whichever of ; and , the header line has more of; a comma when it has neither. */
    private static char delimiter(BufferedReader reader) throws IOException {
        int limit = 64 * 1024;
        reader.mark(limit);
        int semicolons = 0;
        int commas = 0;
        for (int i = 0, c; i < limit && (c = reader.read()) != -1 && c != '\n'; i++) {
            semicolons += c == ';' ? 1 : 0;
            commas += c == ',' ? 1 : 0;
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** commons-csv names the line in its message: "(line 7) invalid char between ...". */
    private static String lineOf(RuntimeException e) {
        var line = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return line.find() ? line.group(1) : "?";
    }

    /** Refuses a file over {@link #MAX_BYTES} as it is read, before it fills the memory. */
    private static final class AtMost extends FilterInputStream {

        private long read;

        AtMost(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b == -1 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge("file", "contact.import.tooLarge", MAX_MEGABYTES);
            }
        }
    }
}
