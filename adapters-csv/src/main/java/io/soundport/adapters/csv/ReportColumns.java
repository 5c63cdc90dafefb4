package io.soundport.adapters.csv;

import io.soundport.domain.analytics.Country;
import io.soundport.domain.analytics.Revenue;
import io.soundport.domain.analytics.Store;
import io.soundport.domain.analytics.StreamEventKey;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.report.ReportField;
import io.soundport.domain.analytics.report.ReportLayout;
import io.soundport.domain.analytics.report.ReportRow;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Which column of a layout holds what, and how a record becomes a {@link ReportRow}: every problem of a row is
 * collected, each naming its column as the file does, so that one rejection says all that is wrong with the row.
 */
final class ReportColumns {
    /** Country codes that say "anywhere" or "unknown" rather than a country. */
    private static final Set<String> NO_COUNTRY = Set.of("", "ZZ", "XX", "WW", "OT", "WORLD", "WORLDWIDE");

    private final ReportLayout.Kind kind;
    private final String eventId;
    private final String trackId;
    private final String isrc;
    private final String partner;
    private final String country;
    private final String occurredAt;
    private final String count;
    private final String revenue;
    private final String currency;
    private final Currency fixedCurrency;
    /** The column telling a song's row from an album's, when the layout has one (said when an album's row is refused). */
    private final String product;

    private ReportColumns(ReportLayout.Kind kind, String eventId, String trackId, String isrc, String partner,
                          String country, String occurredAt, String count, String revenue, String currency,
                          Currency fixedCurrency, String product) {
        this.kind = kind;
        this.eventId = eventId;
        this.trackId = trackId;
        this.isrc = isrc;
        this.partner = partner;
        this.country = country;
        this.occurredAt = occurredAt;
        this.count = count;
        this.revenue = revenue;
        this.currency = currency;
        this.fixedCurrency = fixedCurrency;
        this.product = product;
    }

    /** The columns of {@code layout} in a file with these headers; VALIDATION_ERROR on {@code file} for one missing. */
    static ReportColumns of(ReportLayout layout, Map<String, Integer> headerMap) {
        if (headerMap == null || headerMap.isEmpty()) {
            throw DomainException.invalid("file", "has no header line");
        }
        Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        headerMap.keySet().forEach(h -> headers.add(h.strip()));
        Headers h = new Headers(headers);
        return switch (layout.kind()) {
            case DISTROKID -> new ReportColumns(layout.kind(), null, null, h.require("ISRC"), h.require("Store"),
                    h.require("Country of Sale"), h.require("Sale Month"), h.require("Quantity"),
                    h.require("Earnings (USD)"), null, Currency.getInstance("USD"), h.optional("Song/Album"));
            case TUNECORE -> new ReportColumns(layout.kind(), null, null, h.require("Optional ISRC"),
                    h.require("Store Name"), h.require("Country Of Sale"), h.require("Sales Period"),
                    h.require("# Units Sold"), h.require("Total Earned"), h.require("Currency"), null,
                    h.optional("Release Type"));
            case GENERIC -> generic(layout, h);
        };
    }

    private static ReportColumns generic(ReportLayout layout, Headers h) {
        String trackId = h.optional(layout.header(ReportField.TRACK_ID));
        String isrc = h.optional(layout.header(ReportField.ISRC));
        if (trackId == null && isrc == null) {
            throw DomainException.invalid("file", "has no " + layout.header(ReportField.TRACK_ID) + " or "
                    + layout.header(ReportField.ISRC) + " column; its header is: " + h);
        }
        String revenue = h.optional(layout.header(ReportField.REVENUE));
        String currency = revenue == null ? h.optional(layout.header(ReportField.CURRENCY))
                : h.require(layout.header(ReportField.CURRENCY));
        return new ReportColumns(layout.kind(), h.optional(layout.header(ReportField.EVENT_ID)), trackId, isrc,
                h.require(layout.header(ReportField.PARTNER)), h.require(layout.header(ReportField.COUNTRY)),
                h.require(layout.header(ReportField.OCCURRED_AT)), h.optional(layout.header(ReportField.COUNT)),
                revenue, currency, null, null);
    }

