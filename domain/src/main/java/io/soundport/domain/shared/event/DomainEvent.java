package io.soundport.domain.shared.event;

import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;

/**
 * Something that happened to an aggregate, raised by the aggregate's transition and recorded in the outbox in the
 * same transaction as the change. Each context's events form a sealed hierarchy of records (for example
 * {@code io.soundport.domain.catalog.CatalogEvent}); each record names its type with {@link EventType}.
 */
public interface DomainEvent {
    /** The id, the organization, the time and the workflow depth every event carries. */
    EventMeta meta();

    /** Id of the aggregate that changed. */
    String aggregateId();

    default EventId id() {
        return meta().id();
    }

    default OrganizationId organizationId() {
        return meta().organizationId();
    }

    default Instant occurredAt() {
        return meta().occurredAt();
    }

    /** The dotted type subscribers see, such as {@code release.submitted}. */
    default String type() {
        return EventType.Names.of(getClass());
    }
}
