package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A customer-list audience to create in an ad account, with where its people come from. */
public record NewCustomAudience(AdAccountId accountId, String name, String description, CustomerFileSource source) {
    public NewCustomAudience {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(source, "source");
        name = Validation.requireText(name, "name", 200);
        description = Validation.optionalText(description, "description", 500);
    }

    /** An audience of the advertiser's own customers ({@link CustomerFileSource#USER_PROVIDED_ONLY}). */
    public NewCustomAudience(AdAccountId accountId, String name, String description) {
        this(accountId, name, description, CustomerFileSource.USER_PROVIDED_ONLY);
    }
}