    ReportRow row(long row, CSVRecord record) {
        List<String> reasons = new ArrayList<>();
        Row r = new Row(record, reasons);
        TrackId track = null;
        Isrc code = null;
        String trackValue = r.value(trackId);
        if (trackValue != null && !trackValue.isEmpty()) {
            track = r.parse(trackId, () -> TrackId.of(trackValue));
        } else {
            String isrcValue = r.value(isrc);
            String productValue = r.value(product);
            if ((isrcValue == null || isrcValue.isEmpty()) && productValue != null
                    && productValue.toLowerCase(Locale.ROOT).contains("album")) {
                reasons.add(isrc + ": is empty, as on every album's row: an album sale names no track");
            } else if (isrcValue == null || isrcValue.isEmpty()) {
                reasons.add((isrc == null ? trackId : isrc) + ": is empty; the row names no track");
            } else {
                code = r.parse(isrc, () -> Isrc.of(isrcValue));
            }
        }
        String storeValue = r.value(partner);
        Store store = r.parse(partner, () -> Store.of(storeValue));
        String countryValue = r.value(country);
        Country where = r.parse(country, () -> country(countryValue));
        String atValue = r.value(occurredAt);
        Instant at = r.parse(occurredAt, () -> instant(atValue));
        String countValue = r.value(count);
        Long plays = count == null ? Long.valueOf(1) : r.parse(count, () -> plays(countValue));
        String revenueValue = r.value(revenue);
        Revenue earned = revenueValue == null || revenueValue.isEmpty() ? null : r.parse(revenue,
                () -> revenue(revenueValue, fixedCurrency != null ? fixedCurrency
                        : Money.currency(r.value(currency), currency)));
        String keyValue = r.value(eventId);
        StreamEventKey key = keyValue != null && !keyValue.isEmpty() ? r.parse(eventId, () -> StreamEventKey.of(keyValue))
                : derivedKey(row, record);
        if (!reasons.isEmpty()) {
            return new ReportRow.Rejected(row, reasons);
        }
        return new ReportRow.Line(row, key, track, code, store, where, at, plays, earned);
    }

    private static Country country(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (NO_COUNTRY.contains(code)) {
            return Country.UNKNOWN;
        }
        return Country.of(code.equals("UK") ? "GB" : code);
    }

    /** A date-time with an offset, a date (its start, UTC) or a month (its first day). */
    private static Instant instant(String value) {
        String text = value == null ? "" : value.strip();
        try {
            if (text.length() == 7) {
                return YearMonth.parse(text).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "'" + excerpt(text) + "' is not a date-time with an offset, a date "
                    + "(2026-11-30) or a month (2026-11)");
        }
    }

    private static long plays(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("count", "'" + excerpt(value) + "' is not a number");
        }
        if (number.signum() <= 0) {
            throw DomainException.invalid("count", "is " + number.toPlainString() + "; a row counts 1 or more plays "
                    + "(returns and empty rows are not counted)");
        }
        if (number.compareTo(BigDecimal.valueOf(StreamFact.MAX_COUNT)) > 0 || number.stripTrailingZeros().scale() > 0) {
            throw DomainException.invalid("count", "must be a whole number from 1 to " + StreamFact.MAX_COUNT);
        }
        return number.longValueExact();
    }

    /** The revenue of a row, rounded half-even to micro-units. */
    private static Revenue revenue(String value, Currency in) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("revenue", "'" + excerpt(value) + "' is not a decimal number");
        }
        if (amount.signum() < 0) {
            throw DomainException.invalid("revenue", "is negative (a return or an adjustment), which is not counted");
        }
        return Revenue.ofDecimal(amount.setScale(6, RoundingMode.HALF_EVEN), in, "revenue");
    }

    /**
     * A key made from the row's number and everything it says: the same file imported again gives the same keys,
     * so none of its rows counts twice.
     */
    private StreamEventKey derivedKey(long row, CSVRecord record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.name().getBytes(StandardCharsets.UTF_8));
            for (String value : record) {
                sha.update((byte) 0x1f);
                sha.update(value.getBytes(StandardCharsets.UTF_8));
            }
            return StreamEventKey.of("rpt-" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "-" + row);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String excerpt(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The headers of a file, found whatever their case. */
    private record Headers(Set<String> names) {
        String require(String name) {
            if (!names.contains(name)) {
                throw DomainException.invalid("file", "has no '" + name + "' column; its header is: " + this);
            }
            return name;
        }

        String optional(String name) {
            return names.contains(name) ? name : null;
        }

        @Override
        public String toString() {
            String all = String.join(", ", names);
            return all.length() > 300 ? all.substring(0, 300) + "…" : all;
        }
    }

    /** One record being read: its values, and the reasons it is refused so far. */
    private record Row(CSVRecord record, List<String> reasons) {
        /** The value of a column, stripped; null when the layout has no such column or the row is short of it. */
        String value(String column) {
            if (column == null) {
                return null;
            }
            if (!record.isSet(column)) {
                return "";
            }
            return record.get(column).strip();
        }

        /** The value {@code parse} makes; null, with its reason kept under {@code column}, when it fails. */
        <T> T parse(String column, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (DomainException e) {
                if (e.details().isEmpty()) {
                    reasons.add(column + ": " + e.getMessage());
                } else {
                    e.details().forEach(d -> reasons.add(column + ": " + d.message()));
                }
                return null;
            }
        }
    }
}
