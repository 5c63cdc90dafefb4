package io.soundport.contracts;

import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.platform.ArtistRef;
import io.soundport.domain.integrations.platform.AudioFeatures;
import io.soundport.domain.integrations.platform.AudioFeaturesUnavailable;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformPlaylist;
import io.soundport.domain.integrations.platform.PlatformSearch;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.PlayedTrack;
import io.soundport.domain.integrations.platform.SavedTrack;
import io.soundport.domain.integrations.platform.SearchResults;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.SpotifyIds;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every {@link MusicPlatform} must do, on the account and catalog its suite names: each call acts with a token
 * the platform takes and refuses any other as a {@link GrantRefusedException} naming Spotify, without the token in
 * its words; pages hold at most their limit from the offset asked, with a total no smaller than what they show;
 * lookups answer the item asked for, and NOT_FOUND for an id the platform does not know; tracks carry their
 * artists, album and a valid ISRC where the platform has one; audio features kept from the application are an
 * outcome, not an error.
 */
public abstract class MusicPlatformContract {

    protected abstract MusicPlatform platform();

    /** A token the platform takes, acting for an account with playlists, plays, top items and saved tracks. */
    protected abstract String validToken();

    /** A well-formed token the platform does not take. */
    protected String refusedToken() {
        return "BQDu7-refused-token-0123456789";
    }

    /** A search with at least two track hits and two artist hits. */
    protected abstract String searchQuery();

    /** A search with at least one album hit. */
    protected abstract String albumQuery();

    /** A track with an ISRC. */
    protected abstract SpotifyId knownTrack();

    /** Another known track. */
    protected abstract SpotifyId otherKnownTrack();

    /** A track whose audio features the platform answers. */
    protected abstract SpotifyId trackWithFeatures();

    /** A track the platform knows but keeps the audio features of from this application. */
    protected abstract SpotifyId trackWithoutFeatures();

    protected abstract SpotifyId knownArtist();

    /** An artist with top tracks; each of them credits the artist. */
    protected SpotifyId artistWithTopTracks() {
        return knownArtist();
    }

    /** An id the platform does not know. */
    protected SpotifyId unknownId() {
        return SpotifyId.of("0000000000000000000000");
    }

    @Test
    void the_profile_names_the_account() {
        assertThat(platform().profile(validToken()).id()).isNotBlank();
    }

    @Test
    void a_search_answers_a_page_of_each_type_it_asks_for_and_no_other() {
        SearchResults results = platform().search(validToken(), PlatformSearch.of(searchQuery(), "track,artist", 10,
                0, null));

        assertPage(results.tracks(), 10, 0);
        assertThat(results.tracks().items()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(this::assertTrack);
        assertPage(results.artists(), 10, 0);
        assertThat(results.artists().items()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(artist -> assertThat(artist.name()).isNotBlank());
        assertThat(results.albums()).as("albums were not asked for").isNull();
    }

    @Test
    void a_search_pages_by_limit_and_offset() {
        PlatformPage<PlatformTrack> first = platform().search(validToken(),
                PlatformSearch.of(searchQuery(), "track", 1, 0, null)).tracks();
        PlatformPage<PlatformTrack> second = platform().search(validToken(),
                PlatformSearch.of(searchQuery(), "track", 1, 1, null)).tracks();

        assertPage(first, 1, 0);
        assertThat(first.items()).hasSize(1);
        assertThat(first.hasMore()).isTrue();
        assertPage(second, 1, 1);
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().get(0).id()).isNotEqualTo(first.items().get(0).id());
    }

    @Test
    void an_album_search_answers_albums_with_their_artists() {
        SearchResults results = platform().search(validToken(), PlatformSearch.of(albumQuery(), "album", 5, 0,
                "SE"));

        assertPage(results.albums(), 5, 0);
        assertThat(results.albums().items()).isNotEmpty().allSatisfy(album -> {
            assertThat(album.name()).isNotBlank();
            assertThat(album.artists()).isNotEmpty();
        });
        assertThat(results.tracks()).isNull();
        assertThat(results.artists()).isNull();
    }

    @Test
    void a_track_answers_its_artists_album_length_and_isrc() {
        PlatformTrack track = platform().track(validToken(), knownTrack());

        assertThat(track.id()).isEqualTo(knownTrack());
        assertTrack(track);
        assertThat(track.isrc()).as("an ISRC").isNotNull();
        assertThatCode(() -> Isrc.of(track.isrc())).doesNotThrowAnyException();
    }

    @Test
    void several_tracks_answer_in_the_order_asked_leaving_out_unknown_ids() {
        List<PlatformTrack> tracks = platform().tracks(validToken(),
                SpotifyIds.of(otherKnownTrack(), unknownId(), knownTrack()));

        assertThat(tracks).extracting(PlatformTrack::id).containsExactly(otherKnownTrack(), knownTrack());
        assertThat(tracks).allSatisfy(this::assertTrack);
    }

    @Test
    void audio_features_answer_the_measures_of_the_track() {
        AudioFeatures features = (AudioFeatures) platform().audioFeatures(validToken(), trackWithFeatures());

        assertThat(features.trackId()).isEqualTo(trackWithFeatures());
        assertThat(List.of(features.danceability(), features.energy(), features.speechiness(),
                features.acousticness(), features.instrumentalness(), features.liveness(), features.valence()))
                .allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
        assertThat(features.key()).isBetween(-1, 11);
        assertThat(features.mode()).isBetween(0, 1);
        assertThat(features.tempo()).isPositive();
        assertThat(features.timeSignature()).isBetween(3, 7);
        assertThat(features.durationMs()).isPositive();
    }

    @Test
    void audio_features_kept_from_the_application_are_an_outcome_not_an_error() {
        assertThat(platform().audioFeatures(validToken(), trackWithoutFeatures()))
                .isEqualTo(AudioFeaturesUnavailable.NOT_AVAILABLE_FOR_APPLICATION);
    }

    @Test
    void an_artist_answers_their_name_and_popularity() {
        PlatformArtist artist = platform().artist(validToken(), knownArtist());

        assertThat(artist.id()).isEqualTo(knownArtist());
        assertThat(artist.name()).isNotBlank();
        assertThat(artist.popularity()).isBetween(0, 100);
    }

    @Test
    void an_artists_top_tracks_credit_that_artist() {
        List<PlatformTrack> top = platform().artistTopTracks(validToken(), artistWithTopTracks(), null);

        assertThat(top).isNotEmpty().hasSizeLessThanOrEqualTo(10).allSatisfy(track -> {
            assertTrack(track);
            assertThat(track.artists()).extracting(ArtistRef::id).contains(artistWithTopTracks());
        });
    }

    @Test
    void the_playlists_page_by_limit_and_offset() {
        PlatformPage<PlatformPlaylist> first = platform().playlists(validToken(), PlatformPageRequest.first(1));
        PlatformPage<PlatformPlaylist> second = platform().playlists(validToken(), new PlatformPageRequest(1, 1));

        assertPage(first, 1, 0);
        assertThat(first.items()).hasSize(1).allSatisfy(playlist -> {
            assertThat(playlist.name()).isNotBlank();
            assertThat(playlist.trackCount()).isNotNegative();
        });
        assertPage(second, 1, 1);
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().get(0).id()).isNotEqualTo(first.items().get(0).id());
    }

