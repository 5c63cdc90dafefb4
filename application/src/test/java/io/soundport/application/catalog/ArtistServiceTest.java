package io.soundport.application.catalog;

import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ReleaseDetails;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ArtistServiceTest {
    private static final String MUSICBRAINZ = "8a44d6ae-0d7a-4bb2-9a45-6cb4dbbb8d39";
    private static final String SPOTIFY = "7G1GBhoKtEPnP86X2PvEYO";

    private final Core core = new Core();
    private final ArtistService artists = core.artists();
    private final Caller member = core.member(Role.MEMBER);

    private Artist nina() {
        return artists.create(member, CreateArtistCommand.of(" Nina Simone ", MUSICBRAINZ.toUpperCase(), SPOTIFY));
    }

    @Test
    void creates_an_artist_with_its_external_ids_normalized() {
        Artist artist = nina();

        assertThat(artist.name()).isEqualTo("Nina Simone");
        assertThat(artist.musicbrainzId()).isEqualTo(MUSICBRAINZ);
        assertThat(artist.spotifyId()).isEqualTo(SPOTIFY);
        assertThat(artist.version()).isEqualTo(1);
        assertThat(artists.get(member, artist.id())).isEqualTo(artist);
        assertThat(core.pendingEvents("artist.created", member.organizationId())).hasSize(1);
    }

    @Test
    void a_create_command_names_every_invalid_field() {
        assertInvalid(() -> CreateArtistCommand.of(" ", "not-a-uuid", "short"), "name", "musicbrainzId", "spotifyId");
    }

    @Test
    void an_update_keeps_absent_fields_and_clears_an_id_given_empty() {
        Artist artist = nina();

        Artist changed = artists.update(member, UpdateArtistCommand.of(artist.id(), "Nina", "", null, 1L));

        assertThat(changed.name()).isEqualTo("Nina");
        assertThat(changed.musicbrainzId()).as("cleared").isNull();
        assertThat(changed.spotifyId()).as("kept").isEqualTo(SPOTIFY);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(core.pendingEvents("artist.updated", member.organizationId())).hasSize(1);
    }

    @Test
    void an_update_command_names_every_invalid_field() {
        Artist artist = nina();

        assertInvalid(() -> UpdateArtistCommand.of(artist.id(), "", "not-a-uuid", "short", null),
                "name", "musicbrainzId", "spotifyId");
    }

    @Test
    void an_update_against_a_stale_version_changes_nothing() {
        Artist artist = nina();
        artists.update(member, UpdateArtistCommand.of(artist.id(), "Nina", null, null, 1L));

        assertRejected(() -> artists.update(member, UpdateArtistCommand.of(artist.id(), "Stale", null, null, 1L)),
                ErrorCode.PRECONDITION_FAILED);

        assertThat(artists.get(member, artist.id()).name()).isEqualTo("Nina");
    }

    @Test
    void listing_filters_by_name_and_ignores_a_blank_filter() {
        Artist miles = artists.create(member, CreateArtistCommand.of("Miles Davis", null, null));
        Artist anthony = artists.create(member, CreateArtistCommand.of("Anthony Davis", null, null));
        Artist john = artists.create(member, CreateArtistCommand.of("John Coltrane", null, null));

        assertThat(artists.list(member, ListArtistsQuery.of(" davis ", null, null)).items())
                .containsExactlyInAnyOrder(miles, anthony);
        assertThat(artists.list(member, new ListArtistsQuery(" ", PageRequest.first(10))).items())
                .containsExactlyInAnyOrder(miles, anthony, john);
    }

    @Test
    void an_artist_with_a_release_cannot_be_deleted_and_a_viewer_cannot_write() {
        ReleaseDetails release = core.releases().ingest(member, aReleaseDraft().build());
        Caller viewer = core.colleague(member, Role.VIEWER);

        assertRejected(() -> artists.delete(member, DeleteCommand.of(release.artist().id())), ErrorCode.CONFLICT);
        assertRejected(() -> artists.create(viewer, CreateArtistCommand.of("Nope", null, null)),
                ErrorCode.AUTHORIZATION_ERROR);
        assertThat(artists.get(viewer, release.artist().id())).isEqualTo(release.artist());
    }
}
