package io.soundport.application.marketing;

import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * A partial change of an audience (PATCH): a null field is kept; {@code ""} clears the description or the country.
 * A lookalike takes no source and keeps its country (CONFLICT). Carries the version the caller last saw
 * ({@code expectedVersion}, null to skip the check). Build it with {@link #of}.
 */
public record UpdateAudienceCommand(AudienceId id, String name, String description, CustomerFileSource source,
                                    String country, Long expectedVersion) {
    /** The value of the description or the country that clears it. */
    public static final String CLEAR = "";

    public UpdateAudienceCommand {
        Objects.requireNonNull(id, "id");
    }

    public static UpdateAudienceCommand of(AudienceId id, String name, String description, String source,
                                           String country, Long expectedVersion) {
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", Audience.MAX_NAME));
        String d = description == null ? null : v.field("description", () -> orClear(
                Validation.optionalText(description, "description", Audience.MAX_DESCRIPTION)));
        CustomerFileSource s = source == null ? null : v.field("source", () -> CustomerFileSource.parse(source));
        String c = country == null ? null
                : country.isBlank() ? CLEAR : v.field("country", () -> NewLookalikeAudience.country(country));
        v.throwIfInvalid();
        return new UpdateAudienceCommand(id, n, d, s, c, expectedVersion);
    }

    /** This change laid over the audience; the domain checks the result again. */
    Audience over(Audience current, java.time.Instant now) {
        return current.change(name != null ? name : current.name(), applied(description, current.description()),
                source != null ? source : current.source(), applied(country, current.country()), now);
    }

    private static String applied(String change, String current) {
        if (change == null) {
            return current;
        }
        return change.isEmpty() ? null : change;
    }

    private static String orClear(String checked) {
        return checked == null ? CLEAR : checked;
    }
}
