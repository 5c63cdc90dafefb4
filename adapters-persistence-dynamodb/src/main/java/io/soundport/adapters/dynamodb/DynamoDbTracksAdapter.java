package io.soundport.adapters.dynamodb;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A track is {@code ORG#<org> / TRACK#<id>}: newest first on {@code lsi1} ({@code TRACK#<time>#<id>}); the tracks of
 * a release in their order on {@code lsi2} ({@code TRACKOFRELEASE#<release>#<position, 4 digits, 9999 when
 * none>#<time>#<id>}); per artist on {@code lsi3} ({@code TRACKBYARTIST#<artist>#<time>#<id>}). A track without
 * release or artist is simply absent from those sparse indexes.
 */
final class DynamoDbTracksAdapter implements Tracks {
    private static final String TRACK = "TRACK#";
    private static final String OF_RELEASE = "TRACKOFRELEASE#";
    private static final String BY_ARTIST = "TRACKBYARTIST#";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbTracksAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, TrackId id) {
        return Keys.key(Keys.org(org.value()), TRACK + id.value());
    }

    @Override
    public void add(Track track) {
        db.write(Write.put(table, TrackItems.item(track), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists("Track", track.id().value())));
    }

    /**
     * One write per track, so that the unit of work commits them with {@code TransactWriteItems} in as few calls as
     * its limit of 100 items allows: one for a release of up to about 90 tracks (with its release, event, audit
     * entry), several in order for more. An id given twice fails before anything is buffered.
     */
    @Override
    public void addAll(List<Track> tracks) {
        Set<TrackId> ids = new HashSet<>();
        for (Track track : tracks) {
            if (!ids.add(track.id())) {
                throw Conditions.exists("Track", track.id().value()).apply(null);
            }
        }
        db.run(() -> tracks.forEach(this::add));
    }

    @Override
    public Optional<Track> find(OrganizationId organizationId, TrackId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(TrackItems::read);
    }

    @Override
    public Track update(Track t) {
        Track stored = new Track(t.id(), t.organizationId(), t.releaseId(), t.artistId(), t.title(), t.isrc(),
                t.durationMs(), t.explicit(), t.position(), t.createdAt(), t.updatedAt(), t.version() + 1);
        db.write(Write.put(table, TrackItems.item(stored), Conditions.AT_VERSION, Map.of(),
                Conditions.version(t.version()), Conditions.staleOrMissing("Track", t.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, TrackId id) {
        if (find(organizationId, id).isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.staleOrMissing("Track", id.value())));
        return true;
    }

    @Override
    public int removeOfRelease(OrganizationId organizationId, ReleaseId releaseId) {
        List<Track> tracks = ofRelease(organizationId, releaseId);
        // one write per track: a release with more than 100 tracks commits in several chunks
        for (Track track : tracks) {
            db.write(Write.delete(table, key(organizationId, track.id()), null, Map.of(), Map.of(),
                    Conditions.staleOrMissing("Track", track.id().value())));
        }
        return tracks.size();
    }

    @Override
    public List<Track> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()),
                        OF_RELEASE + releaseId.value() + "#")
                .all(db, true).stream().map(TrackItems::read).toList();
    }

    @Override
    public Page<Track> list(OrganizationId organizationId, TrackFilter filter, PageRequest page) {
        TrackFilter f = filter == null ? TrackFilter.ALL : filter;
        boolean everything = f.releaseId() == null && f.isrc() == null
                && (f.titleContains() == null || f.titleContains().isEmpty());
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), TRACK)
                .page(db, page, TrackItems::read, everything ? null : f::matches,
                        t -> new Cursor(t.createdAt(), t.id().value()));
    }

    @Override
    public boolean existsForArtist(OrganizationId organizationId, ArtistId artistId) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI3, Keys.LSI3, Keys.org(organizationId.value()),
                BY_ARTIST + artistId.value() + "#").any(db);
    }

    static final class TrackItems {
        private TrackItems() {
        }

        static Map<String, AttributeValue> item(Track t) {
            String order = Keys.newestFirst(t.createdAt(), t.id().value());
            String position = t.position() == null ? "9999" : String.format(Locale.ROOT, "%04d", t.position());
            return new Attrs.Item()
                    .put(Keys.PK, Keys.org(t.organizationId().value()))
                    .put(Keys.SK, TRACK + t.id().value())
                    .put(Keys.LSI1, TRACK + order)
                    .put(Keys.LSI2, t.releaseId() == null ? null
                            : OF_RELEASE + t.releaseId().value() + "#" + position + "#" + order)
                    .put(Keys.LSI3, t.artistId() == null ? null : BY_ARTIST + t.artistId().value() + "#" + order)
                    .put("id", t.id().value())
                    .put("organizationId", t.organizationId().value())
                    .put("releaseId", t.releaseId() == null ? null : t.releaseId().value())
                    .put("artistId", t.artistId() == null ? null : t.artistId().value())
                    .put("title", t.title())
                    .put("isrc", t.isrc() == null ? null : t.isrc().value())
                    .put("durationMs", t.durationMs())
                    .put("explicit", t.explicit())
                    .put("position", t.position())
                    .put("createdAt", t.createdAt())
                    .put("updatedAt", t.updatedAt())
                    .put("version", t.version())
                    .build();
        }

        static Track read(Map<String, AttributeValue> item) {
            String releaseId = Attrs.str(item, "releaseId");
            String artistId = Attrs.str(item, "artistId");
            String isrc = Attrs.str(item, "isrc");
            return new Track(TrackId.of(Attrs.required(item, "id")),
                    OrganizationId.of(Attrs.required(item, "organizationId")),
                    releaseId == null ? null : ReleaseId.of(releaseId), artistId == null ? null : ArtistId.of(artistId),
                    Attrs.required(item, "title"), isrc == null ? null : Isrc.of(isrc), Attrs.num(item, "durationMs"),
                    Attrs.flag(item, "explicit"), Attrs.optionalInt(item, "position"),
                    Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
        }
    }
}
