package io.soundport.sdk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.CoverArtOutcome;
import io.soundport.sdk.model.MusicBrainzArtist;
import io.soundport.sdk.model.MusicBrainzRelease;
import io.soundport.sdk.model.MusicBrainzTrack;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseArtwork;
import io.soundport.sdk.model.ReleaseImport;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.model.Track;
import io.soundport.sdk.param.MusicBrainzSearchParams;
import io.soundport.sdk.param.RegisterParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MusicBrainz searches, lookups and the release import (with its cover) through the SDK against the real server,
 * which answers from its sandbox catalog and covers (no MusicBrainz contact is configured).
 */
class MusicBrainzEndToEndTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String NORTHERN_SKIES = "5a4db0c5-0000-4000-8000-000000000101";
    private static final String LIVE_AT_THE_PIER = "5a4db0c5-0000-4000-8000-000000000103";

    @TempDir
    static Path dataDir;
    static EmbeddedServer server;

    @BeforeAll
    static void startServer() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "sdk-musicbrainz-secret-sdk-musicbrainz-secret-0123",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString()));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_release_found_by_search_is_read_and_imported_as_a_draft() {
        SoundportClient client = owner();

        SearchPage<MusicBrainzRelease> hits = client.musicbrainz().searchReleases(
                MusicBrainzSearchParams.builder("release:\"Northern Skies\"").limit(1).build());
        assertThat(hits.total()).isEqualTo(2);
        assertThat(hits.hasMore()).isTrue();
        MusicBrainzRelease best = hits.data().get(0);
        assertThat(best.id()).isEqualTo(NORTHERN_SKIES);
        assertThat(best.score()).isEqualTo(100);

        MusicBrainzRelease release = client.musicbrainz().retrieveRelease(best.id());
        assertThat(release.media().get(0).tracks()).extracting(MusicBrainzTrack::title)
                .containsExactly("Polar Light", "Midnight Ferry", "Glass Harbour", "Northern Skies");
        MusicBrainzArtist artist = client.musicbrainz().retrieveArtist(release.artists().get(0).artistId());
        assertThat(artist.name()).isEqualTo("Aurora Lane");
        assertThat(client.musicbrainz().retrieveRecording(release.media().get(0).tracks().get(0).recordingId())
                .isrcs()).containsExactly("GBSBX2400001");

        Release imported = client.releases().importFromMusicBrainz(release.id());
        assertThat(imported.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(imported.upc()).isEqualTo("5012345678900");
        assertThat(imported.tracks()).extracting(Track::isrc)
                .containsExactly("GBSBX2400001", "GBSBX2400002", "GBSBX2400003", "GBSBX2400004");
        assertThat(client.artists().retrieve(imported.artistId()).musicbrainzId()).isEqualTo(artist.id());
    }

    @Test
    void an_import_with_its_cover_says_what_became_of_the_cover() {
        SoundportClient client = owner();

        ReleaseImport covered = client.releases().importFromMusicBrainz(NORTHERN_SKIES, true);
        assertThat(covered.release().title()).isEqualTo("Northern Skies");
        assertThat(covered.cover()).isEqualTo(CoverArtOutcome.STORED);
        assertThat(covered.coverMessage()).isNull();
        ReleaseArtwork artwork = client.releases().retrieveArtwork(covered.release().id());
        assertThat(artwork.width()).isEqualTo(1400);
        assertThat(artwork.contentType()).isEqualTo("image/png");

        ReleaseImport uncovered = client.releases().importFromMusicBrainz(LIVE_AT_THE_PIER, true);
        assertThat(uncovered.release().title()).isEqualTo("Live at the Pier");
        assertThat(uncovered.cover()).isEqualTo(CoverArtOutcome.NOT_FOUND);
        assertThat(uncovered.coverMessage()).contains("no front cover");

        ReleaseImport plain = owner().releases().importFromMusicBrainz(NORTHERN_SKIES, false);
        assertThat(plain.release().status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(plain.cover()).isNull();
        assertThat(plain.coverValue()).isNull();
    }

    @Test
    void an_unknown_release_is_not_found_and_a_bad_id_or_query_is_invalid() {
        SoundportClient client = owner();

        assertThatThrownBy(() -> client.musicbrainz().retrieveRelease("00000000-0000-4000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.releases().importFromMusicBrainz("00000000-0000-4000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.releases().importFromMusicBrainz("nope"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.musicbrainz().searchArtists(MusicBrainzSearchParams.of(" ")))
                .isInstanceOf(ValidationException.class);
        assertThat(client.releases().list().data()).isEmpty();
    }

    private static SoundportClient owner() {
        String email = "mb-" + UUID.randomUUID() + "@example.com";
        SoundportClient client = SoundportClient.builder().baseUrl(server.getURL().toString())
                .credentials(email, PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(PASSWORD).name("Ada Owner")
                .organizationName("Org of " + email).build());
        return client;
    }
}
