package io.soundport.domain.catalog;

import io.soundport.domain.shared.event.DomainEvent;

/** The events of the catalog: releases, artists and tracks. */
public sealed interface CatalogEvent extends DomainEvent permits ReleaseEvent, ArtistEvent, TrackEvent {
}
