package io.soundport.adapters.local.sandbox;

import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.platform.ArtistRef;
import io.soundport.domain.integrations.platform.AudioFeaturesOutcome;
import io.soundport.domain.integrations.platform.AudioFeaturesUnavailable;
import io.soundport.domain.integrations.platform.Market;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.PlatformArtist;
import io.soundport.domain.integrations.platform.PlatformPage;
import io.soundport.domain.integrations.platform.PlatformPageRequest;
import io.soundport.domain.integrations.platform.PlatformPlaylist;
import io.soundport.domain.integrations.platform.PlatformProfile;
import io.soundport.domain.integrations.platform.PlatformSearch;
import io.soundport.domain.integrations.platform.PlatformTrack;
import io.soundport.domain.integrations.platform.PlayedTrack;
import io.soundport.domain.integrations.platform.SavedTrack;
import io.soundport.domain.integrations.platform.SearchResults;
import io.soundport.domain.integrations.platform.SearchType;
import io.soundport.domain.integrations.platform.SpotifyId;
import io.soundport.domain.integrations.platform.SpotifyIds;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link MusicPlatform} without Spotify: one made-up account ({@link SandboxListening}) served to every token the
 * sandbox's own OAuth stand-in issued, for trying the Spotify features with no network and no Spotify application.
 * A token it did not issue is refused as Spotify refuses one ({@link GrantRefusedException}). Searches find an item
 * whose name and artists hold every word of the query (field filters such as {@code artist:} dropped), in the
 * account's order; lists page as Spotify pages them; an unknown id is NOT_FOUND; the market is not looked at (every
 * item is everywhere).
 */
public final class SandboxMusicPlatform implements MusicPlatform {
    private final Predicate<String> tokenValid;
    private final SandboxListening account = new SandboxListening(Instant.now());

    /**
     * @param tokenValid whether the sandbox issued this access token and it has neither expired nor been revoked:
     *                   {@code SandboxOAuthProvider::accepts} of the Spotify stand-in
     */
    public SandboxMusicPlatform(Predicate<String> tokenValid) {
        this.tokenValid = Objects.requireNonNull(tokenValid, "tokenValid");
    }

    @Override
    public PlatformProfile profile(String accessToken) {
        check(accessToken);
        return account.profile;
    }

    @Override
    public SearchResults search(String accessToken, PlatformSearch search) {
        check(accessToken);
        List<String> words = words(search.query());
        return new SearchResults(
                search.asks(SearchType.TRACK) ? page(hits(account.tracks, words,
                        track -> track.name() + " " + names(track.artists())), search) : null,
                search.asks(SearchType.ARTIST) ? page(hits(account.artists, words, PlatformArtist::name), search)
                        : null,
                search.asks(SearchType.ALBUM) ? page(hits(account.albums, words,
                        album -> album.name() + " " + names(album.artists())), search) : null);
    }

    @Override
    public PlatformTrack track(String accessToken, SpotifyId id) {
        check(accessToken);
        return findTrack(id).orElseThrow(() -> DomainException.notFound("Spotify track", id.value()));
    }

    @Override
    public List<PlatformTrack> tracks(String accessToken, SpotifyIds ids) {
        check(accessToken);
        return ids.ids().stream().map(this::findTrack).flatMap(Optional::stream).toList();
    }

    @Override
    public AudioFeaturesOutcome audioFeatures(String accessToken, SpotifyId trackId) {
        PlatformTrack track = track(accessToken, trackId);
        AudioFeaturesOutcome features = account.features.get(track.id());
        return features == null ? AudioFeaturesUnavailable.NOT_AVAILABLE_FOR_APPLICATION : features;
    }

    @Override
    public PlatformArtist artist(String accessToken, SpotifyId id) {
        check(accessToken);
        return account.artists.stream().filter(artist -> artist.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound("Spotify artist", id.value()));
    }

    @Override
    public List<PlatformTrack> artistTopTracks(String accessToken, SpotifyId artistId, Market market) {
        artist(accessToken, artistId);
        return account.tracks.stream()
                .filter(track -> track.artists().stream().anyMatch(artist -> artist.id().equals(artistId)))
                .sorted((a, b) -> Integer.compare(b.popularity(), a.popularity()))
                .limit(10)
                .toList();
    }

    @Override
    public PlatformPage<PlatformPlaylist> playlists(String accessToken, PlatformPageRequest page) {
        check(accessToken);
        return page(account.playlists, page.limit(), page.offset());
    }

    @Override
    public List<PlayedTrack> recentlyPlayed(String accessToken, int limit) {
        check(accessToken);
        return account.plays.stream().limit(PlatformPageRequest.checkedLimit(limit)).toList();
    }

    @Override
    public PlatformPage<PlatformTrack> topTracks(String accessToken, TimeRange range, PlatformPageRequest page) {
        check(accessToken);
        return page(account.topTracks.get(range), page.limit(), page.offset());
    }

    @Override
    public PlatformPage<PlatformArtist> topArtists(String accessToken, TimeRange range, PlatformPageRequest page) {
        check(accessToken);
        return page(account.topArtists.get(range), page.limit(), page.offset());
    }

    @Override
    public PlatformPage<SavedTrack> savedTracks(String accessToken, PlatformPageRequest page) {
        check(accessToken);
        return page(account.saved, page.limit(), page.offset());
    }

    private void check(String accessToken) {
        if (accessToken == null || !tokenValid.test(accessToken)) {
            throw new GrantRefusedException(Provider.SPOTIFY,
                    "Spotify (sandbox) refused the access token: the sandbox did not issue it, or it expired");
        }
    }

    private Optional<PlatformTrack> findTrack(SpotifyId id) {
        return account.tracks.stream().filter(track -> track.id().equals(id)).findFirst();
    }

    private static <T> PlatformPage<T> page(List<T> all, PlatformSearch search) {
        return page(all, search.limit(), search.offset());
    }

    private static <T> PlatformPage<T> page(List<T> all, int limit, int offset) {
        List<T> items = all.stream().skip(offset).limit(limit).toList();
        return new PlatformPage<>(all.size(), offset, limit, items);
    }

    private static <T> List<T> hits(List<T> all, List<String> words, Function<T, String> text) {
        return all.stream()
                .filter(item -> {
                    String named = text.apply(item).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(named::contains);
                })
                .toList();
    }

    private static String names(List<ArtistRef> artists) {
        return artists.stream().map(ArtistRef::name).collect(Collectors.joining(" "));
    }

    /** The query's words in lower case, Spotify's field filters ({@code artist:}, {@code year:}) dropped. */
    private static List<String> words(String query) {
        String plain = query.toLowerCase(Locale.ROOT).replaceAll("\\b[a-z_]+:", " ").replace("\"", " ");
        return Arrays.stream(plain.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
