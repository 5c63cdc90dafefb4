package io.soundport.domain.catalog;

import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/** Events about a track, each carrying the track as it is after the change (or as it was, when deleted). */
public sealed interface TrackEvent extends CatalogEvent {
    Track track();

    @Override
    default String aggregateId() {
        return track().id().value();
    }

    @EventType(value = "track.created", description = "A track was added")
    record TrackCreated(EventMeta meta, Track track) implements TrackEvent {
    }

    @EventType(value = "track.updated", description = "A track changed")
    record TrackUpdated(EventMeta meta, Track track) implements TrackEvent {
    }

    @EventType(value = "track.deleted", description = "A track was deleted")
    record TrackDeleted(EventMeta meta, Track track) implements TrackEvent {
    }
}
