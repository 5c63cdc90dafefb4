package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of a currency, in major units ({@code 12.30} EUR): the amount travels as a decimal string both ways,
 * read here into a {@link BigDecimal}, never a floating-point number.
 *
 * @param amount   the amount in major units
 * @param currency the ISO 4217 code, such as {@code EUR}
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
    /**
     * Checks both are given.
     *
     * @param amount   the amount in major units
     * @param currency the ISO 4217 code
     * @throws NullPointerException when one is missing
     */
    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
    }

    /**
     * An amount read from its decimal text.
     *
     * @param amount   a decimal such as {@code "25.00"}
     * @param currency the ISO 4217 code
     * @return the amount
     * @throws NumberFormatException when {@code amount} is not a decimal
     */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
