package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.param.PartnerProtocol;
import io.soundport.sdk.param.PartnerTakedown;

import java.time.Instant;
import java.util.List;

/**
 * A delivery partner (a DSP) of the caller's organization, as read: never its credentials, only whether it has some.
 *
 * @param id             the partner's id ({@code ptn_...})
 * @param name           its name
 * @param protocolValue  the protocol as sent; {@link #protocol()} reads it as an enum
 * @param endpoint       for HTTP the URL the packages are POSTed to; for FILE the folder name under the server's drops
 *                       directory; for S3 {@code s3://<bucket>/<prefix>}; for SFTP {@code sftp://<host>[:<port>]/<folder>}
 * @param territories    where it sells: ISO 3166-1 alpha-2 codes, or {@code WORLD}
 * @param active         whether it takes deliveries; a partner with deliveries is deactivated rather than deleted
 * @param hasCredentials whether credentials are stored for it (sent as a bearer token to HTTP partners)
 * @param hostKey        for SFTP the SHA-256 fingerprint ({@code SHA256:...}) of the server's host key the partner is
 *                       pinned to, as given or as read when it was saved (public, not a secret); null otherwise
 * @param dpid           its DDEX Party ID, the recipient of its ERN messages; null until set
 * @param test           whether it takes DDEX {@code TestMessage}s only
 * @param takedownValue  how it takes the takedown of a release it never had on sale, as sent; {@link #takedown()}
 *                       reads it as an enum
 * @param createdAt      when it was added
 * @param updatedAt      when it last changed
 * @param version        its version, for {@code If-Match}
 */
public record Partner(String id, String name, @JsonProperty("protocol") String protocolValue, String endpoint,
                      List<String> territories, boolean active, boolean hasCredentials, String hostKey, String dpid,
                      boolean test, @JsonProperty("takedown") String takedownValue, Instant createdAt,
                      Instant updatedAt, long version) {
    /**
     * How the partner takes the takedown of a release it never had on sale.
     *
     * @return the takedown message, {@link PartnerTakedown#UNKNOWN} for one this SDK does not know (the raw string
     *         is {@link #takedownValue()})
     */
    public PartnerTakedown takedown() {
        return PartnerTakedown.fromValue(takedownValue);
    }

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
