package io.soundport.adapters.local;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryTracksAdapter implements Tracks {
    private static final Comparator<Track> RELEASE_ORDER = Comparator
            .comparing(Track::position, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Track::createdAt)
            .thenComparing(t -> t.id().value());

    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<TrackId, Track> rows;

    InMemoryTracksAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Track track) {
        transactions.write(() -> {
            if (rows.contains(track.id())) {
                throw DomainException.conflict("Track " + track.id() + " already exists");
            }
            rows.put(track.id(), track);
            return null;
        });
    }

    @Override
    public void addAll(List<Track> tracks) {
        transactions.run(() -> tracks.forEach(this::add));
    }

    @Override
    public Optional<Track> find(OrganizationId organizationId, TrackId id) {
        return rows.get(id).filter(t -> t.organizationId().equals(organizationId));
    }

    @Override
    public Track update(Track track) {
        return transactions.write(() -> {
            Track current = find(track.organizationId(), track.id())
                    .orElseThrow(() -> DomainException.notFound("Track", track.id().value()));
            if (current.version() != track.version()) {
                throw DomainException.staleVersion("Track", track.id().value());
            }
            Track stored = new Track(track.id(), track.organizationId(), track.releaseId(), track.artistId(),
                    track.title(), track.isrc(), track.durationMs(), track.explicit(), track.position(),
                    track.createdAt(), track.updatedAt(), track.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, TrackId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public int removeOfRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return transactions.write(() -> {
            List<Track> doomed = rows.rows().filter(t -> onRelease(t, organizationId, releaseId)).toList();
            doomed.forEach(t -> rows.remove(t.id()));
            return doomed.size();
        });
    }

    @Override
    public List<Track> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return rows.rows().filter(t -> onRelease(t, organizationId, releaseId)).sorted(RELEASE_ORDER).toList();
    }

    private static boolean onRelease(Track track, OrganizationId organizationId, ReleaseId releaseId) {
        return track.organizationId().equals(organizationId) && releaseId.equals(track.releaseId());
    }

    @Override
    public Page<Track> list(OrganizationId organizationId, TrackFilter filter, PageRequest page) {
        TrackFilter f = filter == null ? TrackFilter.ALL : filter;
        return KeysetPages.page(rows.rows().filter(t -> t.organizationId().equals(organizationId) && f.matches(t)),
                t -> new Cursor(t.createdAt(), t.id().value()), page);
    }

    @Override
    public boolean existsForArtist(OrganizationId organizationId, ArtistId artistId) {
        return rows.rows().anyMatch(t -> t.organizationId().equals(organizationId) && artistId.equals(t.artistId()));
    }
}
