package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.PartnerProtocol;

import java.time.Instant;
import java.util.List;

/**
 * A delivery partner (a DSP) of the caller's organization, as read: never its credentials, only whether it has some.
 *
 * @param id             the partner's id ({@code ptn_...})
 * @param name           its name
 * @param protocolValue  the protocol as sent; {@link #protocol()} reads it as an enum
 * @param endpoint       for HTTP the URL the packages are POSTed to; for FILE the folder name under the server's drops
 *                       directory
 * @param territories    where it sells: ISO 3166-1 alpha-2 codes, or {@code WORLD}
 * @param active         whether it takes deliveries; a partner with deliveries is deactivated rather than deleted
 * @param hasCredentials whether credentials are stored for it (sent as a bearer token to HTTP partners)
 * @param createdAt      when it was added
 * @param updatedAt      when it last changed
 * @param version        its version, for {@code If-Match}
 */
public record Partner(String id, String name, @JsonProperty("protocol") String protocolValue, String endpoint,
                      List<String> territories, boolean active, boolean hasCredentials, Instant createdAt,
                      Instant updatedAt, long version) {
    /**
     * How packages reach the partner.
     *
     * @return the protocol, {@link PartnerProtocol#UNKNOWN} for one this SDK does not know (the raw string is
     *         {@link #protocolValue()})
     */
    public PartnerProtocol protocol() {
        return PartnerProtocol.fromValue(protocolValue);
    }
}
