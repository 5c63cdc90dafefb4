package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.NewCustomAudience;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** Create an empty customer-list audience in a Meta ad account. Build it with {@link #of}. */
public record CreateAudienceCommand(NewCustomAudience audience) {
    public CreateAudienceCommand {
        Objects.requireNonNull(audience, "audience");
    }

    public static CreateAudienceCommand of(String adAccountId, String name, String description) {
        Validation v = new Validation();
        AdAccountId account = v.field("adAccountId", () -> AdAccountId.of(adAccountId));
        v.field("name", () -> Validation.requireText(name, "name", 200));
        v.field("description", () -> Validation.optionalText(description, "description", 500));
        v.throwIfInvalid();
        return new CreateAudienceCommand(new NewCustomAudience(account, name, description));
    }
}
