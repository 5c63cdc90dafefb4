package io.soundport.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of one currency in integer minor units (cents of a euro, yen, fils of a dinar): money is never a
 * floating-point number here. The currency is an ISO 4217 code with minor units (not a fund or metal code such as
 * {@code XAU}); amounts may be negative (a refund, a correction) and are added only to amounts of the same currency.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency + " has no minor units");
        }
    }

    /** {@code minorUnits} of the currency {@code code}; VALIDATION_ERROR on {@code field.currency} for an unknown code. */
    public static Money of(long minorUnits, String code, String field) {
        return new Money(minorUnits, currency(code, field + ".currency"));
    }

    /** Nothing, in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * The currency of an ISO 4217 code (upper or lower case); VALIDATION_ERROR on {@code field} for a blank or
     * unknown code, or one without minor units.
     */
    public static Currency currency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(field, "must be an ISO 4217 currency code such as EUR");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        Currency currency;
        try {
            currency = upper.length() == 3 ? Currency.getInstance(upper) : null;
        } catch (IllegalArgumentException unknown) {
            currency = null;
        }
        if (currency == null || currency.getDefaultFractionDigits() < 0) {
            throw DomainException.invalid(field, "must be an ISO 4217 currency code with minor units, such as EUR");
        }
        return currency;
    }

    /**
     * The amount a decimal in major units names ({@code "12.34"} EUR is 1234 cents), exactly: VALIDATION_ERROR on
     * {@code field} when it is not a decimal number, has more decimals than the currency's minor units, or does not
     * fit.
     */
    public static Money ofDecimal(String decimal, Currency currency, String field) {
        BigDecimal value;
        try {
            value = new BigDecimal(decimal.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw DomainException.invalid(field, "must be a decimal number such as 12.34");
        }
        return ofDecimal(value, currency, field);
    }

    /** The amount {@code value} in major units names, exactly; see {@link #ofDecimal(String, Currency, String)}. */
    public static Money ofDecimal(BigDecimal value, Currency currency, String field) {
        int digits = currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw DomainException.invalid(field, currency + " has " + digits + " decimal places, not more");
        }
        try {
            return new Money(value.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException tooLarge) {
            throw DomainException.invalid(field, "is too large");
        }
    }

    /** This plus {@code other}, of the same currency; an amount that no longer fits a {@code long} is an ArithmeticException. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /** This minus {@code other}, of the same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /** Whether this is at least {@code percent} % of {@code whole} (same currency), computed without rounding. */
    public boolean reachesPercentOf(Money whole, int percent) {
        requireSameCurrency(whole);
        return BigInteger.valueOf(minorUnits).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(whole.minorUnits).multiply(BigInteger.valueOf(percent))) >= 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    /** The amount in major units, with the currency's decimal places ({@code "12.30"}, {@code "1500"} for JPY). */
    public BigDecimal decimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return decimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
