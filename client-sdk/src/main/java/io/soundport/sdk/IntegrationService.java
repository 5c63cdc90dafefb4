package io.soundport.sdk;

import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.AuthorizationStart;
import io.soundport.sdk.model.Connection;
import io.soundport.sdk.model.IntegrationProvider;

import java.util.List;
import java.util.Objects;

import static io.soundport.sdk.Transport.Call;

/**
 * The signed-in user's connections to outside platforms (Spotify, Meta). Reached through
 * {@link SoundportClient#integrations()}. A connection is a person's own: these methods need a client signed in as a
 * user, and throw {@link PermissionException} for an API key.
 * <p>Connecting takes the user's browser: {@link #connect(IntegrationProvider)} answers the platform's authorization
 * page; open it, and the platform sends the browser back to the server, which stores the connection. A server
 * without the platform's client id configured runs a sandbox that approves at once.
 */
public final class IntegrationService {
    private final Transport transport;

    IntegrationService(Transport transport) {
        this.transport = transport;
    }

    /**
     * The signed-in user's connections, in the order Spotify, Meta.
     *
     * @return the connections, empty when there are none
     */
    public List<Connection> list() {
        return list(RequestOptions.none());
    }

    /**
     * The signed-in user's connections, in the order Spotify, Meta.
     *
     * @param options a deadline
     * @return the connections, empty when there are none
     */
    public List<Connection> list(RequestOptions options) {
        return transport.data(Call.get("auth", "integrations").options(options), Connection.class);
    }

    /**
     * Starts connecting a platform: the authorization page to open in the user's browser, valid 10 minutes.
     *
     * @param provider the platform
     * @return where to send the browser
     */
    public AuthorizationStart connect(IntegrationProvider provider) {
        return connect(provider, RequestOptions.none());
    }

    /**
     * Starts connecting a platform: the authorization page to open in the user's browser, valid 10 minutes.
     *
     * @param provider the platform
     * @param options  a deadline
     * @return where to send the browser
     */
    public AuthorizationStart connect(IntegrationProvider provider, RequestOptions options) {
        return transport.send(Call.get("auth", slug(provider), "connect").options(options), AuthorizationStart.class);
    }

    /**
     * Disconnects a platform: the grant is revoked there where the platform allows it (Meta), and the connection and
     * its tokens deleted.
     *
     * @param provider the platform
     * @throws NotFoundException when the user has no connection to it
     */
    public void disconnect(IntegrationProvider provider) {
        disconnect(provider, RequestOptions.none());
    }

    /**
     * Disconnects a platform: the grant is revoked there where the platform allows it (Meta), and the connection and
     * its tokens deleted.
     *
     * @param provider the platform
     * @param options  a deadline
     * @throws NotFoundException when the user has no connection to it
     */
    public void disconnect(IntegrationProvider provider, RequestOptions options) {
        transport.send(Call.delete("auth", "integrations", slug(provider)).options(options), Void.class);
    }

    private static String slug(IntegrationProvider provider) {
        ApiEnum.requireKnown(Objects.requireNonNull(provider, "provider is required"), "provider");
        return provider.value();
    }
}
