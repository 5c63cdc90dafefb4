package io.soundport.adapters.musicbrainz;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.soundport.contracts.MediaSamples;
import io.soundport.domain.catalog.metadata.Mbid;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The Cover Art Archive on WireMock, answering as the real one does: {@code /release/{mbid}/front} of
 * {@link #WITH_COVER} is a 307 to archive.org's download URL, which is a 302 to the item's file on a storage node,
 * which is the JPEG ({@link #COVER}); any other release is the archive's 404. The archive is reached as
 * {@code localhost} and "archive.org" as {@code 127.0.0.1} (the same server under another host name), so that the
 * redirect crosses hosts as the real one does.
 */
final class CoverArtArchiveStub implements AutoCloseable {
    /** Giant Sand's "Tucson", which has a front cover in the real archive. */
    static final Mbid WITH_COVER = MusicBrainzStub.TUCSON;
    /** A release without a front cover: the archive's 404, as for an id it does not know. */
    static final Mbid WITHOUT_COVER = Mbid.of("c1d9d2b6-5e7b-4a54-9c1c-3d0a8f1c2b10");
    static final String IMAGE_HOST = "127.0.0.1";
    static final byte[] COVER = MediaSamples.jpeg(1500, 1500);
    static final String DOWNLOAD = "/download/mbid-" + WITH_COVER + "/mbid-" + WITH_COVER + "-3012495605.jpg";
    static final String ITEM = "/12/items/mbid-" + WITH_COVER + "/mbid-" + WITH_COVER + "-3012495605.jpg";

    final WireMockServer server;

    CoverArtArchiveStub() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathMatching("/release/[^/]+/front")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/plain; charset=utf-8")
                        .withBody("Not Found")));
        server.stubFor(get(urlPathEqualTo(frontPath(WITH_COVER))).willReturn(redirect(307, imageUrl(DOWNLOAD))));
        server.stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(redirect(302, imageUrl(ITEM))));
        server.stubFor(get(urlPathEqualTo(ITEM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(COVER)));
    }

    static String frontPath(Mbid release) {
        return "/release/" + release + "/front";
    }

    /** A redirect with the archive's plain-text body. */
    static ResponseDefinitionBuilder redirect(int status, String location) {
        return aResponse().withStatus(status).withHeader("Location", location)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody("See: " + location);
    }

    /** The URL of a path on "archive.org", this server under its other host name. */
    String imageUrl(String path) {
        return "http://" + IMAGE_HOST + ":" + server.port() + path;
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** Settings on this stub, "archive.org" being {@link #IMAGE_HOST}. */
    CoverArtArchiveSettings.Builder settings() {
        return CoverArtArchiveSettings.builder(MusicBrainzSettings.builder(MusicBrainzStub.CONTACT).build())
                .baseUrl(baseUrl()).imageHosts(List.of(IMAGE_HOST));
    }

    CoverArtArchive coverArt() {
        return new CoverArtArchive(settings().build());
    }

    int requests() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
    }
}
