package io.soundport.adapters.rest.integrations;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.integrations.TrackAnalytics;
import io.soundport.domain.integrations.platform.ArtistRef;
import io.soundport.domain.integrations.platform.AudioFeatures;
import io.soundport.domain.integrations.platform.AudioFeaturesUnavailable;
import io.soundport.domain.integrations.platform.PlatformAlbum;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPlaylist;
import io.soundport.domain.integrations.platform.PlatformProfile;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.PlayedTrack;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Spotify's data as the endpoints answer it: ids are Spotify's, shapes are Soundport's. */
final class SpotifyViews {
    private SpotifyViews() {
    }

    /** A page of what Spotify holds: {@code has_more} when a next {@code offset} gives more. */
    record SpotifyPage<T>(List<T> data, @Schema(description = "how many there are in all") int total, int offset,
                          int limit, boolean hasMore) {
        static <D, T> SpotifyPage<T> of(PlatformPage<D> page, Function<D, T> view) {
            return new SpotifyPage<>(page.items().stream().map(view).toList(), page.total(), page.offset(),
                    page.limit(), page.hasMore());
        }
    }

    @Schema(name = "SpotifyProfile", description = "The Spotify account of the signed-in user's connection")
    record ProfileView(String id, @Nullable String displayName, @Nullable String email, @Nullable String country,
                       @Nullable @Schema(description = "premium, free...") String product,
                       @Nullable Integer followers, @Nullable String imageUrl) {
        static ProfileView of(PlatformProfile p) {
            return new ProfileView(p.id(), p.displayName(), p.email(), p.country(), p.product(), p.followers(),
                    p.imageUrl());
        }
    }

    @Schema(name = "SpotifyArtistRef")
    record ArtistRefView(String id, String name) {
        static List<ArtistRefView> of(List<ArtistRef> artists) {
            return artists.stream().map(a -> new ArtistRefView(a.id() == null ? null : a.id().value(), a.name()))
                    .toList();
        }
    }

    @Schema(name = "SpotifyAlbum")
    record AlbumView(String id, String name, @Nullable @Schema(description = "album, single, compilation")
    String albumType, List<ArtistRefView> artists,
                     @Nullable @Schema(description = "as precise as Spotify knows it: 2012, 2012-06 or 2012-06-11")
                     String releaseDate, @Nullable Integer totalTracks, @Nullable String imageUrl) {
        static AlbumView of(PlatformAlbum a) {
            return a == null ? null : new AlbumView(a.id() == null ? null : a.id().value(), a.name(), a.albumType(),
                    ArtistRefView.of(a.artists()), a.releaseDate(), a.totalTracks(), a.imageUrl());
        }
    }

    @Schema(name = "SpotifyTrack")
    record TrackView(String id, String name, List<ArtistRefView> artists, @Nullable AlbumView album, long durationMs,
                     @Nullable @Schema(description = "0 to 100") Integer popularity, boolean explicit,
                     @Nullable @Schema(description = "from Spotify's external ids") String isrc,
                     @Nullable String previewUrl) {
        static TrackView of(PlatformTrack t) {
            return new TrackView(t.id().value(), t.name(), ArtistRefView.of(t.artists()), AlbumView.of(t.album()),
                    t.durationMs(), t.popularity(), t.explicit(), t.isrc(), t.previewUrl());
        }
    }

    @Schema(name = "SpotifyTrackList")
    record TrackList(List<TrackView> data) {
        static TrackList of(List<PlatformTrack> tracks) {
            return new TrackList(tracks.stream().map(TrackView::of).toList());
        }
    }

    @Schema(name = "SpotifyArtist")
    record ArtistView(String id, String name, List<String> genres, @Nullable Integer popularity,
                      @Nullable Integer followers, @Nullable String imageUrl) {
        static ArtistView of(PlatformArtist a) {
            return new ArtistView(a.id().value(), a.name(), a.genres(), a.popularity(), a.followers(), a.imageUrl());
        }
    }

    @Schema(name = "SpotifyPlaylist")
    record PlaylistView(String id, String name, @Nullable String description, @Nullable String ownerId,
                        @Nullable String ownerName, @Nullable Boolean isPublic, boolean collaborative,
                        int trackCount, @Nullable String imageUrl) {
        static PlaylistView of(PlatformPlaylist p) {
            return new PlaylistView(p.id().value(), p.name(), p.description(), p.ownerId(), p.ownerName(),
                    p.isPublic(), p.collaborative(), p.trackCount(), p.imageUrl());
        }
    }

    @Schema(name = "SpotifyPlayedTrack")
    record PlayedView(TrackView track, Instant playedAt) {
        static PlayedView of(PlayedTrack p) {
            return new PlayedView(TrackView.of(p.track()), p.playedAt());
        }
    }

    @Schema(name = "SpotifyPlayedTrackList")
    record PlayedList(List<PlayedView> data) {
    }

    @Schema(name = "SpotifySearchResults", description = "A page per type asked for; a type not asked for is null")
    record SearchView(@Nullable SpotifyPage<TrackView> tracks, @Nullable SpotifyPage<ArtistView> artists,
                      @Nullable SpotifyPage<AlbumView> albums) {
    }

    @Schema(name = "SpotifyAudioFeatures", description = "Spotify's audio analysis of a track")
    record FeaturesView(double danceability, double energy, @Schema(description = "pitch class, -1 when none")
    int key, double loudness, @Schema(description = "1 major, 0 minor") int mode, double speechiness,
                        double acousticness, double instrumentalness, double liveness, double valence, double tempo,
                        int timeSignature) {
        static FeaturesView of(AudioFeatures f) {
            return new FeaturesView(f.danceability(), f.energy(), f.key(), f.loudness(), f.mode(), f.speechiness(),
                    f.acousticness(), f.instrumentalness(), f.liveness(), f.valence(), f.tempo(), f.timeSignature());
        }
    }

    @Schema(name = "SpotifyTrackAnalytics", description = "A track's popularity and audio features")
    record AnalyticsView(String trackId, String name, @Nullable Integer popularity,
                         @Schema(allowableValues = {"AVAILABLE", "NOT_AVAILABLE_FOR_APPLICATION"},
                                 description = "Spotify restricted audio features for applications registered "
                                         + "after 27 November 2024: those get NOT_AVAILABLE_FOR_APPLICATION and no "
                                         + "features") String featuresStatus,
                         @Nullable FeaturesView features) {
        static AnalyticsView of(TrackAnalytics a) {
            if (a.features() instanceof AudioFeatures f) {
                return new AnalyticsView(a.track().id().value(), a.track().name(), a.track().popularity(),
                        "AVAILABLE", FeaturesView.of(f));
            }
            return new AnalyticsView(a.track().id().value(), a.track().name(), a.track().popularity(),
                    ((AudioFeaturesUnavailable) a.features()).name(), null);
        }
    }
}
