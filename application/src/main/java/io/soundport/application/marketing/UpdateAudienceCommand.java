package io.soundport.application.marketing;

import io.soundport.application.shared.Change;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.NewLookalikeAudience;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.shared.Validation;

import java.time.Instant;
import java.util.Objects;

/**
 * A partial change of an audience (PATCH): a null name or source is kept; the description and the country are
 * {@link Change}s ({@code ""} or blank text clears them). A lookalike takes no source and keeps its country
 * (CONFLICT). Carries the version the caller last saw ({@code expectedVersion}, null to skip the check). Build it
 * with {@link #of}, which reports every invalid field at once.
 */
public record UpdateAudienceCommand(AudienceId id, String name, Change<String> description,
                                    CustomerFileSource source, Change<String> country, Long expectedVersion) {
    public UpdateAudienceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(country, "country");
    }

    public static UpdateAudienceCommand of(AudienceId id, String name, String description, String source,
                                           String country, Long expectedVersion) {
        Validation v = new Validation();
        String n = name == null ? null : v.field("name", () -> Validation.requireText(name, "name", Audience.MAX_NAME));
        Change<String> d = v.field("description", () -> Change.parse(blankClears(description),
                text -> Validation.optionalText(text, "description", Audience.MAX_DESCRIPTION)));
        CustomerFileSource s = source == null ? null : v.field("source", () -> CustomerFileSource.parse(source));
        Change<String> c = v.field("country", () -> Change.parse(blankClears(country),
                NewLookalikeAudience::country));
        v.throwIfInvalid();
        return new UpdateAudienceCommand(id, n, d, s, c, expectedVersion);
    }

    /** This change laid over the audience; the domain checks the result again. */
    Audience over(Audience current, Instant now) {
        return current.change(name != null ? name : current.name(), description.applyTo(current.description()),
                source != null ? source : current.source(), country.applyTo(current.country()), now);
    }

    private static String blankClears(String raw) {
        return raw != null && raw.isBlank() ? Change.CLEAR : raw;
    }
}
