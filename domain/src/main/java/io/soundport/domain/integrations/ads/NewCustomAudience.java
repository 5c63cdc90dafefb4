package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A customer-list audience to create in an ad account (its people come from us, not from a partner). */
public record NewCustomAudience(AdAccountId accountId, String name, String description) {
    public NewCustomAudience {
        Objects.requireNonNull(accountId, "accountId");
        name = Validation.requireText(name, "name", 200);
        description = Validation.optionalText(description, "description", 500);
    }
}
