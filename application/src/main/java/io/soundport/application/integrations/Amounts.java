package io.soundport.application.integrations;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount given as a decimal in major units and a currency code, read exactly into {@link Money}. */
public final class Amounts {
    private Amounts() {
    }

    /** Null when both are null; VALIDATION_ERROR on {@code field.amount} or {@code field.currency} otherwise. */
    public static Money money(BigDecimal amount, String currency, String field) {
        if (amount == null && (currency == null || currency.isBlank())) {
            return null;
        }
        if (amount == null) {
            throw DomainException.invalid(field + ".amount", "must be given with the currency");
        }
        Currency code = Money.currency(currency, field + ".currency");
        return Money.ofDecimal(amount, code, field + ".amount");
    }
}
