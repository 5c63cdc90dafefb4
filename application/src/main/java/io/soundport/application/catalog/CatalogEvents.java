package io.soundport.application.catalog;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.Territory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The payloads of catalog events, in the API's snake_case shape; other contexts reuse the release payload. */
public final class CatalogEvents {
    private CatalogEvents() {
    }

    /** A release as events and workflow conditions see it (every event about a release carries this shape). */
    public static Map<String, Object> release(Release r, int trackCount) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", r.id().value());
        data.put("title", r.title());
        data.put("artist_id", r.artistId().value());
        data.put("upc", r.upc() == null ? null : r.upc().value());
        data.put("label", r.label());
        data.put("release_date", r.releaseDate() == null ? null : r.releaseDate().toString());
        data.put("genre", r.genre());
        data.put("territories", r.territories().stream().map(Territory::code).toList());
        data.put("status", r.status().name());
        data.put("track_count", trackCount);
        data.put("version", r.version());
        return data;
    }

    static Map<String, Object> track(Track t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", t.id().value());
        data.put("title", t.title());
        data.put("release_id", t.releaseId() == null ? null : t.releaseId().value());
        data.put("isrc", t.isrc() == null ? null : t.isrc().value());
        data.put("duration_ms", t.durationMs());
        data.put("explicit", t.explicit());
        data.put("position", t.position());
        return data;
    }

    static Map<String, Object> artist(Artist a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", a.id().value());
        data.put("name", a.name());
        data.put("musicbrainz_id", a.musicbrainzId());
        data.put("spotify_id", a.spotifyId());
        return data;
    }
}
