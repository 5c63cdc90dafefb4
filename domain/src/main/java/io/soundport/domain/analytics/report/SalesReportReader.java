package io.soundport.domain.analytics.report;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a store's or distributor's sales report row by row as it streams in, never holding the file whole: each
 * data row becomes a {@link ReportRow.Line} or a {@link ReportRow.Rejected} naming what is wrong with it (a missing
 * ISRC, an unknown country, an amount that is not a number, an album sale). Amounts are read exactly; revenue beyond
 * six decimals is rounded half-even to micro-units. A UTF-8 byte order mark is skipped.
 */
public interface SalesReportReader {
    /**
     * Hands every data row of {@code report} to {@code rows}, in order, then returns how many rows it read. A file
     * that is not of the layout (no header line, a column the layout needs missing, text that is not UTF-8) is a
     * VALIDATION_ERROR on {@code file}, thrown when it is found: the rows handed before stand.
     */
    long read(InputStream report, ReportLayout layout, Consumer<ReportRow> rows);
}
