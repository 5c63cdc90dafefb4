package io.soundport.domain.publishing;

import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackEvent;
import io.soundport.domain.distribution.DistributionEvent;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.workflow.WorkflowEvent;

import java.util.Optional;

/**
 * The release a typed event concerns, read from the event itself rather than from its published payload: a release
 * event's release, the release of a delivery, of a track on a release, or of a workflow execution.
 */
public final class ReleaseSubject {
    private ReleaseSubject() {
    }

    /** Empty for an event about no release (an artist, a track on its own, a webhook test, a rule's webhook). */
    public static Optional<ReleaseId> of(DomainEvent event) {
        if (event instanceof ReleaseEvent e) {
            return Optional.of(e.release().id());
        }
        if (event instanceof TrackEvent e) {
            return Optional.ofNullable(e.track().releaseId());
        }
        if (event instanceof DistributionEvent e) {
            return Optional.of(e.delivery().releaseId());
        }
        if (event instanceof WorkflowEvent.WorkflowExecuted e) {
            return Optional.ofNullable(e.execution().releaseId());
        }
        return Optional.empty();
    }
}
