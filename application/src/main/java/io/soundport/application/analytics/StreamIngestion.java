package io.soundport.application.analytics;

import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.Validation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts stream events: each names a track of the caller's catalog (by id or by ISRC; see {@link CatalogTracks}),
 * happened no later than a few minutes from now, and is counted once by its event id. The whole batch is checked
 * before anything is counted.
 */
public final class StreamIngestion {
    /** How far ahead of this server's clock an event may be (the sender's clock may run ahead). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final StreamFacts facts;
    private final CatalogTracks catalog;
    private final Clock clock;

    public StreamIngestion(StreamFacts facts, Tracks tracks, Clock clock) {
        this.facts = facts;
        this.catalog = new CatalogTracks(tracks, clock);
        this.clock = clock;
    }

    public RecordedStreams record(Caller caller, RecordStreamsCommand command) {
        caller.require(Permission.WRITE);
        OrganizationId org = caller.organizationId();
        Instant now = clock.now();
        Instant latest = now.plus(CLOCK_SKEW);
        Validation v = new Validation();
        Map<TrackId, Boolean> found = new HashMap<>();
        Map<Isrc, Optional<TrackId>> byIsrc = new HashMap<>();
        List<StreamFact> batch = new ArrayList<>(command.events().size());
        for (int i = 0; i < command.events().size(); i++) {
            RequestedStream event = command.events().get(i);
            String at = "events[" + i + "]";
            TrackId track;
            if (event.trackId() != null) {
                track = found.computeIfAbsent(event.trackId(), id -> catalog.has(org, id)) ? event.trackId() : null;
                v.require(track != null, at + ".trackId", "is not a track of this organization's catalog");
            } else {
                track = byIsrc.computeIfAbsent(event.isrc(), isrc -> catalog.withIsrc(org, isrc)).orElse(null);
                v.require(track != null, at + ".isrc", "no track of this organization's catalog has this ISRC");
            }
            v.require(!event.occurredAt().isAfter(latest), at + ".occurredAt", "must not be in the future");
            if (track != null) {
                batch.add(new StreamFact(event.key(), track, event.store(), event.country(), event.occurredAt(),
                        event.count(), event.revenue()));
            }
        }
        v.throwIfInvalid();
        RecordedFacts recorded = facts.record(org, batch, now);
        return new RecordedStreams(batch.size(), recorded.recorded(), recorded.duplicates());
    }
}
