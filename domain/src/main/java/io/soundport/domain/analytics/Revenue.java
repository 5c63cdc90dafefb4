package io.soundport.domain.analytics;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * What streams earned, in millionths of the currency's major unit: a stream pays a fraction of a cent (0.003 USD),
 * which minor units would round away, so revenue is kept in micros ({@code 3400} is 0.0034 USD), never as a
 * floating-point number. Totals add exactly; they become {@link Money} by rounding half-even to minor units.
 */
public record Revenue(long micros, Currency currency) {
    /** Ten billion major units in micros: far above any one event, far below {@code Long.MAX_VALUE} when summed. */
    public static final long MAX_MICROS = 10_000_000_000L * 1_000_000L;

    public Revenue {
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * The revenue a decimal of major units names ({@code "0.0034"}), exactly: VALIDATION_ERROR on {@code field} when
     * it is not a decimal, is negative, has more than six decimals or is too large.
     */
    public static Revenue ofDecimal(String decimal, Currency currency, String field) {
        BigDecimal value;
        try {
            value = new BigDecimal(decimal.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw DomainException.invalid(field, "must be a decimal number such as 0.0034");
        }
        return ofDecimal(value, currency, field);
    }

    /** See {@link #ofDecimal(String, Currency, String)}. */
    public static Revenue ofDecimal(BigDecimal value, Currency currency, String field) {
        if (value.signum() < 0) {
            throw DomainException.invalid(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 6) {
            throw DomainException.invalid(field, "must have at most six decimal places");
        }
        BigDecimal micros = value.movePointRight(6);
        if (micros.compareTo(BigDecimal.valueOf(MAX_MICROS)) > 0) {
            throw DomainException.invalid(field, "is too large");
        }
        return new Revenue(micros.longValueExact(), currency);
    }

    /** This total in major units, six decimals kept ({@code 12.003400}). */
    public BigDecimal decimal() {
        return BigDecimal.valueOf(micros, 6);
    }

    /** This total rounded half-even to the currency's minor units. */
    public Money toMoney() {
        return Money.ofDecimal(decimal().setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                currency, "revenue");
    }
}
