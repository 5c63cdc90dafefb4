package io.soundport.adapters.dynamodb;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.CopyrightLine;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Territory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A release is {@code ORG#<org> / RELEASE#<id>}: newest first on {@code lsi1} ({@code RELEASE#<time>#<id>}), per
 * artist newest first on {@code lsi2} ({@code RELEASEBYARTIST#<artist>#<time>#<id>}). Its UPC owns the guard item
 * {@code ORG#<org> / UPC#<upc>}, put with the condition that it does not exist: the UPC is unique per organization.
 * Changing or removing the release moves or deletes the guard in the same transaction.
 *
 * <p>A release with its artist and tracks ({@link #findDetails}) is three calls, as no key range holds the three
 * (tracks sit on {@code lsi2} under {@code TRACKOFRELEASE#<release>}, the artist under its own id, shared by many
 * releases), but they wait for two: the release first (it names the artist), then the artist and the tracks at once.
 */
final class DynamoDbReleasesAdapter implements Releases {
    private static final String RELEASE = "RELEASE#";
    private static final String BY_ARTIST = "RELEASEBYARTIST#";
    private static final String UPC = "UPC#";
    private final DynamoDbTransactionRunner db;
    private final String table;
    private final Artists artists;
    private final Tracks tracks;

    DynamoDbReleasesAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables, Artists artists, Tracks tracks) {
        this.db = db;
        this.table = tables.entities();
        this.artists = artists;
        this.tracks = tracks;
    }

    private static Map<String, AttributeValue> key(OrganizationId org, ReleaseId id) {
        return Keys.key(Keys.org(org.value()), RELEASE + id.value());
    }

    private static Map<String, AttributeValue> upcKey(OrganizationId org, Upc upc) {
        return Keys.key(Keys.org(org.value()), UPC + upc.value());
    }

    private Write claimUpc(Release r) {
        Map<String, AttributeValue> guard = new Attrs.Item()
                .put(Keys.PK, Keys.org(r.organizationId().value()))
                .put(Keys.SK, UPC + r.upc().value())
                .put("releaseId", r.id().value())
                .build();
        return Write.put(table, guard, Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("Another release of this organization has UPC " + r.upc(), "upc")));
    }

    private Write freeUpc(OrganizationId org, Upc upc, ReleaseId owner) {
        return Write.delete(table, upcKey(org, upc), "#releaseId = :owner", Map.of(),
                Map.of(":owner", Attrs.s(owner.value())),
                Conditions.always(() -> DomainException.staleVersion("Release", owner.value())));
    }

    @Override
    public void add(Release release) {
        List<Write> writes = new ArrayList<>();
        writes.add(Write.put(table, ReleaseItems.item(release), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists("Release", release.id().value())));
        if (release.upc() != null) {
            writes.add(claimUpc(release));
        }
        db.write(writes);
    }

    @Override
    public Optional<Release> find(OrganizationId organizationId, ReleaseId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(ReleaseItems::read);
    }

    @Override
    public Optional<ReleaseDetails> findDetails(OrganizationId organizationId, ReleaseId id) {
        return find(organizationId, id).map(release -> {
            CompletableFuture<Optional<Artist>> artist = db.alongside(
                    () -> artists.find(organizationId, release.artistId()));
            List<Track> trackList = tracks.ofRelease(organizationId, id);
            return new ReleaseDetails(release, DynamoDbTransactionRunner.await(artist)
                    .orElseThrow(() -> DomainException.notFound("Artist", release.artistId().value())), trackList);
        });
    }

    @Override
    public Release update(Release r) {
        Release current = find(r.organizationId(), r.id())
                .orElseThrow(() -> DomainException.notFound("Release", r.id().value()));
        if (current.version() != r.version()) {
            throw DomainException.staleVersion("Release", r.id().value());
        }
        Release stored = new Release(r.id(), r.organizationId(), r.title(), r.artistId(), r.upc(), r.label(),
                r.releaseDate(), r.genre(), r.territories(), r.status(), r.createdAt(), r.updatedAt(),
                r.version() + 1, r.pLine(), r.cLine());
        List<Write> writes = new ArrayList<>();
        writes.add(Write.put(table, ReleaseItems.item(stored), Conditions.AT_VERSION, Map.of(),
                Conditions.version(r.version()), Conditions.staleOrMissing("Release", r.id().value())));
        if (!Objects.equals(current.upc(), r.upc())) {
            if (current.upc() != null) {
                writes.add(freeUpc(r.organizationId(), current.upc(), r.id()));
            }
            if (r.upc() != null) {
                writes.add(claimUpc(stored));
            }
        }
        db.write(writes);
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, ReleaseId id) {
        Optional<Release> current = find(organizationId, id);
        if (current.isEmpty()) {
            return false;
        }
        List<Write> writes = new ArrayList<>();
        writes.add(Write.delete(table, key(organizationId, id), Conditions.AT_VERSION, Map.of(),
                Conditions.version(current.get().version()), Conditions.staleOrMissing("Release", id.value())));
        if (current.get().upc() != null) {
            writes.add(freeUpc(organizationId, current.get().upc(), id));
        }
        db.write(writes);
        return true;
    }

    @Override
    public Page<Release> list(OrganizationId organizationId, ReleaseFilter filter, PageRequest page) {
        ReleaseFilter f = filter == null ? ReleaseFilter.ALL : filter;
        boolean everything = f.status() == null && f.artistId() == null
                && (f.titleContains() == null || f.titleContains().isEmpty());
        KeysetQuery query = f.artistId() == null
                ? KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), RELEASE)
                : KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()),
                        BY_ARTIST + f.artistId().value() + "#");
        return query.page(db, page, ReleaseItems::read, everything ? null : f::matches,
                r -> new Cursor(r.createdAt(), r.id().value()));
    }

    @Override
    public boolean existsForArtist(OrganizationId organizationId, ArtistId artistId) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()),
                BY_ARTIST + artistId.value() + "#").any(db);
    }

    static final class ReleaseItems {
        private ReleaseItems() {
        }

        static Map<String, AttributeValue> item(Release r) {
            String order = Keys.newestFirst(r.createdAt(), r.id().value());
            return new Attrs.Item()
                    .put(Keys.PK, Keys.org(r.organizationId().value()))
                    .put(Keys.SK, RELEASE + r.id().value())
                    .put(Keys.LSI1, RELEASE + order)
                    .put(Keys.LSI2, BY_ARTIST + r.artistId().value() + "#" + order)
                    .put("id", r.id().value())
                    .put("organizationId", r.organizationId().value())
                    .put("title", r.title())
                    .put("artistId", r.artistId().value())
                    .put("upc", r.upc() == null ? null : r.upc().value())
                    .put("label", r.label())
                    .put("releaseDate", r.releaseDate() == null ? null : r.releaseDate().toString())
                    .put("genre", r.genre())
                    .put("territories", Attrs.list(r.territories().stream().map(Territory::code).toList()))
                    .put("status", r.status().name())
                    .put("pLineYear", r.pLine() == null ? null : Integer.valueOf(r.pLine().year()))
                    .put("pLineOwner", r.pLine() == null ? null : r.pLine().owner())
                    .put("cLineYear", r.cLine() == null ? null : Integer.valueOf(r.cLine().year()))
                    .put("cLineOwner", r.cLine() == null ? null : r.cLine().owner())
                    .put("createdAt", r.createdAt())
                    .put("updatedAt", r.updatedAt())
                    .put("version", r.version())
                    .build();
        }

        static Release read(Map<String, AttributeValue> item) {
            String upc = Attrs.str(item, "upc");
            String releaseDate = Attrs.str(item, "releaseDate");
            return new Release(ReleaseId.of(Attrs.required(item, "id")),
                    OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "title"),
                    ArtistId.of(Attrs.required(item, "artistId")), upc == null ? null : Upc.of(upc),
                    Attrs.str(item, "label"), releaseDate == null ? null : LocalDate.parse(releaseDate),
                    Attrs.str(item, "genre"), Attrs.strings(item, "territories").stream().map(Territory::of).toList(),
                    ReleaseStatus.valueOf(Attrs.required(item, "status")), Attrs.instant(item, "createdAt"),
                    Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"), line(item, "pLine"),
                    line(item, "cLine"));
        }

        private static CopyrightLine line(Map<String, AttributeValue> item, String prefix) {
            Integer year = Attrs.optionalInt(item, prefix + "Year");
            return year == null ? null : new CopyrightLine(year, Attrs.required(item, prefix + "Owner"));
        }
    }
}
