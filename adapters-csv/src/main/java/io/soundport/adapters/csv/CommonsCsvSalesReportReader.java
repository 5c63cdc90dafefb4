package io.soundport.adapters.csv;

import io.soundport.domain.analytics.report.ReportLayout;
import io.soundport.domain.analytics.report.ReportRow;
import io.soundport.domain.analytics.report.SalesReportReader;
import io.soundport.domain.shared.DomainException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sales reports read with Apache Commons CSV, one record at a time from a buffered stream: a generic report's
 * delimiter is found on its header line (tab, semicolon or comma, outside quotes), DistroKid's export is tab
 * separated without quoting (its titles hold quotes as they are), TuneCore's is RFC 4180. Headers match whatever
 * their case and surrounding spaces; empty lines are skipped. What a row means is {@link ReportColumns}' job.
 */
public final class CommonsCsvSalesReportReader implements SalesReportReader {
    /** How far the header line is looked at for a generic report's delimiter. */
    private static final int HEADER_PEEK = 64 * 1024;

    @Override
    public long read(InputStream report, ReportLayout layout, Consumer<ReportRow> rows) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(report, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                    HEADER_PEEK);
            skipByteOrderMark(reader);
            CSVFormat format = format(layout, reader);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                ReportColumns columns = ReportColumns.of(layout, parser.getHeaderMap());
                long read = 0;
                Iterator<CSVRecord> records = parser.iterator();
                while (next(records)) {
                    CSVRecord record = records.next();
                    read++;
                    rows.accept(columns.row(record.getRecordNumber() + 1, record));
                }
                return read;
            }
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("file", "is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether there is another record; a record the format cannot read (a quote never closed) ends the file. */
    private static boolean next(Iterator<CSVRecord> records) throws IOException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw e.getCause();
            }
            throw DomainException.invalid("file", "cannot be read as " + "CSV: " + e.getCause().getMessage());
        }
    }

    private static CSVFormat format(ReportLayout layout, BufferedReader reader) throws IOException {
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL);
        return switch (layout.kind()) {
            case DISTROKID -> format.setDelimiter('\t').setQuote(null).get();
            case TUNECORE -> format.get();
            case GENERIC -> format.setDelimiter(delimiter(reader)).get();
        };
    }

    /** The character that separates the most fields of the header line, outside quotes: tab, semicolon or comma. */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_PEEK);
        int tabs = 0;
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < HEADER_PEEK; i++) {
            int c = reader.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }
        reader.reset();
        if (tabs >= semicolons && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** The header names of a parser, for messages. */
    static String names(Map<String, Integer> headers) {
        return String.join(", ", headers.keySet());
    }
}
