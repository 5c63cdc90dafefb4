package io.soundport.sdk.param;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How an uploaded sales report is laid out.
 *
 * @param layout  a distributor's export, or a generic report
 * @param columns for a generic report, its renamed columns: field name ({@code isrc}, {@code track_id},
 *                {@code partner}, {@code country}, {@code occurred_at}, {@code count}, {@code revenue},
 *                {@code currency}, {@code event_id}) to the report's header ({@code "ISRC Code"}); empty otherwise
 */
public record ReportImportParams(Layout layout, Map<String, String> columns) {
    /** The layouts the server reads. */
    public enum Layout {
        /** Columns named after the fields (or renamed); comma, semicolon or tab separated. */
        GENERIC,
        /** DistroKid's bank export, tab separated. */
        DISTROKID,
        /** TuneCore's sales report, CSV. */
        TUNECORE;

        /**
         * The name on the wire.
         *
         * @return {@code generic}, {@code distrokid} or {@code tunecore}
         */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Refuses renamed columns for a distributor's layout.
     *
     * @param layout  the layout
     * @param columns renamed columns, for a generic report
     * @throws IllegalArgumentException when a distributor's layout is given columns
     */
    public ReportImportParams {
        Objects.requireNonNull(layout, "layout");
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        if (layout != Layout.GENERIC && !columns.isEmpty()) {
            throw new IllegalArgumentException("only a generic report's columns can be renamed");
        }
    }

    /**
     * A generic report whose columns are named after the fields.
     *
     * @return the params
     */
    public static ReportImportParams generic() {
        return new ReportImportParams(Layout.GENERIC, Map.of());
    }

    /**
     * A distributor's export.
     *
     * @param layout {@link Layout#DISTROKID} or {@link Layout#TUNECORE}
     * @return the params
     */
    public static ReportImportParams of(Layout layout) {
        return new ReportImportParams(layout, Map.of());
    }
}
