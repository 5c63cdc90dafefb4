package io.soundport.adapters.local;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

final class InMemoryReleasesAdapter implements Releases {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<ReleaseId, Release> rows;
    private final Artists artists;
    private final Tracks tracks;

    InMemoryReleasesAdapter(InMemoryTransactionRunner transactions, Artists artists, Tracks tracks) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
        this.artists = artists;
        this.tracks = tracks;
    }

    @Override
    public void add(Release release) {
        transactions.write(() -> {
            if (rows.contains(release.id())) {
                throw DomainException.conflict("Release " + release.id() + " already exists");
            }
            requireUpcFree(release);
            rows.put(release.id(), release);
            return null;
        });
    }

    @Override
    public Optional<Release> find(OrganizationId organizationId, ReleaseId id) {
        return rows.get(id).filter(r -> r.organizationId().equals(organizationId));
    }

    @Override
    public Optional<ReleaseDetails> findDetails(OrganizationId organizationId, ReleaseId id) {
        return find(organizationId, id).map(release -> new ReleaseDetails(release,
                artists.find(organizationId, release.artistId())
                        .orElseThrow(() -> DomainException.notFound("Artist", release.artistId().value())),
                tracks.ofRelease(organizationId, id)));
    }

    @Override
    public Release update(Release release) {
        return transactions.write(() -> {
            Release current = find(release.organizationId(), release.id())
                    .orElseThrow(() -> DomainException.notFound("Release", release.id().value()));
            if (current.version() != release.version()) {
                throw DomainException.staleVersion("Release", release.id().value());
            }
            requireUpcFree(release);
            Release stored = new Release(release.id(), release.organizationId(), release.title(), release.artistId(),
                    release.upc(), release.label(), release.releaseDate(), release.genre(), release.territories(),
                    release.status(), release.createdAt(), release.updatedAt(), release.version() + 1, release.pLine(),
                    release.cLine());
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    private void requireUpcFree(Release release) {
        if (release.upc() == null) {
            return;
        }
        boolean taken = rows.rows().anyMatch(r -> r.organizationId().equals(release.organizationId())
                && release.upc().equals(r.upc()) && !r.id().equals(release.id()));
        if (taken) {
            throw DomainException.conflict("Another release of this organization has UPC " + release.upc(), "upc");
        }
    }

    @Override
    public boolean remove(OrganizationId organizationId, ReleaseId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<Release> list(OrganizationId organizationId, ReleaseFilter filter, PageRequest page) {
        ReleaseFilter f = filter == null ? ReleaseFilter.ALL : filter;
        return KeysetPages.page(rows.rows().filter(r -> r.organizationId().equals(organizationId) && f.matches(r)),
                r -> new Cursor(r.createdAt(), r.id().value()), page);
    }

    @Override
    public boolean existsForArtist(OrganizationId organizationId, ArtistId artistId) {
        return rows.rows().anyMatch(r -> r.organizationId().equals(organizationId) && r.artistId().equals(artistId));
    }
}
