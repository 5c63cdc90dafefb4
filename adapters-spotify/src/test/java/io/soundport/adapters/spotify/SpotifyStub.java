package io.soundport.adapters.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.resilience.ProviderPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The Spotify Web API on WireMock, answering {@link #TOKEN} with the recorded bodies of
 * {@code src/test/resources/spotify} (see its README): the profile, searches, {@link #MR_BRIGHTSIDE} and
 * {@link #SOMEBODY_TOLD_ME}, the audio features of {@link #MEASURED} (and Spotify's bare 403 for those of
 * {@link #MR_BRIGHTSIDE}, as it answers applications registered after November 2024), {@link #BAND_OF_HORSES}, the
 * top tracks of {@link #ELVIS}, and the account's playlists, plays, top items and saved tracks. Lists are cut to the
 * {@code limit} and {@code offset} asked, as Spotify pages; any other token is Spotify's 401, any other path its 404.
 */
final class SpotifyStub implements AutoCloseable {
    static final String TOKEN = "BQC4-stub-access-token_for.tests~1";
    static final SpotifyId MR_BRIGHTSIDE = SpotifyId.of("3n3Ppam7vgaVa1iaRUc9Lp");
    static final SpotifyId SOMEBODY_TOLD_ME = SpotifyId.of("3twNvmDtFQtAd5gMKedhLD");
    static final SpotifyId MEASURED = SpotifyId.of("06AKEBrKUckW0KREUWRnvT");
    static final SpotifyId BAND_OF_HORSES = SpotifyId.of("0OdUWJ0sBjDrqHygGUXeCF");
    static final SpotifyId ELVIS = SpotifyId.of("43ZHCT0cAZBISjO8DG9PnE");
    static final String BEARER = "Bearer " + TOKEN;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    final WireMockServer server;

    SpotifyStub() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new Rewrite()));
        server.start();
        // Spotify's answers to a token it does not take, and to an id it does not know
        server.stubFor(any(anyUrl()).atPriority(2).withHeader("Authorization", notMatching("Bearer " + TOKEN))
                .willReturn(error(401, "Invalid access token")));
        server.stubFor(any(anyUrl()).atPriority(2).withHeader("Authorization", absent())
                .willReturn(error(401, "No token provided")));
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(error(404, "non existing id")));

        answer("/me", json(200, fixture("GetCurrentUsersProfileRequest.json")));
        answer("/search", rewritten(searchBody(), Rewrite.PAGES));
        answer("/tracks/" + MR_BRIGHTSIDE, json(200, fixture("GetTrackRequest.json")));
        answer("/tracks", rewritten(fixture("GetSeveralTracksRequest.json"), Rewrite.SEVERAL_TRACKS));
        answer("/audio-features/" + MEASURED, json(200, fixture("GetAudioFeaturesForTrackRequest.json")));
        answer("/audio-features/" + MR_BRIGHTSIDE, json(403, "{\"error\":{\"status\":403}}"));
        answer("/artists/" + BAND_OF_HORSES, json(200, fixture("GetArtistRequest.json")));
        answer("/artists/" + ELVIS + "/top-tracks", json(200, fixture("GetArtistsTopTracksRequest.json")));
        answer("/me/playlists", paged("GetListOfCurrentUsersPlaylistsRequest.json"));
        answer("/me/player/recently-played", paged("GetCurrentUsersRecentlyPlayedTracksRequest.json"));
        answer("/me/top/tracks", paged("GetUsersTopTracksRequest.json"));
        answer("/me/top/artists", paged("GetUsersTopArtistsRequest.json"));
        answer("/me/tracks", paged("SavedTracksAssembled.json"));
    }

    /** Settings on this stub: no retry waits longer than a test wants, the default breaker. */
    SpotifySettings.Builder settings() {
        return SpotifySettings.builder().baseUrl(baseUrl())
                .policy(ProviderPolicy.builder("Spotify").backoffBase(Duration.ofMillis(20)).build());
    }

    SpotifyMusicPlatform platform() {
        return new SpotifyMusicPlatform(settings().build());
    }

    String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    int requests() {
        return server.getAllServeEvents().size();
    }

    /** Answers GET {@code /v1{path}} with the token, before the stub's own answers. */
    void override(String path, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo("/v1" + path)).atPriority(1).withHeader("Authorization", equalTo(BEARER))
                .willReturn(answer));
    }

    private void answer(String path, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo("/v1" + path)).atPriority(5).withHeader("Authorization", equalTo(BEARER))
                .willReturn(answer));
    }

    private static ResponseDefinitionBuilder paged(String fixture) {
        return rewritten(fixture(fixture), Rewrite.PAGES);
    }

    private static ResponseDefinitionBuilder rewritten(String body, String as) {
        return json(200, body).withTransformers(Rewrite.NAME).withTransformerParameter("as", as);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    /** A Web API error body, as Spotify writes them. */
    static ResponseDefinitionBuilder error(int status, String message) {
        return json(status, "{\"error\":{\"status\":" + status + ",\"message\":\"" + message + "\"}}");
    }

    static String fixture(String name) {
        URL resource = SpotifyStub.class.getResource("/spotify/" + name);
        if (resource == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Files.readString(Path.of(resource.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("fixture " + name + " cannot be read", e);
        }
    }

    /**
     * One search answer holding every type: the recorded track and artist pages, and a page of the distinct albums
     * of the recorded track hits (Spotify's search answers albums in that same simplified shape).
     */
    private static String searchBody() {
        try {
            ObjectNode body = MAPPER.createObjectNode();
            JsonNode tracks = MAPPER.readTree(fixture("SearchTracksRequest.json")).get("tracks");
            body.set("tracks", tracks);
            body.set("artists", MAPPER.readTree(fixture("SearchArtistsRequest.json")).get("artists"));
            Map<String, JsonNode> albums = new LinkedHashMap<>();
            tracks.get("items").forEach(track -> albums.putIfAbsent(track.get("album").get("id").asText(),
                    track.get("album")));
            ObjectNode albumPage = body.putObject("albums");
            albumPage.putArray("items").addAll(albums.values());
            albumPage.put("limit", 10).put("offset", 0).put("total", albums.size());
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String query(ServeEvent event, String name, String otherwise) {
        QueryParameter parameter = event.getRequest().queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : otherwise;
    }

    /**
     * Rewrites a recorded body as Spotify would answer the request: {@link #PAGES} cuts each paging object (the root,
     * or {@code tracks}, {@code artists}, {@code albums} of a search) to the {@code limit} and {@code offset} asked and
     * drops the search types not asked for; {@link #SEVERAL_TRACKS} answers {@code ids} with the recorded tracks of
     * those ids in that order, {@code null} for any other.
     */
    private static final class Rewrite implements ResponseTransformerV2 {
        static final String NAME = "spotify-rewrite";
        static final String PAGES = "pages";
        static final String SEVERAL_TRACKS = "several-tracks";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public Response transform(Response response, ServeEvent event) {
            try {
                ObjectNode body = (ObjectNode) MAPPER.readTree(response.getBodyAsString());
                ObjectNode rewritten = PAGES.equals(event.getTransformerParameters().getString("as"))
                        ? pages(body, event) : severalTracks(body, event);
                return Response.Builder.like(response).but().body(MAPPER.writeValueAsString(rewritten)).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static ObjectNode pages(ObjectNode body, ServeEvent event) {
            int limit = Integer.parseInt(query(event, "limit", "20"));
            int offset = Integer.parseInt(query(event, "offset", "0"));
            cut(body, limit, offset);
            List<String> types = Arrays.asList(query(event, "type", "").split(","));
            for (String type : List.of("track", "artist", "album")) {
                if (types.contains(type) && body.path(type + "s").isObject()) {
                    cut((ObjectNode) body.get(type + "s"), limit, offset);
                } else {
                    body.remove(type + "s");
                }
            }
            return body;
        }

        private static void cut(ObjectNode page, int limit, int offset) {
            if (!page.path("items").isArray()) {
                return;
            }
            ArrayNode all = (ArrayNode) page.get("items");
            ArrayNode cut = MAPPER.createArrayNode();
            for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
                cut.add(all.get(i));
            }
            page.set("items", cut);
            page.put("limit", limit);
            if (page.has("offset")) {
                page.put("offset", offset);
            }
        }

        private static ObjectNode severalTracks(ObjectNode recorded, ServeEvent event) {
            Map<String, JsonNode> known = new LinkedHashMap<>();
            recorded.get("tracks").forEach(track -> known.put(track.get("id").asText(), track));
            ObjectNode body = MAPPER.createObjectNode();
            ArrayNode tracks = body.putArray("tracks");
            for (String id : query(event, "ids", "").split(",")) {
                tracks.add(known.getOrDefault(id, MAPPER.nullNode()));
            }
            return body;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
