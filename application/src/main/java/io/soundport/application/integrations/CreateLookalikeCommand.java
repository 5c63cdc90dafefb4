package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.AudienceId;
import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Create a lookalike audience of an origin audience: the people of a country closest to it, a {@code ratio} of the
 * country's population from 0.01 to 0.20. Build it with {@link #of}.
 */
public record CreateLookalikeCommand(NewLookalikeAudience audience) {
    public CreateLookalikeCommand {
        Objects.requireNonNull(audience, "audience");
    }

    public static CreateLookalikeCommand of(String adAccountId, String name, String originAudienceId, String country,
                                            BigDecimal ratio) {
        Validation v = new Validation();
        AdAccountId account = v.field("adAccountId", () -> AdAccountId.of(adAccountId));
        AudienceId origin = v.field("originAudienceId", () -> AudienceId.of(originAudienceId));
        v.throwIfInvalid();
        NewLookalikeAudience audience = v.nested("", () -> new NewLookalikeAudience(account, name, origin, country,
                ratio));
        v.throwIfInvalid();
        return new CreateLookalikeCommand(audience);
    }
}
