package io.soundport.adapters.dynamodb;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An artist is {@code ORG#<org> / ARTIST#<id>}: newest first on {@code lsi1} ({@code ARTIST#<time>#<id>}); by exact
 * name, ignoring case, oldest first on {@code lsi2} ({@code ARTISTNAME#<sha256 of the lower-cased name>#<time>#<id>},
 * a digest so that any name fits in a key and none of its characters is special). {@code ORG#<org> /
 * ARTISTNAMEGUARD#<the same digest>} counts the artists {@link #findByNameOrAdd} added under that name, so that of
 * concurrent calls for a new name only one adds it.
 */
final class DynamoDbArtistsAdapter implements Artists {
    private static final String ARTIST = "ARTIST#";
    private static final String NAME = "ARTISTNAME#";
    private static final String NAME_GUARD = "ARTISTNAMEGUARD#";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbArtistsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, ArtistId id) {
        return Keys.key(Keys.org(org.value()), ARTIST + id.value());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public void add(Artist artist) {
        db.write(Write.put(table, ArtistItems.item(artist), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists("Artist", artist.id().value())));
    }

    @Override
    public Optional<Artist> find(OrganizationId organizationId, ArtistId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(ArtistItems::read);
    }

    @Override
    public Optional<Artist> findByName(OrganizationId organizationId, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2,
                        Keys.org(organizationId.value()), NAME + Keys.digest(lower(name.strip())) + "#").first(db))
                .map(ArtistItems::read);
    }

    /**
     * One query when the artist exists. When not, reads the name's guard, looks again (an artist added before the
     * guard was read is found), and adds the candidate with the guard moved on, conditional on the guard read: a
     * concurrent call that added the name in between fails that condition. Outside a unit of work that call then
     * finds the artist the other added; inside one the condition is checked at commit, which fails with CONFLICT
     * (nothing of that unit of work is written, and the request may be retried).
     */
    @Override
    public Artist findByNameOrAdd(Artist candidate) {
        OrganizationId org = candidate.organizationId();
        Optional<Artist> found = findByName(org, candidate.name());
        if (found.isPresent()) {
            return found.get();
        }
        String digest = Keys.digest(lower(candidate.name().strip()));
        Map<String, AttributeValue> guard = db.get(table, Keys.key(Keys.org(org.value()), NAME_GUARD + digest));
        long seen = guard == null ? 0 : Attrs.num(guard, "added");
        found = findByName(org, candidate.name());
        if (found.isPresent()) {
            return found.get();
        }
        Write guarded = Write.put(table, new Attrs.Item()
                        .put(Keys.PK, Keys.org(org.value()))
                        .put(Keys.SK, NAME_GUARD + digest)
                        .put("added", seen + 1)
                        .build(),
                guard == null ? Conditions.ABSENT : "#added = :seen",
                guard == null ? Map.of() : Map.of("#added", "added"),
                guard == null ? Map.of() : Map.of(":seen", Attrs.n(seen)),
                Conditions.always(() -> DomainException.conflict("Another request added the artist "
                        + candidate.name() + " at the same time; retry")));
        Write artist = Write.put(table, ArtistItems.item(candidate), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists("Artist", candidate.id().value()));
        try {
            db.write(artist, guarded);
            return candidate;
        } catch (DomainException lost) { // only outside a unit of work, where the write is applied at once
            return findByName(org, candidate.name()).orElseThrow(() -> lost);
        }
    }

    @Override
    public Artist update(Artist a) {
        Artist stored = new Artist(a.id(), a.organizationId(), a.name(), a.musicbrainzId(), a.spotifyId(),
                a.createdAt(), a.updatedAt(), a.version() + 1);
        db.write(Write.put(table, ArtistItems.item(stored), Conditions.AT_VERSION, Map.of(),
                Conditions.version(a.version()), Conditions.staleOrMissing("Artist", a.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, ArtistId id) {
        if (find(organizationId, id).isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.staleOrMissing("Artist", id.value())));
        return true;
    }

    @Override
    public Page<Artist> list(OrganizationId organizationId, String nameContains, PageRequest page) {
        Predicate<Artist> filter = nameContains == null || nameContains.isEmpty() ? null
                : a -> lower(a.name()).contains(lower(nameContains));
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), ARTIST)
                .page(db, page, ArtistItems::read, filter, a -> new Cursor(a.createdAt(), a.id().value()));
    }

    static final class ArtistItems {
        private ArtistItems() {
        }

        static Map<String, AttributeValue> item(Artist a) {
            return new Attrs.Item()
                    .put(Keys.PK, Keys.org(a.organizationId().value()))
                    .put(Keys.SK, ARTIST + a.id().value())
                    .put(Keys.LSI1, ARTIST + Keys.newestFirst(a.createdAt(), a.id().value()))
                    .put(Keys.LSI2, NAME + Keys.digest(lower(a.name())) + "#"
                            + Keys.newestFirst(a.createdAt(), a.id().value()))
                    .put("id", a.id().value())
                    .put("organizationId", a.organizationId().value())
                    .put("name", a.name())
                    .put("musicbrainzId", a.musicbrainzId())
                    .put("spotifyId", a.spotifyId())
                    .put("createdAt", a.createdAt())
                    .put("updatedAt", a.updatedAt())
                    .put("version", a.version())
                    .build();
        }

        static Artist read(Map<String, AttributeValue> item) {
            return new Artist(ArtistId.of(Attrs.required(item, "id")),
                    OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "name"),
                    Attrs.str(item, "musicbrainzId"), Attrs.str(item, "spotifyId"), Attrs.instant(item, "createdAt"),
                    Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
        }
    }
}
