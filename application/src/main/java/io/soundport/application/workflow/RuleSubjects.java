package io.soundport.application.workflow;

import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.publishing.EventPayloads;
import io.soundport.domain.shared.Ids;
import io.soundport.domain.shared.PublishedEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What rules see of an event: the release it is about, and the facts their conditions test. */
public final class RuleSubjects {
    private final Releases releases;
    private final Tracks tracks;
    private final EventPayloads payloads;

    public RuleSubjects(Releases releases, Tracks tracks, EventPayloads payloads) {
        this.releases = releases;
        this.tracks = tracks;
        this.payloads = payloads;
    }

    /**
     * The id of the release the event is about, as the typed event named it when it was recorded; for an event
     * appended before the outbox kept it, its aggregate or the release its payload names.
     */
    Optional<ReleaseId> releaseIdOf(PublishedEvent event) {
        String id = event.releaseId() != null ? event.releaseId()
                : event.aggregateId().startsWith(ReleaseId.PREFIX + "_") ? event.aggregateId()
                : payloads.releaseIdOf(event.data()).orElse(null);
        return id == null || !Ids.looksLike(id, ReleaseId.PREFIX) ? Optional.empty() : Optional.of(ReleaseId.of(id));
    }

    /** The release the event is about, while it exists. */
    Optional<Release> releaseOf(OrganizationId org, Optional<ReleaseId> id) {
        return id.flatMap(releaseId -> releases.find(org, releaseId));
    }

    /** The event's data, and the release's fields under {@code release}. */
    Map<String, Object> factsOf(OrganizationId org, PublishedEvent event, Optional<Release> release) {
        Map<String, Object> facts = new LinkedHashMap<>(event.data());
        release.ifPresent(r -> facts.put("release", payloads.releaseFacts(r, tracks.ofRelease(org, r.id()).size())));
        return facts;
    }

    int workflowDepthOf(PublishedEvent event) {
        return payloads.workflowDepthOf(event.data());
    }
}
