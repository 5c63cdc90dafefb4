package io.soundport.adapters.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.integrations.platform.ArtistRef;
import io.soundport.domain.integrations.platform.AudioFeatures;
import io.soundport.domain.integrations.platform.PlatformAlbum;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPlaylist;
import io.soundport.domain.integrations.platform.PlatformProfile;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.PlayedTrack;
import io.soundport.domain.integrations.platform.SavedTrack;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.shared.DomainException;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import static io.soundport.adapters.spotify.SpotifySettings.PROVIDER;

/**
 * Web API JSON to the port's records, read as a tree: a member absent or null is a null (an empty list for lists),
 * one it does not know is passed over. Ids, names and the numbers of audio features are required; a body without
 * them, with an id that is no Spotify id, or not JSON at all is an INTEGRATION_ERROR. A local file (a track the user
 * added from their own disk: {@code is_local}, no Spotify id, no ISRC) and a {@code null} item are left out of lists.
 */
final class SpotifyJson {
    private static final int MAX_ERROR_TEXT = 300;
    private final ObjectMapper mapper = new ObjectMapper();

    /** The body mapped by {@code map}, or INTEGRATION_ERROR when it is not what the Web API answers. */
    <T> T parse(byte[] body, Function<JsonNode, T> map) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return Objects.requireNonNull(map.apply(root), "nothing read");
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.integration(PROVIDER + " answered a body that cannot be read as its JSON");
        }
    }

    /**
     * The {@code message} of a Web API error body ({@code {"error":{"status":403,"message":"..."}}}), printable and
     * short; null when there is none (Spotify sends some errors with a status alone).
     */
    String error(byte[] body) {
        try {
            JsonNode message = mapper.readTree(body).path("error").path("message");
            if (!message.isTextual() || message.asText().isBlank()) {
                return null;
            }
            String printable = message.asText().replaceAll("\\p{Cntrl}+", " ").strip();
            return printable.length() > MAX_ERROR_TEXT ? printable.substring(0, MAX_ERROR_TEXT) + "…" : printable;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    PlatformProfile profile(JsonNode node) {
        return new PlatformProfile(required(node, "id"), text(node, "display_name"), text(node, "email"),
                text(node, "country"), text(node, "product"), number(node.path("followers"), "total"),
                image(node));
    }

    /** A track, or null for a local file (which has no Spotify id). */
    PlatformTrack track(JsonNode node) {
        if (node.path("is_local").asBoolean(false) || node.path("id").isNull()) {
            return null;
        }
        JsonNode album = node.path("album");
        Long duration = wholeNumber(node, "duration_ms");
        return new PlatformTrack(id(node), required(node, "name"), artists(node),
                album.isObject() ? album(album) : null, duration == null ? 0 : duration,
                number(node, "popularity"), node.path("explicit").asBoolean(false),
                isrc(node.path("external_ids")), text(node, "preview_url"));
    }

    PlatformAlbum album(JsonNode node) {
        return new PlatformAlbum(id(node), required(node, "name"), text(node, "album_type"), artists(node),
                text(node, "release_date"), number(node, "total_tracks"), image(node));
    }

    PlatformArtist artist(JsonNode node) {
        return new PlatformArtist(id(node), required(node, "name"), list(node.path("genres"), JsonNode::asText),
                number(node, "popularity"), number(node.path("followers"), "total"), image(node));
    }

    /** Spotify has counted a playlist's tracks under {@code tracks} and, since 2025, also under {@code items}. */
    PlatformPlaylist playlist(JsonNode node) {
        JsonNode owner = node.path("owner");
        Integer count = number(node.path("tracks"), "total");
        if (count == null) {
            count = number(node.path("items"), "total");
        }
        JsonNode isPublic = node.path("public");
        return new PlatformPlaylist(id(node), required(node, "name"), text(node, "description"),
                text(owner, "id"), text(owner, "display_name"), isPublic.isBoolean() ? isPublic.asBoolean() : null,
                node.path("collaborative").asBoolean(false), count == null ? 0 : count, image(node));
    }

    /** A play of a track, or null when the track is a local file. */
    PlayedTrack played(JsonNode node) {
        PlatformTrack track = track(node.path("track"));
        return track == null ? null : new PlayedTrack(track, Instant.parse(required(node, "played_at")));
    }

    /** A saved track, or null when the track is a local file. */
    SavedTrack saved(JsonNode node) {
        PlatformTrack track = track(node.path("track"));
        return track == null ? null : new SavedTrack(track, Instant.parse(required(node, "added_at")));
    }

    AudioFeatures features(JsonNode node) {
        return new AudioFeatures(id(node), decimal(node, "danceability"), decimal(node, "energy"),
                (int) decimal(node, "key"), decimal(node, "loudness"), (int) decimal(node, "mode"),
                decimal(node, "speechiness"), decimal(node, "acousticness"), decimal(node, "instrumentalness"),
                decimal(node, "liveness"), decimal(node, "valence"), decimal(node, "tempo"),
                (int) decimal(node, "time_signature"), (long) decimal(node, "duration_ms"));
    }

    /**
     * A paging object ({@code items}, {@code total}, {@code offset}, {@code limit}); an envelope member the Web API
     * left out is what was asked for ({@code offset}, {@code limit}) or what arrived ({@code total}).
     */
    <T> PlatformPage<T> page(JsonNode node, int limit, int offset, Function<JsonNode, T> item) {
        List<T> items = list(node.path("items"), item);
        Integer total = number(node, "total");
        Integer from = number(node, "offset");
        Integer size = number(node, "limit");
        int start = from == null ? offset : from;
        return new PlatformPage<>(total == null ? start + items.size() : total, start, size == null ? limit : size,
                items);
    }

    /** Each element mapped, nulls and what maps to null (local files) left out. */
    <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        for (JsonNode element : array) {
            T mapped = element.isNull() ? null : item.apply(element);
            if (mapped != null) {
                items.add(mapped);
            }
        }
        return items;
    }

    private List<ArtistRef> artists(JsonNode node) {
        return list(node.path("artists"), artist -> new ArtistRef(id(artist), required(artist, "name")));
    }

    /** The ISRC as Spotify has it, in capitals; null when it has none. The catalog checks it before using it. */
    static String isrc(JsonNode externalIds) {
        String isrc = text(externalIds, "isrc");
        return isrc == null ? null : isrc.toUpperCase(Locale.ROOT);
    }

    /** The widest of the images Spotify lists (it lists them widest first, but does not promise it). */
    private static String image(JsonNode node) {
        JsonNode widest = null;
        for (JsonNode image : node.path("images")) {
            if (text(image, "url") != null && (widest == null
                    || image.path("width").asInt(0) > widest.path("width").asInt(0))) {
                widest = image;
            }
        }
        return widest == null ? null : text(widest, "url");
    }

    private static SpotifyId id(JsonNode node) {
        return SpotifyId.of(required(node, "id"));
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    /** The member's text, stripped; null when absent, null, blank or not text. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static Long wholeNumber(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asLong() : null;
    }

    private static Integer number(JsonNode node, String field) {
        Long value = wholeNumber(node, field);
        return value == null ? null : Math.toIntExact(value);
    }

    private static double decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value.asDouble();
    }
}
