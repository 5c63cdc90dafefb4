package io.soundport.application.integrations;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdsPlatform;

/**
 * Meta's ads through a user's Meta connection, for every context that acts on Meta (the {@code /meta} endpoints,
 * marketing's audiences): {@link ConnectionService#withAccess} hands over a working token, refreshes it, and marks the
 * connection NEEDS_RECONNECT when Meta refuses its grant. Reads need READ, writes WRITE; CONFLICT without a Meta
 * connection, RECONNECT_REQUIRED once its grant was refused. The token goes to the call and nowhere else.
 */
public final class MetaAccess {
    /** One call to Meta with the user's access token. */
    @FunctionalInterface
    public interface MetaCall<T> {
        T call(AdsPlatform meta, String accessToken);
    }

    private final ConnectionService connections;
    private final AdsPlatform meta;

    public MetaAccess(ConnectionService connections, AdsPlatform meta) {
        this.connections = connections;
        this.meta = meta;
    }

    public <T> T read(Caller caller, MetaCall<T> call) {
        caller.require(Permission.READ);
        return connections.withAccess(caller, Provider.META, token -> call.call(meta, token));
    }

    public <T> T write(Caller caller, MetaCall<T> call) {
        caller.require(Permission.WRITE);
        return connections.withAccess(caller, Provider.META, token -> call.call(meta, token));
    }

    /** CONFLICT when the caller has no Meta connection, RECONNECT_REQUIRED when it must be connected again. */
    public void requireConnected(Caller caller) {
        connections.requireConnected(caller, Provider.META);
    }

    /** The user as a caller of their organization now (see {@link ConnectionService#member}). */
    public Caller member(OrganizationId organizationId, UserId userId) {
        return connections.member(organizationId, userId);
    }
}
