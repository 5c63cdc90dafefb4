package io.soundport.adapters.spotify;

import io.soundport.domain.integrations.platform.ArtistRef;
import io.soundport.domain.integrations.platform.AudioFeatures;
import io.soundport.domain.integrations.platform.PlatformAlbum;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformPlaylist;
import io.soundport.domain.integrations.platform.PlatformProfile;
import io.soundport.domain.integrations.platform.PlatformSearch;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.PlayedTrack;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.TimeRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.soundport.adapters.spotify.SpotifyStub.MR_BRIGHTSIDE;
import static io.soundport.adapters.spotify.SpotifyStub.TOKEN;
import static io.soundport.adapters.spotify.SpotifyStub.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The values read from the recorded Spotify answers, and the edges of the Web API's JSON. */
class SpotifyMappingTest {
    private final SpotifyStub spotify = new SpotifyStub();
    private final SpotifyMusicPlatform platform = spotify.platform();

    @AfterEach
    void stop() {
        spotify.close();
    }

    @Test
    void the_profile_reads_every_field() {
        assertThat(platform.profile(TOKEN)).isEqualTo(new PlatformProfile("wizzler", "JM Wizzler",
                "email@example.com", "SE", "premium", 3829,
                "https://fbcdn-profile-a.akamaihd.net/hprofile-ak-frc3/t1.0-1/1970403_10152215092574354_1798272330_n.jpg"));
    }

    @Test
    void a_track_reads_its_artists_album_length_popularity_isrc_and_preview() {
        PlatformTrack track = platform.track(TOKEN, MR_BRIGHTSIDE);

        SpotifyId killers = SpotifyId.of("0C0XlULifJtAgn6ZNCW2eu");
        assertThat(track).isEqualTo(new PlatformTrack(MR_BRIGHTSIDE, "Mr. Brightside",
                List.of(new ArtistRef(killers, "The Killers")),
                new PlatformAlbum(SpotifyId.of("4OHNH3sDzIxnmUADXzv2kT"), "Hot Fuss (Deluxe Version)", "album",
                        List.of(new ArtistRef(killers, "The Killers")), null, null,
                        "https://i.scdn.co/image/ac68a9e4a867ec3ce8249cd90a2d7c73755fb487"),
                222_200, 73, false, "GBFFP0300052",
                "https://p.scdn.co/mp3-preview/4839b070015ab7d6de9fec1756e1f3096d908fba"));
    }

    @Test
    void an_isrc_is_read_from_external_ids_in_capitals_and_is_null_where_spotify_has_none() {
        String track = SpotifyStub.fixture("GetTrackRequest.json");
        spotify.override("/tracks/" + MR_BRIGHTSIDE, json(200,
                track.replace("\"isrc\": \"GBFFP0300052\"", "\"isrc\": \" gbffp0300052 \"")));
        assertThat(platform.track(TOKEN, MR_BRIGHTSIDE).isrc()).isEqualTo("GBFFP0300052");

        spotify.override("/tracks/" + MR_BRIGHTSIDE, json(200,
                track.replace("\"isrc\": \"GBFFP0300052\"", "\"ean\": \"5012345678900\"")));
        assertThat(platform.track(TOKEN, MR_BRIGHTSIDE).isrc()).isNull();

        spotify.override("/tracks/" + MR_BRIGHTSIDE, json(200,
                track.replace("\"isrc\": \"GBFFP0300052\"", "\"isrc\": \"\"")));
        assertThat(platform.track(TOKEN, MR_BRIGHTSIDE).isrc()).isNull();

        spotify.override("/tracks/" + MR_BRIGHTSIDE, json(200, track.replaceAll(
                "\"external_ids\": \\{[^}]*},", "").replace("\"popularity\": 73,", "\"popularity\": null,")));
        PlatformTrack bare = platform.track(TOKEN, MR_BRIGHTSIDE);
        assertThat(bare.isrc()).isNull();
        assertThat(bare.popularity()).isNull();
    }

    @Test
    void an_album_reads_its_release_date_and_the_widest_cover() {
        String page = SpotifyStub.fixture("GetCurrentUsersRecentlyPlayedTracksRequest.json");
        spotify.override("/me/player/recently-played", json(200, page));

        List<PlayedTrack> plays = platform.recentlyPlayed(TOKEN, 2);

        assertThat(plays.get(0).playedAt()).isEqualTo(Instant.parse("2023-09-22T15:43:33.750Z"));
        PlatformTrack first = plays.get(0).track();
        assertThat(first.name()).isEqualTo("Solitary Daze");
        assertThat(first.isrc()).isEqualTo("GB7M21425001");
        assertThat(first.artists()).extracting(ArtistRef::name).containsExactly("Maceo Plex", "Gabriel Ananda");
        assertThat(first.album().albumType()).isEqualTo("single");
        assertThat(first.album().releaseDate()).isNotNull();
        assertThat(first.album().totalTracks()).isPositive();
        assertThat(first.album().imageUrl()).startsWith("https://i.scdn.co/image/");
    }

