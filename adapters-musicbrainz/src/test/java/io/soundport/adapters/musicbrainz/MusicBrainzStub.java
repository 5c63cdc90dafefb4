package io.soundport.adapters.musicbrainz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.soundport.domain.catalog.metadata.Mbid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * MusicBrainz WS/2 on WireMock, answering with the recorded bodies of {@code src/test/resources/musicbrainz}: the
 * three searches (the recorded page sliced to the {@code limit} and {@code offset} asked, as MusicBrainz pages), the
 * lookups of {@link #NIRVANA}, {@link #TUCSON} and {@link #ALONE_AGAIN_OR}, and MusicBrainz's 404 for any other id.
 * It notes when each request arrived ({@link #arrivals()}, {@code System.nanoTime()}).
 */
final class MusicBrainzStub implements AutoCloseable {
    static final Mbid NIRVANA = Mbid.of("5b11f4ce-a62d-471e-81fc-a69a8278c7da");
    static final Mbid TUCSON = Mbid.of("12195c41-6136-4dfd-acf1-9923dadc73e2");
    static final Mbid ALONE_AGAIN_OR = Mbid.of("9408b8ce-9b95-4fb0-ac70-595d054a15c6");
    static final String CONTACT = "tests@soundport.example";

    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    final WireMockServer server;

    MusicBrainzStub() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new Paging(), new Arrivals(arrivals)));
        server.start();
        search("artist", "ArtistSearch.json");
        search("release", "ReleaseSearch.json");
        search("recording", "RecordingSearch.json");
        server.stubFor(get(urlPathMatching("/ws/2/(artist|release|recording)/[^/]+")).atPriority(10)
                .willReturn(json(404, "UrlLookupNotFound.json")));
        lookup("artist", NIRVANA, "artist-lookup-url-rels-release-groups.json");
        lookup("release", TUCSON, "ReleaseLookupWithIsrcs.json");
        lookup("recording", ALONE_AGAIN_OR, "RecordingLookupWithArtistsReleasesTagsGenresRatingsUrlRels.json");
    }

    /** Settings on this stub, unpaced and uncached unless a test says otherwise. */
    MusicBrainzSettings.Builder settings() {
        return MusicBrainzSettings.builder(CONTACT).baseUrl(baseUrl()).requestInterval(Duration.ZERO)
                .cache(0, Duration.ZERO, Duration.ZERO);
    }

    /** An adapter on this stub with {@link #settings()}. */
    MusicBrainzMusicMetadata metadata() {
        return new MusicBrainzMusicMetadata(settings().build());
    }

    String baseUrl() {
        return server.baseUrl() + "/ws/2";
    }

    int requests() {
        return server.getAllServeEvents().size();
    }

    List<Long> arrivals() {
        return arrivals;
    }

    static String fixture(String name) {
        try (InputStream in = MusicBrainzStub.class.getResourceAsStream("/musicbrainz/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(fixture(fixture));
    }

    private void search(String entity, String fixture) {
        server.stubFor(get(urlPathEqualTo("/ws/2/" + entity)).withQueryParam("fmt", equalTo("json"))
                .willReturn(json(200, fixture).withTransformers(Paging.NAME)
                        .withTransformerParameter("list", entity + "s")));
    }

    private void lookup(String entity, Mbid id, String fixture) {
        server.stubFor(get(urlPathEqualTo("/ws/2/" + entity + "/" + id)).withQueryParam("fmt", equalTo("json"))
                .willReturn(json(200, fixture)));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Slices a recorded search page to the {@code limit} and {@code offset} of the request. */
    private static final class Paging implements ResponseTransformerV2 {
        static final String NAME = "musicbrainz-paging";
        private final ObjectMapper mapper = new ObjectMapper();

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
                int limit = Integer.parseInt(event.getRequest().queryParameter("limit").firstValue());
                int offset = Integer.parseInt(event.getRequest().queryParameter("offset").firstValue());
                ObjectNode page = (ObjectNode) mapper.readTree(response.getBodyAsString());
                ArrayNode hits = (ArrayNode) page.get(event.getTransformerParameters().getString("list"));
                ArrayNode sliced = mapper.createArrayNode();
                for (int i = offset; i < Math.min(hits.size(), offset + limit); i++) {
                    sliced.add(hits.get(i));
                }
                page.set(event.getTransformerParameters().getString("list"), sliced);
                page.put("offset", offset);
                return Response.Builder.like(response).but().body(mapper.writeValueAsString(page)).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Notes when each request arrived, before WireMock matches it. */
    private record Arrivals(List<Long> times) implements ServeEventListener {
        @Override
        public void beforeMatch(ServeEvent event, Parameters parameters) {
            times.add(System.nanoTime());
        }

        @Override
        public String getName() {
            return "arrivals";
        }
    }
}
