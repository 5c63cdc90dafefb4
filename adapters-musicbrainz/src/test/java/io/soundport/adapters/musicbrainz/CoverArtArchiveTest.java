package io.soundport.adapters.musicbrainz;

import io.soundport.contracts.ClosingReceiver;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.resilience.ProviderPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.soundport.adapters.musicbrainz.CoverArtArchiveStub.DOWNLOAD;
import static io.soundport.adapters.musicbrainz.CoverArtArchiveStub.ITEM;
import static io.soundport.adapters.musicbrainz.CoverArtArchiveStub.WITH_COVER;
import static io.soundport.adapters.musicbrainz.CoverArtArchiveStub.frontPath;
import static io.soundport.adapters.musicbrainz.CoverArtArchiveStub.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the Cover Art Archive is sent, where its redirects may lead, and how its failures reach the core. */
class CoverArtArchiveTest {
    private static final Mbid ELSEWHERE = Mbid.of("4f7a1c2e-0000-4000-8000-000000000307");
    private final CoverArtArchiveStub archive = new CoverArtArchiveStub();

    @AfterEach
    void stop() {
        archive.close();
    }

    private static DomainException failure(Runnable call) {
        return catchThrowableOfType(DomainException.class, call::run);
    }

    @Test
    void the_front_cover_is_followed_through_both_redirects_with_the_user_agent_on_every_hop() {
        CoverImage cover = archive.coverArt().front(WITH_COVER).orElseThrow();

        assertThat(cover.contentType()).isEqualTo("image/jpeg");
        assertThat(cover.bytes()).isEqualTo(CoverArtArchiveStub.COVER);
        String userAgent = MusicBrainzSettings.builder(MusicBrainzStub.CONTACT).build().userAgent();
        assertThat(userAgent).endsWith("( " + MusicBrainzStub.CONTACT + " )");
        for (String path : List.of(frontPath(WITH_COVER), DOWNLOAD, ITEM)) {
            archive.server.verify(1, getRequestedFor(urlPathEqualTo(path)).withHeader("User-Agent", equalTo(userAgent))
                    .withHeader("Accept", equalTo("image/*")));
        }
        assertThat(archive.requests()).isEqualTo(3);
    }

    @Test
    void a_redirect_to_a_host_that_is_not_an_image_host_is_refused_before_anything_is_sent_there() {
        CoverArtArchive onlyArchiveOrg = new CoverArtArchive(archive.settings().imageHosts(List.of("archive.org"))
                .build());

        DomainException refused = failure(() -> onlyArchiveOrg.front(WITH_COVER));

        assertThat(refused.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(refused.getMessage())
                .isEqualTo("Cover Art Archive redirected to 127.0.0.1, which is not one of its image hosts");
        assertThat(archive.requests()).as("only the archive was asked").isEqualTo(1);
    }

    @Test
    void image_hosts_take_their_subdomains_and_the_archive_its_own_host() {
        CoverArtArchiveSettings settings = CoverArtArchiveSettings.builder(
                MusicBrainzSettings.builder(MusicBrainzStub.CONTACT).build()).build();

        assertThat(settings.mayFollowTo("archive.org")).isTrue();
        assertThat(settings.mayFollowTo("ia800300.us.archive.org")).isTrue();
        assertThat(settings.mayFollowTo("coverartarchive.org")).isTrue();
        assertThat(settings.mayFollowTo("notarchive.org")).isFalse();
        assertThat(settings.mayFollowTo("archive.org.example.com")).isFalse();
        assertThat(settings.mayFollowTo("169.254.169.254")).isFalse();
    }

    @Test
    void a_redirect_loop_ends_after_the_most_redirects_followed() {
        archive.server.stubFor(get(urlPathEqualTo(frontPath(ELSEWHERE)))
                .willReturn(redirect(307, archive.baseUrl() + frontPath(ELSEWHERE))));

        DomainException looped = failure(() -> new CoverArtArchive(archive.settings().maxRedirects(2).build())
                .front(ELSEWHERE));

        assertThat(looped.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(looped.getMessage()).isEqualTo("Cover Art Archive redirected more than 2 times");
        assertThat(archive.requests()).isEqualTo(3);
    }

    @Test
    void a_404_where_the_redirect_leads_is_no_cover() {
        archive.server.stubFor(get(urlPathEqualTo(frontPath(ELSEWHERE)))
                .willReturn(redirect(307, archive.imageUrl("/download/mbid-gone/mbid-gone-1.jpg"))));

        assertThat(archive.coverArt().front(ELSEWHERE)).isEmpty();
    }

    @Test
    void an_image_larger_than_the_most_bytes_taken_is_an_integration_error() {
        CoverArtArchive small = new CoverArtArchive(archive.settings().maxBytes(1_000).build());

        DomainException tooLarge = failure(() -> small.front(WITH_COVER));

        assertThat(tooLarge.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(tooLarge.getMessage()).isEqualTo("Cover Art Archive answered an image larger than 1000 bytes");
    }

    @Test
    void another_answer_is_an_integration_error_naming_the_archive() {
        archive.server.stubFor(get(urlPathEqualTo(frontPath(ELSEWHERE))).willReturn(aResponse().withStatus(403)));
        archive.server.stubFor(get(urlPathEqualTo(frontPath(MusicBrainzStub.NIRVANA)))
                .willReturn(aResponse().withStatus(307)));

        assertThat(failure(() -> archive.coverArt().front(ELSEWHERE)).getMessage())
                .isEqualTo("Cover Art Archive answered 403");
        assertThat(failure(() -> archive.coverArt().front(MusicBrainzStub.NIRVANA)).getMessage())
                .isEqualTo("Cover Art Archive answered 307 without a usable Location");
    }

    @Test
    void repeated_500s_are_retried_then_open_the_breaker_and_then_nothing_is_sent() {
        archive.server.stubFor(get(urlPathEqualTo(ITEM)).atPriority(1).willReturn(aResponse().withStatus(500)));
        CoverArtArchive coverArt = archive.coverArt();

        DomainException first = failure(() -> coverArt.front(WITH_COVER));
        assertThat(first.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
        assertThat(first.getMessage()).isEqualTo("Cover Art Archive answered 500");
        assertThat(archive.server.findAll(getRequestedFor(urlPathEqualTo(ITEM)))).as("sent, then retried twice")
                .hasSize(3);

        DomainException opened = failure(() -> coverArt.front(WITH_COVER));
        assertThat(opened.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(opened.getMessage()).startsWith("Cover Art Archive is unavailable");
        assertThat(coverArt.breakerState()).isEqualTo(BreakerState.OPEN);
        int sent = archive.requests();

        assertThat(failure(() -> coverArt.front(WITH_COVER)).code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(archive.requests()).isEqualTo(sent);
    }

    @Test
    void an_archive_that_closes_the_connection_is_an_integration_error_after_the_retries() throws IOException {
        try (ClosingReceiver rude = new ClosingReceiver()) {
            CoverArtArchive coverArt = new CoverArtArchive(archive.settings().baseUrl(rude.url(""))
                    .policy(ProviderPolicy.builder("Cover Art Archive").backoffBase(Duration.ofMillis(10)).build())
                    .build());

            DomainException dropped = failure(() -> coverArt.front(WITH_COVER));

            assertThat(dropped.code()).isEqualTo(ErrorCode.INTEGRATION_ERROR);
            assertThat(dropped.getMessage()).isEqualTo("Cover Art Archive dropped the connection before answering");
            assertThat(rude.connections()).as("sent, then retried twice").isEqualTo(3);
        }
    }
}
