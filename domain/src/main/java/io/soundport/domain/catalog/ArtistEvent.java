package io.soundport.domain.catalog;

import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/** Events about an artist, each carrying the artist as it is after the change (or as it was, when deleted). */
public sealed interface ArtistEvent extends CatalogEvent {
    Artist artist();

    @Override
    default String aggregateId() {
        return artist().id().value();
    }

    @EventType(value = "artist.created", description = "An artist was added")
    record ArtistCreated(EventMeta meta, Artist artist) implements ArtistEvent {
    }

    @EventType(value = "artist.updated", description = "An artist changed")
    record ArtistUpdated(EventMeta meta, Artist artist) implements ArtistEvent {
    }

    @EventType(value = "artist.deleted", description = "An artist was deleted")
    record ArtistDeleted(EventMeta meta, Artist artist) implements ArtistEvent {
    }
}
