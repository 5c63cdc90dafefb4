package io.soundport.domain.integrations;

import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/** Events of users' connections to outside platforms. They never carry a token, sealed or not. */
public sealed interface IntegrationEvent extends DomainEvent {

    Connection connection();

    @Override
    default String aggregateId() {
        return connection().id().value();
    }

    @EventType(value = "integration.connected",
            description = "A user connected their account on an outside platform (Spotify, Meta), or connected it again")
    record IntegrationConnected(EventMeta meta, Connection connection) implements IntegrationEvent {
    }

    /** {@code revokedAtProvider}: whether the provider revoked the grant too (Meta does; Spotify has no way to). */
    @EventType(value = "integration.disconnected",
            description = "A user's connection to an outside platform was removed")
    record IntegrationDisconnected(EventMeta meta, Connection connection, boolean revokedAtProvider)
            implements IntegrationEvent {
    }
}
