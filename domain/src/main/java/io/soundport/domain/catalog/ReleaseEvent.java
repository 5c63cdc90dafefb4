package io.soundport.domain.catalog;

import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

/**
 * Events about a release. Each carries the release as it is after the change, and how many tracks it has; the
 * transitions of {@link Release} raise them.
 */
public sealed interface ReleaseEvent extends CatalogEvent {
    Release release();

    int trackCount();

    @Override
    default String aggregateId() {
        return release().id().value();
    }

    /** The same event about the release as it was stored (storing gives it its next version). */
    ReleaseEvent stored(Release stored);

    @EventType(value = "release.created", description = "A release was ingested (DRAFT)")
    record ReleaseCreated(EventMeta meta, Release release, int trackCount) implements ReleaseEvent {
        @Override
        public ReleaseCreated stored(Release stored) {
            return new ReleaseCreated(meta, stored, trackCount);
        }
    }

    @EventType(value = "release.updated", description = "A DRAFT release or its tracks changed")
    record ReleaseUpdated(EventMeta meta, Release release, int trackCount) implements ReleaseEvent {
        @Override
        public ReleaseUpdated stored(Release stored) {
            return new ReleaseUpdated(meta, stored, trackCount);
        }
    }

    @EventType(value = "release.submitted", description = "A release went from DRAFT to SUBMITTED")
    record ReleaseSubmitted(EventMeta meta, Release release, int trackCount) implements ReleaseEvent {
        @Override
        public ReleaseSubmitted stored(Release stored) {
            return new ReleaseSubmitted(meta, stored, trackCount);
        }
    }

    @EventType(value = "release.deleted", description = "A DRAFT release was deleted with its tracks")
    record ReleaseDeleted(EventMeta meta, Release release, int trackCount) implements ReleaseEvent {
        @Override
        public ReleaseDeleted stored(Release stored) {
            return new ReleaseDeleted(meta, stored, trackCount);
        }
    }

    @EventType(value = "release.takedown_requested", description = "A takedown of a delivered release was requested")
    record ReleaseTakedownRequested(EventMeta meta, Release release, int trackCount) implements ReleaseEvent {
        @Override
        public ReleaseTakedownRequested stored(Release stored) {
            return new ReleaseTakedownRequested(meta, stored, trackCount);
        }
    }

    @EventType(value = "release.delivered", description = "Every delivery of a release reached its partner")
    record ReleaseDelivered(EventMeta meta, Release release, int trackCount) implements ReleaseEvent {
        @Override
        public ReleaseDelivered stored(Release stored) {
            return new ReleaseDelivered(meta, stored, trackCount);
        }
    }

    @EventType(value = "release.taken_down", description = "Every partner confirmed the takedown")
    record ReleaseTakenDown(EventMeta meta, Release release, int trackCount) implements ReleaseEvent {
        @Override
        public ReleaseTakenDown stored(Release stored) {
            return new ReleaseTakenDown(meta, stored, trackCount);
        }
    }
}
