package io.soundport.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's connection to an outside platform, in their organization. The server never shows its tokens.
 *
 * @param id             the connection's id ({@code con_...})
 * @param providerValue  the platform as sent; {@link #provider()} reads it as an enum
 * @param statusValue    the status as sent; {@link #status()} reads it as an enum
 * @param scopes         the scopes the user granted
 * @param providerUserId the platform's id of the account
 * @param connectedAt    when it was connected (again)
 * @param updatedAt      when it last changed (a refreshed token, a refused grant)
 */
public record Connection(String id, @JsonProperty("provider") String providerValue,
                         @JsonProperty("status") String statusValue, List<String> scopes, String providerUserId,
                         Instant connectedAt, Instant updatedAt) {
    /**
     * The platform.
     *
     * @return the platform, {@link IntegrationProvider#UNKNOWN} for one this SDK does not know
     */
    public IntegrationProvider provider() {
        return IntegrationProvider.fromValue(providerValue);
    }

    /**
     * Whether the grant still works.
     *
     * @return the status, {@link ConnectionStatus#UNKNOWN} for one this SDK does not know
     */
    public ConnectionStatus status() {
        return ConnectionStatus.fromValue(statusValue);
    }
}
