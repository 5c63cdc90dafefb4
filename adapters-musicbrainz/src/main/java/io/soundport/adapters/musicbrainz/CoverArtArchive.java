package io.soundport.adapters.musicbrainz;

import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.CoverImage;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.shared.DomainException;
import io.soundport.resilience.Answer;
import io.soundport.resilience.CallObserver;
import io.soundport.resilience.Pacer;
import io.soundport.resilience.ProviderCalls;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import static io.soundport.adapters.musicbrainz.CoverArtArchiveSettings.PROVIDER;

/**
 * {@link CoverArt} on the Cover Art Archive: {@code GET {base}/release/{mbid}/front}, which answers a redirect to
 * where the image is kept (archive.org, which may redirect again), or 404 when the release has no front cover.
 *
 * <p>Redirects are followed here, not by OkHttp, so that each hop is checked before anything is sent: it must lead to
 * the archive's own host or one of the settings' image hosts (else INTEGRATION_ERROR), and there may be at most
 * {@code maxRedirects} of them. Every hop goes through one {@link ProviderCalls} (timeouts, bulkhead, retries of
 * 503, the archive's rate-limit answer, circuit breaker) with the MusicBrainz {@code User-Agent}. The image is read
 * whole, up to {@code maxBytes} (a larger one, announced or sent, is an INTEGRATION_ERROR); a 404 at any hop is
 * empty; any other answer but 200 is an INTEGRATION_ERROR naming the archive.
 */
public final class CoverArtArchive implements CoverArt {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpUrl base;
    private final String userAgent;
    private final CoverArtArchiveSettings settings;
    private final ProviderCalls calls;

    public CoverArtArchive(CoverArtArchiveSettings settings) {
        this(settings, CallObserver.NONE);
    }

    /** @param observer hears every call (each hop of a redirect is one), for metrics */
    public CoverArtArchive(CoverArtArchiveSettings settings, CallObserver observer) {
        this.settings = settings;
        this.base = HttpUrl.get(settings.baseUrl());
        this.userAgent = settings.userAgent();
        this.calls = new ProviderCalls(settings.policy(), observer, Pacer.NONE,
                new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false).build());
    }

    /** The state of the circuit breaker of this instance's calls, for a gauge. */
    public BreakerState breakerState() {
        return calls.breakerState();
    }

    @Override
    public Optional<CoverImage> front(Mbid release) {
        HttpUrl url = base.newBuilder().addPathSegment("release").addPathSegment(release.value())
                .addPathSegment("front").build();
        for (int redirects = 0; ; redirects++) {
            HttpUrl asked = url;
            Hop hop = calls.execute(request(asked), answer -> read(answer, asked));
            if (hop instanceof Found found) {
                return Optional.of(found.image());
            }
            if (hop instanceof Missing) {
                return Optional.empty();
            }
            url = ((Moved) hop).to();
            if (redirects == settings.maxRedirects()) {
                throw DomainException.integration(PROVIDER + " redirected more than " + settings.maxRedirects()
                        + " times");
            }
            if (!settings.mayFollowTo(url.host())) {
                throw DomainException.integration(PROVIDER + " redirected to " + url.host()
                        + ", which is not one of its image hosts");
            }
        }
    }

    /** What one hop answered: the image, a redirect, or nothing there. */
    private sealed interface Hop permits Found, Moved, Missing {
    }

    private record Found(CoverImage image) implements Hop {
    }

    private record Moved(HttpUrl to) implements Hop {
    }

    private record Missing() implements Hop {
    }

    private Hop read(Answer answer, HttpUrl asked) throws IOException {
        int status = answer.status();
        if (status == 200) {
            return new Found(image(answer));
        }
        if (status == 404) {
            return new Missing();
        }
        if (REDIRECTS.contains(status)) {
            String location = answer.header("Location");
            HttpUrl to = location == null ? null : asked.resolve(location);
            if (to == null) {
                throw DomainException.integration(PROVIDER + " answered " + status + " without a usable Location");
            }
            return new Moved(to);
        }
        throw DomainException.integration(PROVIDER + " answered " + status);
    }

    private CoverImage image(Answer answer) throws IOException {
        int max = settings.maxBytes();
        String announced = answer.header("Content-Length");
        if (announced != null && announced.strip().matches("\\d{1,18}") && Long.parseLong(announced.strip()) > max) {
            throw tooLarge(max);
        }
        byte[] bytes = answer.body().readNBytes(max + 1);
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        if (bytes.length == 0) {
            throw DomainException.integration(PROVIDER + " answered an empty image");
        }
        String contentType = answer.header("Content-Type");
        return new CoverImage(contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
                bytes);
    }

    private static DomainException tooLarge(int max) {
        return DomainException.integration(PROVIDER + " answered an image larger than " + max + " bytes");
    }

    private Request request(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("User-Agent", userAgent)
                .header("Accept", "image/*")
                .get()
                .build();
    }
}
