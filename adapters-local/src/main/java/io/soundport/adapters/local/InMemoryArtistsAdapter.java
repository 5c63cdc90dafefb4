package io.soundport.adapters.local;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

final class InMemoryArtistsAdapter implements Artists {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<ArtistId, Artist> rows;

    InMemoryArtistsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Artist artist) {
        transactions.write(() -> {
            if (rows.contains(artist.id())) {
                throw DomainException.conflict("Artist " + artist.id() + " already exists");
            }
            rows.put(artist.id(), artist);
            return null;
        });
    }

    @Override
    public Optional<Artist> find(OrganizationId organizationId, ArtistId id) {
        return rows.get(id).filter(a -> a.organizationId().equals(organizationId));
    }

    @Override
    public Optional<Artist> findByName(OrganizationId organizationId, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return rows.rows()
                .filter(a -> a.organizationId().equals(organizationId)
                        && a.name().toLowerCase(Locale.ROOT).equals(wanted))
                .min(Comparator.comparing(Artist::createdAt).thenComparing(a -> a.id().value()));
    }

    @Override
    public Artist findByNameOrAdd(Artist candidate) {
        return transactions.write(() -> findByName(candidate.organizationId(), candidate.name()).orElseGet(() -> {
            add(candidate);
            return candidate;
        }));
    }

    @Override
    public Artist update(Artist artist) {
        return transactions.write(() -> {
            Artist current = find(artist.organizationId(), artist.id())
                    .orElseThrow(() -> DomainException.notFound("Artist", artist.id().value()));
            if (current.version() != artist.version()) {
                throw DomainException.staleVersion("Artist", artist.id().value());
            }
            Artist stored = new Artist(artist.id(), artist.organizationId(), artist.name(), artist.musicbrainzId(),
                    artist.spotifyId(), artist.createdAt(), artist.updatedAt(), artist.version() + 1);
            rows.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, ArtistId id) {
        return transactions.write(() -> find(organizationId, id).isPresent() && rows.remove(id));
    }

    @Override
    public Page<Artist> list(OrganizationId organizationId, String nameContains, PageRequest page) {
        String part = nameContains == null ? null : nameContains.toLowerCase(Locale.ROOT);
        return KeysetPages.page(
                rows.rows().filter(a -> a.organizationId().equals(organizationId)
                        && (part == null || a.name().toLowerCase(Locale.ROOT).contains(part))),
                a -> new Cursor(a.createdAt(), a.id().value()), page);
    }
}
