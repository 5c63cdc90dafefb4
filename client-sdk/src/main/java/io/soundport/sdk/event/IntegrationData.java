package io.soundport.sdk.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soundport.sdk.model.ConnectionStatus;
import io.soundport.sdk.model.IntegrationProvider;

import java.time.Instant;
import java.util.List;

/**
 * The connection an {@code integration.connected} or {@code integration.disconnected} event is about. No token, ever.
 *
 * @param id                the connection's id ({@code con_...})
 * @param providerValue     the platform as sent; {@link #provider()} reads it as an enum
 * @param userId            the user whose connection it is
 * @param providerUserId    the platform's id of the account
 * @param scopes            the scopes granted
 * @param statusValue       the status as sent; {@link #status()} reads it as an enum
 * @param connectedAt       when it was connected
 * @param revokedAtProvider in an {@code integration.disconnected} event, whether the platform revoked the grant too
 *                          (Meta does; Spotify has no way to); null in {@code integration.connected}
 * @param workflowDepth     how many workflow rules led to the event
 */
public record IntegrationData(String id, @JsonProperty("provider") String providerValue, String userId,
                              String providerUserId, List<String> scopes, @JsonProperty("status") String statusValue,
                              Instant connectedAt, Boolean revokedAtProvider, int workflowDepth) implements EventData {
    /**
     * The platform.
     *
     * @return the platform, {@link IntegrationProvider#UNKNOWN} for one this SDK does not know
     */
    public IntegrationProvider provider() {
        return IntegrationProvider.fromValue(providerValue);
    }

    /**
     * The connection's status.
     *
     * @return the status, {@link ConnectionStatus#UNKNOWN} for one this SDK does not know
     */
    public ConnectionStatus status() {
        return ConnectionStatus.fromValue(statusValue);
    }
}
