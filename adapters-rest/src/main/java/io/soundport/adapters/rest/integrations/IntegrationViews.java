package io.soundport.adapters.rest.integrations;

import io.soundport.application.integrations.AuthorizationStart;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of users' connections to outside platforms: never a token. */
final class IntegrationViews {
    private IntegrationViews() {
    }

    @Schema(name = "Connection", description = "The signed-in user's connection to an outside platform; no token is "
            + "ever shown")
    record ConnectionView(String id, @Schema(allowableValues = {"spotify", "meta"}) String provider,
                          @Schema(implementation = ConnectionStatus.class,
                                  description = "NEEDS_RECONNECT: the platform refused the grant (revoked, expired); "
                                          + "connect again") String status,
                          @Schema(description = "the scopes the user granted") List<String> scopes,
                          @Schema(description = "the platform's id of the account") String providerUserId,
                          Instant connectedAt, Instant updatedAt) {
        static ConnectionView of(Connection c) {
            return new ConnectionView(c.id().value(), c.provider().slug(), c.status().name(), c.scopes(),
                    c.providerUserId(), c.connectedAt(), c.updatedAt());
        }
    }

    @Schema(name = "ConnectionList")
    record ConnectionList(List<ConnectionView> data) {
    }

    @Schema(name = "AuthorizationStart", description = "Where to send the user's browser to connect an account")
    record AuthorizationStartView(@Schema(allowableValues = {"spotify", "meta"}) String provider,
                                  @Schema(description = "the platform's authorization page; open it in the user's "
                                          + "browser") String authorizationUrl,
                                  @Schema(description = "the authorization must come back to the callback by then")
                                  Instant expiresAt) {
        static AuthorizationStartView of(AuthorizationStart start) {
            return new AuthorizationStartView(start.provider().slug(), start.authorizationUrl().toString(),
                    start.expiresAt());
        }
    }
}