    @Test
    void recently_played_answers_the_last_plays_newest_first() {
        List<PlayedTrack> plays = platform().recentlyPlayed(validToken(), 2);

        assertThat(plays).hasSize(2);
        assertThat(plays).extracting(PlayedTrack::playedAt)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .allSatisfy(at -> assertThat(at).isBefore(Instant.now()));
        plays.forEach(play -> assertTrack(play.track()));
        assertThat(platform().recentlyPlayed(validToken(), 1)).hasSize(1);
    }

    @Test
    void recently_played_takes_one_to_fifty_plays() {
        assertThat(failure(() -> platform().recentlyPlayed(validToken(), 0)).code())
                .isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(failure(() -> platform().recentlyPlayed(validToken(), 51)).code())
                .isEqualTo(ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void the_top_tracks_and_artists_page_over_a_time_range() {
        PlatformPage<PlatformTrack> tracks = platform().topTracks(validToken(), TimeRange.SHORT_TERM,
                PlatformPageRequest.first(3));
        PlatformPage<PlatformArtist> artists = platform().topArtists(validToken(), TimeRange.LONG_TERM,
                new PlatformPageRequest(2, 1));

        assertPage(tracks, 3, 0);
        assertThat(tracks.items()).hasSize(3).allSatisfy(this::assertTrack);
        assertPage(artists, 2, 1);
        assertThat(artists.items()).hasSize(2).allSatisfy(artist -> assertThat(artist.name()).isNotBlank());
    }

    @Test
    void the_saved_tracks_page_with_when_each_was_saved() {
        PlatformPage<SavedTrack> saved = platform().savedTracks(validToken(), PlatformPageRequest.first(2));

        assertPage(saved, 2, 0);
        assertThat(saved.items()).hasSize(2).allSatisfy(item -> {
            assertTrack(item.track());
            assertThat(item.addedAt()).isBefore(Instant.now());
        });
        assertThat(saved.items()).extracting(SavedTrack::addedAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThat(failure(() -> platform().track(validToken(), unknownId())).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(failure(() -> platform().artist(validToken(), unknownId())).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(failure(() -> platform().audioFeatures(validToken(), unknownId())).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(failure(() -> platform().artistTopTracks(validToken(), unknownId(), null)).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void a_token_the_platform_does_not_take_is_a_refused_grant_that_never_repeats_it() {
        for (Runnable call : List.<Runnable>of(
                () -> platform().profile(refusedToken()),
                () -> platform().track(refusedToken(), knownTrack()),
                () -> platform().savedTracks(refusedToken(), PlatformPageRequest.first(1)))) {
            GrantRefusedException refused = catchThrowableOfType(GrantRefusedException.class, call::run);
            assertThat(refused).as("refused").isNotNull();
            assertThat(refused.provider()).isEqualTo(Provider.SPOTIFY);
            assertThat(refused.getMessage()).contains("Spotify").doesNotContain(refusedToken());
        }
    }

    private void assertTrack(PlatformTrack track) {
        assertThat(track.name()).isNotBlank();
        assertThat(track.artists()).isNotEmpty().allSatisfy(artist -> assertThat(artist.name()).isNotBlank());
        assertThat(track.album()).isNotNull();
        assertThat(track.album().name()).isNotBlank();
        assertThat(track.durationMs()).isPositive();
    }

    private static void assertPage(PlatformPage<?> page, int limit, int offset) {
        assertThat(page).as("a page").isNotNull();
        assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
        assertThat(page.offset()).isEqualTo(offset);
        assertThat(page.limit()).isEqualTo(limit);
        assertThat(page.total()).isGreaterThanOrEqualTo(page.offset() + page.items().size());
    }

    private static DomainException failure(Runnable call) {
        DomainException e = catchThrowableOfType(DomainException.class, call::run);
        assertThat(e).as("a DomainException").isNotNull();
        return e;
    }
}
