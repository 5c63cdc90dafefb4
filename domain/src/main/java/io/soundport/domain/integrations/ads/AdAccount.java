package io.soundport.domain.integrations.ads;

import java.util.Currency;
import java.util.Objects;

/**
 * A Meta ad account the user may act on: its id, name, currency (every budget and amount of the account is in it)
 * and status.
 */
public record AdAccount(AdAccountId id, String name, Currency currency, AdAccountStatus status) {
    public AdAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
    }
}
