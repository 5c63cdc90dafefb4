package io.soundport.domain.analytics.report;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a sales report is laid out: {@link Kind#GENERIC}, whose columns are named after {@link ReportField}s unless
 * {@code columns} renames some, or the export of a distributor, read as that distributor writes it.
 */
public record ReportLayout(Kind kind, Map<ReportField, String> columns) {
    /** The longest column name a mapping may give. */
    public static final int MAX_COLUMN_NAME = 200;

    public enum Kind {
        /** Comma, semicolon or tab separated (found from the header line), columns named by field or mapped. */
        GENERIC,
        /**
         * DistroKid's bank export, tab separated: {@code Reporting Date, Sale Month, Store, Artist, Title, ISRC, UPC,
         * Quantity, Team Percentage, Song/Album, Country of Sale, Songwriter Royalties Withheld, Earnings (USD)}.
         */
        DISTROKID,
        /**
         * TuneCore's sales report, comma separated: {@code Sales Period, Posted Date, Store Name, Country Of Sale,
         * Artist, Release Type, Release Title, Song Title, Label, UPC, Optional UPC, TC Song ID, Optional ISRC,
         * Sales Type, # Units Sold, Per Unit Price, Net Sales, Net Sales Currency, Exchange Rate, Total Earned,
         * Currency}.
         */
        TUNECORE
    }

    public ReportLayout {
        Objects.requireNonNull(kind, "kind");
        columns = Map.copyOf(columns);
        if (kind != Kind.GENERIC && !columns.isEmpty()) {
            throw DomainException.invalid("columns", "only a generic report's columns can be renamed");
        }
    }

    public static final ReportLayout GENERIC = new ReportLayout(Kind.GENERIC, Map.of());

    /**
     * The layout named {@code layout} ({@code generic}, the default when null; {@code distrokid}; {@code tunecore}),
     * with a generic report's renamed columns: field name ({@code isrc}) to the report's header ({@code ISRC Code}).
     */
    public static ReportLayout of(String layout, Map<String, String> columns) {
        Validation v = new Validation();
        Kind kind = v.field("layout", () -> kind(layout));
        Map<ReportField, String> mapped = new EnumMap<>(ReportField.class);
        if (columns != null) {
            columns.forEach((field, header) -> {
                ReportField f = v.field("columns", () -> field(field));
                v.require(header != null && !header.isBlank() && header.length() <= MAX_COLUMN_NAME,
                        "columns." + field, "must name a column of the report, at most " + MAX_COLUMN_NAME
                                + " characters");
                if (f != null && header != null) {
                    mapped.put(f, header.strip());
                }
            });
        }
        v.throwIfInvalid();
        return new ReportLayout(kind, mapped);
    }

    /** The header of the column holding {@code field} in a generic report. */
    public String header(ReportField field) {
        return columns.getOrDefault(field, field.header());
    }

    private static Kind kind(String text) {
        if (text == null || text.isBlank()) {
            return Kind.GENERIC;
        }
        try {
            return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("layout", "must be generic, distrokid or tunecore");
        }
    }

    private static ReportField field(String text) {
        try {
            return ReportField.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("columns", "'" + (text == null ? "" : text.strip()) + "' is not a field of a "
                    + "report: event_id, track_id, isrc, partner, country, occurred_at, count, revenue, currency");
        }
    }
}
