package io.soundport.adapters.local.sandbox;

import io.soundport.domain.integrations.platform.ArtistRef;
import io.soundport.domain.integrations.platform.AudioFeatures;
import io.soundport.domain.integrations.platform.PlatformAlbum;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPlaylist;
import io.soundport.domain.integrations.platform.PlatformProfile;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.PlayedTrack;
import io.soundport.domain.integrations.platform.SavedTrack;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's Spotify account: a made-up listener, three artists (the sandbox MusicBrainz catalog's Aurora Lane and
 * Harbor Lights, with the same ISRCs, and Mira Okafor), eight tracks on three albums, three playlists, recent plays,
 * top items per time range, saved tracks, and audio features for every track but {@link #COPPER_SUN} (kept from
 * the application, as Spotify keeps them from applications registered after November 2024). Every id starts with
 * {@code 5andb0x}; none is a real Spotify item. Plays and saves are dated back from when the account is made.
 */
final class SandboxListening {
    static final SpotifyId AURORA_LANE = id("Art", 1);
    static final SpotifyId HARBOR_LIGHTS = id("Art", 2);
    static final SpotifyId MIRA_OKAFOR = id("Art", 3);
    static final SpotifyId POLAR_LIGHT = id("Trk", 1);
    static final SpotifyId MIDNIGHT_FERRY = id("Trk", 2);
    /** Mira Okafor featuring Aurora Lane; its audio features are not available to the application. */
    static final SpotifyId COPPER_SUN = id("Trk", 8);

    final PlatformProfile profile = new PlatformProfile("sandbox-listener", "Sandbox Listener",
            "listener@sandbox.soundport.example", "GB", "premium", 42, null);

    final List<PlatformArtist> artists = List.of(
            new PlatformArtist(AURORA_LANE, "Aurora Lane", List.of("indie folk", "chamber pop"), 61, 184_230, null),
            new PlatformArtist(HARBOR_LIGHTS, "Harbor Lights", List.of("indie rock"), 47, 52_118, null),
            new PlatformArtist(MIRA_OKAFOR, "Mira Okafor", List.of("afro soul", "neo soul"), 55, 96_407, null));

    final List<PlatformAlbum> albums;
    final List<PlatformTrack> tracks;
    final Map<SpotifyId, AudioFeatures> features;
    final List<PlatformPlaylist> playlists;
    final List<PlayedTrack> plays;
    final List<SavedTrack> saved;
    final Map<TimeRange, List<PlatformTrack>> topTracks;
    final Map<TimeRange, List<PlatformArtist>> topArtists;

