package io.soundport.adapters.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.platform.AudioFeaturesOutcome;
import io.soundport.domain.integrations.platform.AudioFeaturesUnavailable;
import io.soundport.domain.integrations.platform.Market;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.integrations.platform.PlatformAlbum;
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
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.resilience.CallObserver;
import io.soundport.resilience.Pacer;
import io.soundport.resilience.ProviderCalls;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.soundport.adapters.spotify.SpotifySettings.PROVIDER;

/**
 * {@link MusicPlatform} on the Spotify Web API, each call with the user's access token as a bearer token, through
 * one {@link ProviderCalls} (timeouts, bulkhead, retries of 429 after its {@code Retry-After} and of 5xx, circuit
 * breaker).
 *
 * <p>Spotify's refusals: 401 is a {@link GrantRefusedException} (the token is not taken any more); 403 on audio
 * features is {@link AudioFeaturesUnavailable#NOT_AVAILABLE_FOR_APPLICATION}; another 403 is AUTHORIZATION_ERROR,
 * naming the scope the call needs when Spotify says a scope is missing; 404 (and 400 "invalid id") on a lookup is
 * NOT_FOUND; any other answer is INTEGRATION_ERROR "Spotify answered N: its message". The token is checked to be a
 * plain token before it goes into a header, and never reaches a message.
 */
public final class SpotifyMusicPlatform implements MusicPlatform {
    private static final String TOP_READ = "user-top-read";

    private final HttpUrl base;
    private final ProviderCalls calls;
    private final SpotifyJson json = new SpotifyJson();

    public SpotifyMusicPlatform(SpotifySettings settings) {
        this(settings, CallObserver.NONE);
    }

    /** @param observer hears every call Spotify is asked, for metrics */
    public SpotifyMusicPlatform(SpotifySettings settings, CallObserver observer) {
        this.base = HttpUrl.get(settings.baseUrl());
        this.calls = new ProviderCalls(settings.policy(), observer, Pacer.NONE);
    }

    /** The state of the circuit breaker of this instance's calls, for a gauge. */
    public BreakerState breakerState() {
        return calls.breakerState();
    }

    @Override
    public PlatformProfile profile(String accessToken) {
        return get(accessToken, url("me"), Target.NONE, json::profile);
    }

    @Override
    public SearchResults search(String accessToken, PlatformSearch search) {
        HttpUrl.Builder url = url("search").newBuilder()
                .addQueryParameter("q", search.query())
                .addQueryParameter("type", search.types().stream().sorted().map(SearchType::slug)
                        .collect(Collectors.joining(",")))
                .addQueryParameter("limit", String.valueOf(search.limit()))
                .addQueryParameter("offset", String.valueOf(search.offset()));
        if (search.market() != null) {
            url.addQueryParameter("market", search.market().code());
        }
        return get(accessToken, url.build(), Target.NONE, root -> new SearchResults(
                found(root, search, SearchType.TRACK, json::track),
                found(root, search, SearchType.ARTIST, json::artist),
                found(root, search, SearchType.ALBUM, json::album)));
    }

    @Override
    public PlatformTrack track(String accessToken, SpotifyId id) {
        return get(accessToken, url("tracks", id.value()), Target.lookup("track", id), json::track);
    }

    @Override
    public List<PlatformTrack> tracks(String accessToken, SpotifyIds ids) {
        HttpUrl url = url("tracks").newBuilder().addQueryParameter("ids", ids.joined()).build();
        return get(accessToken, url, Target.NONE, root -> json.list(root.path("tracks"), json::track));
    }

    @Override
    public AudioFeaturesOutcome audioFeatures(String accessToken, SpotifyId trackId) {
        Reply<AudioFeaturesOutcome> reply = send(accessToken, url("audio-features", trackId.value()), json::features);
        if (reply.status() == 403) {
            return AudioFeaturesUnavailable.NOT_AVAILABLE_FOR_APPLICATION;
        }
        return reply.orThrow(Target.lookup("track", trackId));
    }

    @Override
    public PlatformArtist artist(String accessToken, SpotifyId id) {
        return get(accessToken, url("artists", id.value()), Target.lookup("artist", id), json::artist);
    }

    @Override
    public List<PlatformTrack> artistTopTracks(String accessToken, SpotifyId artistId, Market market) {
        HttpUrl.Builder url = url("artists", artistId.value(), "top-tracks").newBuilder();
        if (market != null) {
            url.addQueryParameter("market", market.code());
        }
        return get(accessToken, url.build(), Target.lookup("artist", artistId),
                root -> json.list(root.path("tracks"), json::track));
    }

    @Override
    public PlatformPage<PlatformPlaylist> playlists(String accessToken, PlatformPageRequest page) {
        return page(accessToken, paged(url("me", "playlists"), page), "playlist-read-private", page, json::playlist);
    }

