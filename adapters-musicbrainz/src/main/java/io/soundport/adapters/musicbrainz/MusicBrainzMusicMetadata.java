package io.soundport.adapters.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.resilience.CallObserver;
import io.soundport.resilience.IntervalPacer;
import io.soundport.resilience.ProviderCalls;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import static io.soundport.adapters.musicbrainz.MusicBrainzSettings.PROVIDER;

/**
 * {@link MusicMetadata} on MusicBrainz WS/2 ({@code fmt=json}): searches of artists, releases and recordings in
 * MusicBrainz's Lucene syntax, and lookups by MBID (a release with its labels, media, tracks, recordings and ISRCs; a
 * recording with its artists, ISRCs and releases).
 *
 * <p>Every request carries the settings' {@code User-Agent} and goes through one {@link ProviderCalls}
 * (timeouts, bulkhead, retries of 503, MusicBrainz's rate-limit answer, circuit breaker) paced by an
 * {@link IntervalPacer} shared by every instance of the process that calls the same host and port: one request per
 * {@code requestInterval}, a request whose turn is further than {@code maxWait} refused at once with
 * SERVICE_UNAVAILABLE. Answers are cached by URL. A 404 on a lookup is empty; a 400 on a search is a
 * VALIDATION_ERROR on {@code query} with MusicBrainz's words; anything else unexpected is an INTEGRATION_ERROR.
 */
public final class MusicBrainzMusicMetadata implements MusicMetadata {
    private static final String RELEASE_INC = "artist-credits+labels+recordings+isrcs+media";
    private static final String RECORDING_INC = "artist-credits+isrcs+releases";

    private final HttpUrl base;
    private final String userAgent;
    private final ProviderCalls calls;
    private final AnswerCache cache;
    private final Duration cacheTtl;
    private final Duration notFoundTtl;
    private final MusicBrainzJson json = new MusicBrainzJson();

    public MusicBrainzMusicMetadata(MusicBrainzSettings settings) {
        this(settings, CallObserver.NONE);
    }

    /** @param observer hears every call MusicBrainz is asked (cache hits are not calls), for metrics */
    public MusicBrainzMusicMetadata(MusicBrainzSettings settings, CallObserver observer) {
        this.base = HttpUrl.get(settings.baseUrl());
        this.userAgent = settings.userAgent();
        this.calls = new ProviderCalls(settings.policy(), observer, IntervalPacer.shared(
                base.host() + ":" + base.port(), settings.requestInterval(), settings.maxWait(), PROVIDER));
        this.cache = new AnswerCache(settings.cacheMaxEntries());
        this.cacheTtl = settings.cacheTtl();
        this.notFoundTtl = settings.notFoundTtl();
    }

    /** The state of the circuit breaker of this instance's calls, for a gauge. */
    public BreakerState breakerState() {
        return calls.breakerState();
    }

    @Override
    public MetadataPage<MetadataArtist> searchArtists(MetadataSearch search) {
        return search("artist", "artists", search, json::artist);
    }

    @Override
    public MetadataPage<MetadataRelease> searchReleases(MetadataSearch search) {
        return search("release", "releases", search, json::release);
    }

    @Override
    public MetadataPage<MetadataRecording> searchRecordings(MetadataSearch search) {
        return search("recording", "recordings", search, json::recording);
    }

    @Override
    public Optional<MetadataArtist> artist(Mbid id) {
        return lookup("artist", id, null, json::artist);
    }

    @Override
    public Optional<MetadataRelease> release(Mbid id) {
        return lookup("release", id, RELEASE_INC, json::release);
    }

    @Override
    public Optional<MetadataRecording> recording(Mbid id) {
        return lookup("recording", id, RECORDING_INC, json::recording);
    }

    private <T> MetadataPage<T> search(String entity, String list, MetadataSearch search,
                                       Function<JsonNode, T> item) {
        HttpUrl url = base.newBuilder().addPathSegment(entity)
                .addQueryParameter("query", search.query())
                .addQueryParameter("limit", String.valueOf(search.limit()))
                .addQueryParameter("offset", String.valueOf(search.offset()))
                .addQueryParameter("fmt", "json")
                .build();
        return cache.get(url.toString(), () -> calls.execute(request(url), answer -> {
            byte[] body = answer.bytes();
            return switch (answer.status()) {
                case 200 -> json.parse(body, root -> json.page(root, list, item));
                case 400 -> {
                    String error = json.error(body);
                    throw DomainException.invalid("query", error == null ? PROVIDER + " refused the query" : error);
                }
                default -> throw unexpected(answer.status(), body);
            };
        }), page -> cacheTtl);
    }

    private <T> Optional<T> lookup(String entity, Mbid id, String inc, Function<JsonNode, T> map) {
        HttpUrl.Builder url = base.newBuilder().addPathSegment(entity).addPathSegment(id.value());
        if (inc != null) {
            // WS/2 separates includes with '+', which must reach it as it is
            url.addEncodedQueryParameter("inc", inc);
        }
        HttpUrl lookup = url.addQueryParameter("fmt", "json").build();
        return cache.get(lookup.toString(), () -> calls.execute(request(lookup), answer -> {
            byte[] body = answer.bytes();
            return switch (answer.status()) {
                case 200 -> Optional.of(json.parse(body, map));
                case 404 -> Optional.<T>empty();
                default -> throw unexpected(answer.status(), body);
            };
        }), found -> found.isPresent() ? cacheTtl : notFoundTtl);
    }

    private Request request(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .get()
                .build();
    }

    private DomainException unexpected(int status, byte[] body) {
        String error = json.error(body);
        return DomainException.integration(PROVIDER + " answered " + status + (error == null ? "" : ": " + error));
    }
}
