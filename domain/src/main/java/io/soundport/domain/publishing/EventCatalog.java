package io.soundport.domain.publishing;

import io.soundport.domain.catalog.CatalogEvent;
import io.soundport.domain.distribution.DistributionEvent;
import io.soundport.domain.integrations.IntegrationEvent;
import io.soundport.domain.live.LiveEventEvent;
import io.soundport.domain.marketing.CampaignEvent;
import io.soundport.domain.notifications.NotificationEvent;
import io.soundport.domain.platform.OrganizationEvent;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventType;
import io.soundport.domain.webhooks.WebhookEvent;
import io.soundport.domain.workflow.WorkflowEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Every event type there is, read from the sealed hierarchies of the contexts: a new event record is in the catalog
 * as soon as it compiles. A new context adds its root here.
 */
public final class EventCatalog {
    /** The root of each context's events. */
    public static final List<Class<? extends DomainEvent>> ROOTS =
            List.of(CatalogEvent.class, DistributionEvent.class, WorkflowEvent.class, WebhookEvent.class,
                    OrganizationEvent.class, NotificationEvent.class, IntegrationEvent.class,
                    LiveEventEvent.class, CampaignEvent.class);

    /** One event type: its dotted name, what it means, and the record that carries it. */
    public record Entry(String type, String description, Class<? extends DomainEvent> eventClass) {
    }

    private static final List<Entry> ALL = collect();

    private EventCatalog() {
    }

    /** In the order of the roots, then of the records as declared. */
    public static List<Entry> all() {
        return ALL;
    }

    public static boolean exists(String type) {
        return ALL.stream().anyMatch(e -> e.type().equals(type));
    }

    private static List<Entry> collect() {
        List<Entry> entries = new ArrayList<>();
        ROOTS.forEach(root -> walk(root, entries));
        return List.copyOf(entries);
    }

    @SuppressWarnings("unchecked")
    private static void walk(Class<?> type, List<Entry> entries) {
        if (type.isRecord()) {
            EventType named = type.getAnnotation(EventType.class);
            if (named == null) {
                throw new IllegalStateException(type.getName() + " is an event without @EventType");
            }
            entries.add(new Entry(named.value(), named.description(), (Class<? extends DomainEvent>) type));
            return;
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted == null) {
            throw new IllegalStateException(type.getName() + " is neither an event record nor sealed");
        }
        for (Class<?> sub : permitted) {
            walk(sub, entries);
        }
    }
}
