package io.soundport.application.marketing;

import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A lookalike of the custom audience {@code origin}: the people of {@code country} closest to its members, the
 * {@code ratio} of the country's population (0.01 to 0.20 in steps of 0.01, exact), named {@code name} or, when null,
 * after its origin. Build it with {@link #of}.
 */
public record CreateAudienceLookalikeCommand(AudienceId origin, String country, BigDecimal ratio, String name) {
    public CreateAudienceLookalikeCommand {
        Objects.requireNonNull(origin, "origin");
        country = NewLookalikeAudience.country(country);
        ratio = NewLookalikeAudience.ratio(ratio);
        name = Validation.optionalText(name, "name", Audience.MAX_NAME);
    }

    public static CreateAudienceLookalikeCommand of(AudienceId origin, String country, BigDecimal ratio, String name) {
        Validation v = new Validation();
        String c = v.field("country", () -> NewLookalikeAudience.country(country));
        BigDecimal r = v.field("ratio", () -> NewLookalikeAudience.ratio(ratio));
        String n = v.field("name", () -> Validation.optionalText(name, "name", Audience.MAX_NAME));
        v.throwIfInvalid();
        return new CreateAudienceLookalikeCommand(origin, c, r, n);
    }
}
