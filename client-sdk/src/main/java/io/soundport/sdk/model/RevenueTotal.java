package io.soundport.sdk.model;

import java.math.BigDecimal;

/**
 * Revenue in one currency, exact: the server sends the amount as a decimal string with six decimals, read here as a
 * {@link BigDecimal}, never a floating-point number.
 *
 * @param amount   major units of the currency ({@code 12.003400} USD)
 * @param currency its ISO 4217 code
 */
public record RevenueTotal(BigDecimal amount, String currency) {
}