    @Override
    public List<PlayedTrack> recentlyPlayed(String accessToken, int limit) {
        HttpUrl url = url("me", "player", "recently-played").newBuilder()
                .addQueryParameter("limit", String.valueOf(PlatformPageRequest.checkedLimit(limit))).build();
        return get(accessToken, url, Target.needing("user-read-recently-played"),
                root -> json.list(root.path("items"), json::played));
    }

    @Override
    public PlatformPage<PlatformTrack> topTracks(String accessToken, TimeRange range, PlatformPageRequest page) {
        return page(accessToken, top("tracks", range, page), TOP_READ, page, json::track);
    }

    @Override
    public PlatformPage<PlatformArtist> topArtists(String accessToken, TimeRange range, PlatformPageRequest page) {
        return page(accessToken, top("artists", range, page), TOP_READ, page, json::artist);
    }

    @Override
    public PlatformPage<SavedTrack> savedTracks(String accessToken, PlatformPageRequest page) {
        return page(accessToken, paged(url("me", "tracks"), page), "user-library-read", page, json::saved);
    }

    private HttpUrl top(String type, TimeRange range, PlatformPageRequest page) {
        return paged(url("me", "top", type).newBuilder().addQueryParameter("time_range", range.slug()).build(), page);
    }

    private <T> PlatformPage<T> page(String accessToken, HttpUrl url, String scope, PlatformPageRequest page,
                                     Function<JsonNode, T> item) {
        return get(accessToken, url, Target.needing(scope),
                root -> json.page(root, page.limit(), page.offset(), item));
    }

    /** The page of one type of hits, null when the search did not ask for that type. */
    private <T> PlatformPage<T> found(JsonNode root, PlatformSearch search, SearchType type,
                                      Function<JsonNode, T> item) {
        return search.asks(type)
                ? json.page(root.path(type.slug() + "s"), search.limit(), search.offset(), item)
                : null;
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    private static HttpUrl paged(HttpUrl url, PlatformPageRequest page) {
        return url.newBuilder().addQueryParameter("limit", String.valueOf(page.limit()))
                .addQueryParameter("offset", String.valueOf(page.offset())).build();
    }

    private <T> T get(String accessToken, HttpUrl url, Target target, Function<JsonNode, T> map) {
        return send(accessToken, url, map).orThrow(target);
    }

    /**
     * Spotify's answer: read when it is a success, else its status and message, which the caller turns into the
     * port's error knowing what the call was about (audio features read a 403 as an outcome).
     */
    private <T> Reply<T> send(String accessToken, HttpUrl url, Function<JsonNode, T> map) {
        Request request = new Request.Builder().url(url)
                .header("Authorization", "Bearer " + plain(accessToken))
                .header("Accept", "application/json")
                .get()
                .build();
        return calls.execute(request, answer -> {
            byte[] body = answer.bytes();
            return answer.status() / 100 == 2
                    ? new Reply<>(answer.status(), json.parse(body, map), null)
                    : new Reply<>(answer.status(), null, json.error(body));
        });
    }

    /** The token, when it can go into a header as it is; else refused here, without a word of it. */
    private static String plain(String accessToken) {
        if (accessToken == null || accessToken.isEmpty()
                || !accessToken.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new GrantRefusedException(Provider.SPOTIFY, "The Spotify access token is missing or malformed");
        }
        return accessToken;
    }

    /** What a call is about, for its errors: the kind and id of a looked-up item, the scope the call needs. */
    private record Target(String kind, SpotifyId id, String scope) {
        static final Target NONE = new Target(null, null, null);

        static Target lookup(String kind, SpotifyId id) {
            return new Target(kind, id, null);
        }

        static Target needing(String scope) {
            return new Target(null, null, scope);
        }
    }

    /** Spotify's answer: a status, and the value read from a success or the message of a refusal (maybe null). */
    private record Reply<T>(int status, T value, String message) {
        T orThrow(Target target) {
            if (status / 100 == 2) {
                return value;
            }
            throw refusal(target);
        }

        private RuntimeException refusal(Target target) {
            String said = message == null ? "" : ": " + message;
            boolean invalidId = status == 400 && "invalid id".equalsIgnoreCase(message);
            if (status == 401) {
                return new GrantRefusedException(Provider.SPOTIFY, PROVIDER + " refused the access token" + said);
            }
            if (status == 403 && target.scope() != null && message != null
                    && message.toLowerCase(Locale.ROOT).contains("scope")) {
                return DomainException.forbidden("The Spotify connection was not granted the scope " + target.scope()
                        + "; connect Spotify again to grant it");
            }
            if (status == 403) {
                return DomainException.forbidden(PROVIDER + " refused this request (403" + said + ")");
            }
            if ((status == 404 || invalidId) && target.id() != null) {
                return DomainException.notFound("Spotify " + target.kind(), target.id().value());
            }
            return DomainException.integration(PROVIDER + " answered " + status + said);
        }
    }
}
