package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An audience of the organization: a custom audience (people added by e-mail or phone, kept as hashes) or a lookalike
 * made from one, and where it stands on Meta.
 *
 * @param id           the audience's id ({@code aun_...})
 * @param name         its name
 * @param description  its description, or null
 * @param typeValue    the type as sent; {@link #type()} reads it as an enum
 * @param sourceValue  a custom audience's source as sent, null for a lookalike; {@link #source()} reads it
 * @param country      an ISO 3166-1 alpha-2 code, or null (a lookalike always has one)
 * @param lookalike    what a lookalike is made from, null for a custom audience
 * @param memberCount  people in a custom audience (0 for a lookalike)
 * @param meta         the audience on Meta and its last sync
 * @param createdAt    when it was created
 * @param updatedAt    when it last changed (a sync's progress too)
 * @param version      its version, for {@code If-Match}
 */
public record Audience(String id, String name, String description, @JsonProperty("type") String typeValue,
                       @JsonProperty("source") String sourceValue, String country, AudienceLookalike lookalike,
                       long memberCount, AudienceMetaSync meta, Instant createdAt, Instant updatedAt, long version) {
    /**
     * The audience's type.
     *
     * @return the type, {@link AudienceType#UNKNOWN} for one this SDK does not know
     */
    public AudienceType type() {
        return AudienceType.fromValue(typeValue);
    }

    /**
     * Where a custom audience's people come from.
     *
     * @return the source, null for a lookalike, {@link AudienceSource#UNKNOWN} for one this SDK does not know
     */
    public AudienceSource source() {
        return AudienceSource.fromValue(sourceValue);
    }
}
