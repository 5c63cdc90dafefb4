package io.soundport.application.marketing;

import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A new custom audience: its name (at most 200 characters), description (at most 500), where its people come from
 * (USER_PROVIDED_ONLY when absent) and an optional country. Build it with {@link #of}, which reports every invalid
 * field at once.
 */
public record CreateAudienceCommand(String name, String description, CustomerFileSource source, String country) {
    public CreateAudienceCommand {
        name = Validation.requireText(name, "name", Audience.MAX_NAME);
        description = Validation.optionalText(description, "description", Audience.MAX_DESCRIPTION);
        Objects.requireNonNull(source, "source");
        country = country == null ? null : NewLookalikeAudience.country(country);
    }

    public static CreateAudienceCommand of(String name, String description, String source, String country) {
        Validation v = new Validation();
        String n = v.field("name", () -> Validation.requireText(name, "name", Audience.MAX_NAME));
        String d = v.field("description",
                () -> Validation.optionalText(description, "description", Audience.MAX_DESCRIPTION));
        CustomerFileSource s = source == null ? CustomerFileSource.USER_PROVIDED_ONLY
                : v.field("source", () -> CustomerFileSource.parse(source));
        String c = country == null || country.isBlank() ? null
                : v.field("country", () -> NewLookalikeAudience.country(country));
        v.throwIfInvalid();
        return new CreateAudienceCommand(n, d, s, c);
    }
}