    SandboxListening(Instant now) {
        ArtistRef aurora = ref(0);
        ArtistRef harbor = ref(1);
        ArtistRef mira = ref(2);
        PlatformAlbum northernSkies = new PlatformAlbum(id("Alb", 1), "Northern Skies", "album", List.of(aurora),
                "2024-03-08", 4, null);
        PlatformAlbum pier = new PlatformAlbum(id("Alb", 2), "Live at the Pier", "album", List.of(harbor), "2019",
                3, null);
        PlatformAlbum copperSun = new PlatformAlbum(id("Alb", 3), "Copper Sun", "single", List.of(mira),
                "2025-01-17", 1, null);
        albums = List.of(northernSkies, pier, copperSun);
        tracks = List.of(
                track(POLAR_LIGHT, "Polar Light", List.of(aurora), northernSkies, 214_000, 58, "GBSBX2400001"),
                track(MIDNIGHT_FERRY, "Midnight Ferry", List.of(aurora), northernSkies, 187_500, 52, "GBSBX2400002"),
                track(id("Trk", 3), "Glass Harbour", List.of(aurora), northernSkies, 243_000, 49, "GBSBX2400003"),
                track(id("Trk", 4), "Northern Skies", List.of(aurora), northernSkies, 301_250, 44, "GBSBX2400004"),
                track(id("Trk", 5), "Lantern Bay (Live)", List.of(harbor), pier, 262_000, 41, "USSBX1900001"),
                track(id("Trk", 6), "Tidewater (Live)", List.of(harbor), pier, 319_000, 38, "USSBX1900002"),
                track(id("Trk", 7), "Last Ferry Home (Live)", List.of(harbor), pier, 288_000, 35, "USSBX1900003"),
                new PlatformTrack(COPPER_SUN, "Copper Sun", List.of(mira, aurora), copperSun, 198_400, 63, true,
                        "NLSBX2500001", null));
        features = Map.of(
                POLAR_LIGHT, features(POLAR_LIGHT, 0.52, 0.41, 4, -9.8, 1, 0.68, 0.03, 0.18, 122.0, 214_000),
                MIDNIGHT_FERRY, features(MIDNIGHT_FERRY, 0.61, 0.55, 9, -8.1, 0, 0.44, 0.0, 0.47, 104.5, 187_500),
                id("Trk", 3), features(id("Trk", 3), 0.38, 0.33, 2, -11.2, 1, 0.81, 0.12, 0.22, 92.0, 243_000),
                id("Trk", 4), features(id("Trk", 4), 0.29, 0.47, 7, -10.4, 1, 0.57, 0.35, 0.15, 76.3, 301_250),
                id("Trk", 5), features(id("Trk", 5), 0.49, 0.78, 0, -6.2, 1, 0.08, 0.01, 0.53, 128.1, 262_000),
                id("Trk", 6), features(id("Trk", 6), 0.44, 0.72, 5, -6.9, 0, 0.11, 0.04, 0.39, 116.0, 319_000),
                id("Trk", 7), features(id("Trk", 7), 0.36, 0.64, 11, -7.5, 1, 0.19, 0.02, 0.31, 98.7, 288_000));
        playlists = List.of(
                new PlatformPlaylist(id("Pls", 1), "Night Drive", "Slow songs for the last ferry home",
                        profile.id(), profile.displayName(), true, false, 5, null),
                new PlatformPlaylist(id("Pls", 2), "Harbour Songs", null, profile.id(), profile.displayName(), false,
                        true, 3, null),
                new PlatformPlaylist(id("Pls", 3), "Fresh Finds (Sandbox)", "New music picked by the sandbox",
                        "soundport-sandbox", "Soundport Sandbox", true, false, 8, null));
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        plays = List.of(
                new PlayedTrack(tracks.get(7), at.minus(Duration.ofMinutes(4))),
                new PlayedTrack(tracks.get(0), at.minus(Duration.ofMinutes(8))),
                new PlayedTrack(tracks.get(1), at.minus(Duration.ofMinutes(12))),
                new PlayedTrack(tracks.get(4), at.minus(Duration.ofMinutes(47))),
                new PlayedTrack(tracks.get(5), at.minus(Duration.ofMinutes(52))),
                new PlayedTrack(tracks.get(0), at.minus(Duration.ofHours(20))));
        saved = List.of(
                new SavedTrack(tracks.get(7), at.minus(Duration.ofDays(2))),
                new SavedTrack(tracks.get(1), at.minus(Duration.ofDays(9))),
                new SavedTrack(tracks.get(0), at.minus(Duration.ofDays(9).plusHours(1))),
                new SavedTrack(tracks.get(6), at.minus(Duration.ofDays(40))),
                new SavedTrack(tracks.get(3), at.minus(Duration.ofDays(120))));
        topTracks = Map.of(
                TimeRange.SHORT_TERM, List.of(tracks.get(7), tracks.get(0), tracks.get(1), tracks.get(4)),
                TimeRange.MEDIUM_TERM, List.of(tracks.get(0), tracks.get(7), tracks.get(1), tracks.get(2),
                        tracks.get(5), tracks.get(4)),
                TimeRange.LONG_TERM, List.of(tracks.get(0), tracks.get(1), tracks.get(2), tracks.get(3),
                        tracks.get(4), tracks.get(5), tracks.get(6), tracks.get(7)));
        topArtists = Map.of(
                TimeRange.SHORT_TERM, List.of(artists.get(2), artists.get(0), artists.get(1)),
                TimeRange.MEDIUM_TERM, List.of(artists.get(0), artists.get(2), artists.get(1)),
                TimeRange.LONG_TERM, List.of(artists.get(0), artists.get(1), artists.get(2)));
    }

    private ArtistRef ref(int index) {
        return new ArtistRef(artists.get(index).id(), artists.get(index).name());
    }

    private static PlatformTrack track(SpotifyId id, String name, List<ArtistRef> artists, PlatformAlbum album,
                                       long durationMs, int popularity, String isrc) {
        return new PlatformTrack(id, name, artists, album, durationMs, popularity, false, isrc, null);
    }

    /** Speechiness and instrumentalness are low for these songs; their time signature is 4. */
    private static AudioFeatures features(SpotifyId id, double danceability, double energy, int key, double loudness,
                                          int mode, double acousticness, double instrumentalness, double valence,
                                          double tempo, long durationMs) {
        return new AudioFeatures(id, danceability, energy, key, loudness, mode, 0.04, acousticness,
                instrumentalness, 0.11, valence, tempo, 4, durationMs);
    }

    /** {@code 5andb0x} + kind + a 12-digit number: 22 base62 characters. */
    private static SpotifyId id(String kind, int n) {
        return SpotifyId.of(String.format("5andb0x%s%012d", kind, n));
    }
}