    @Test
    void the_widest_image_wins_whatever_its_place() {
        spotify.override("/artists/" + SpotifyStub.BAND_OF_HORSES, json(200, """
                {"id":"0OdUWJ0sBjDrqHygGUXeCF","name":"Band of Horses","images":[
                 {"height":64,"url":"https://i.scdn.co/image/small","width":64},
                 {"height":640,"url":"https://i.scdn.co/image/large","width":640},
                 {"height":null,"url":null,"width":2000}]}"""));

        PlatformArtist artist = platform.artist(TOKEN, SpotifyStub.BAND_OF_HORSES);

        assertThat(artist.imageUrl()).isEqualTo("https://i.scdn.co/image/large");
        assertThat(artist.genres()).isEmpty();
        assertThat(artist.popularity()).isNull();
        assertThat(artist.followers()).isNull();
    }

    @Test
    void an_artist_reads_genres_popularity_and_followers() {
        assertThat(platform.artist(TOKEN, SpotifyStub.BAND_OF_HORSES)).isEqualTo(new PlatformArtist(
                SpotifyStub.BAND_OF_HORSES, "Band of Horses", List.of("indie folk", "indie pop"), 59, 306_565,
                "https://i.scdn.co/image/eb266625dab075341e8c4378a177a27370f91903"));
    }

    @Test
    void audio_features_read_every_measure() {
        assertThat(platform.audioFeatures(TOKEN, SpotifyStub.MEASURED)).isEqualTo(new AudioFeatures(
                SpotifyStub.MEASURED, 0.735, 0.578, 5, -11.84, 0, 0.0461, 0.514, 0.0902, 0.159, 0.624, 98.002, 4,
                255_349));
    }

    @Test
    void a_playlist_reads_its_owner_visibility_and_track_count() {
        PlatformPage<PlatformPlaylist> page = platform.playlists(TOKEN, PlatformPageRequest.first(20));

        assertThat(page.total()).isEqualTo(9);
        assertThat(page.items()).containsExactly(
                new PlatformPlaylist(SpotifyId.of("53Y8wT46QIMz5H4WQ8O22c"), "Wizzlers Big Playlist", null,
                        "wizzler", null, true, false, 30, null),
                new PlatformPlaylist(SpotifyId.of("1AVZz0mBuGbCEoNRQdYQju"), "Another Playlist", null,
                        "wizzlersmate", null, true, false, 58, null));
    }

    @Test
    void a_playlist_counted_under_items_as_spotify_now_writes_it_is_read_too() {
        spotify.override("/me/playlists", json(200, """
                {"items":[{"id":"53Y8wT46QIMz5H4WQ8O22c","name":"Mine","description":"road trip",
                 "owner":{"id":"wizzler","display_name":"JM Wizzler"},"public":null,"collaborative":true,
                 "items":{"total":12}}],"limit":20,"offset":0,"total":1}"""));

        assertThat(platform.playlists(TOKEN, PlatformPageRequest.first(20)).items()).containsExactly(
                new PlatformPlaylist(SpotifyId.of("53Y8wT46QIMz5H4WQ8O22c"), "Mine", "road trip", "wizzler",
                        "JM Wizzler", null, true, 12, null));
    }

    @Test
    void pages_read_their_total_offset_and_limit() {
        PlatformPage<PlatformTrack> top = platform.topTracks(TOKEN, TimeRange.MEDIUM_TERM,
                new PlatformPageRequest(4, 2));

        assertThat(top.total()).isEqualTo(50);
        assertThat(top.offset()).isEqualTo(2);
        assertThat(top.limit()).isEqualTo(4);
        assertThat(top.items()).extracting(PlatformTrack::name)
                .containsExactly("Piece of Art", "If Only (Mega Collab)", "Man's Not Hot", "Unforgettable");
        assertThat(top.hasMore()).isTrue();
    }

    @Test
    void a_search_reads_each_page_it_asked_for() {
        var results = platform.search(TOKEN, PlatformSearch.of("Muse", "track,artist,album", 10, 0, null));

        assertThat(results.tracks().total()).isEqualTo(11_113);
        assertThat(results.tracks().items()).first().satisfies(track -> {
            assertThat(track.name()).isEqualTo("Supermassive Black Hole");
            assertThat(track.isrc()).isEqualTo("GBAHT0500593");
        });
        assertThat(results.artists().total()).isEqualTo(171);
        assertThat(results.artists().items()).first().extracting(PlatformArtist::name)
                .isEqualTo("Muse And The Forgetting");
        assertThat(results.albums().items()).isNotEmpty();
    }

    @Test
    void local_files_and_null_items_are_left_out_of_lists() {
        String saved = SpotifyStub.fixture("SavedTracksAssembled.json");
        spotify.override("/me/tracks", json(200, """
                {"items":[null,{"added_at":"2024-01-01T00:00:00Z","track":{"id":null,"name":"demo.mp3",
                 "is_local":true,"artists":[{"id":null,"name":"Me"}],"external_ids":{}}}],
                 "limit":20,"offset":0,"total":2}"""));
        assertThat(platform.savedTracks(TOKEN, PlatformPageRequest.first(20)).items()).isEmpty();

        spotify.override("/me/tracks", json(200, saved));
        assertThat(platform.savedTracks(TOKEN, PlatformPageRequest.first(20)).items()).hasSize(4);
    }

    @Test
    void a_page_without_its_envelope_takes_the_page_asked_for() {
        spotify.override("/me/top/artists", json(200, "{\"items\":[]}"));

        PlatformPage<PlatformArtist> page = platform.topArtists(TOKEN, TimeRange.SHORT_TERM,
                new PlatformPageRequest(5, 10));

        assertThat(page).isEqualTo(new PlatformPage<PlatformArtist>(10, 10, 5, List.of()));
    }
}
