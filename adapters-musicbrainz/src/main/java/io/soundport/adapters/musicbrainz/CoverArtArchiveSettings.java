package io.soundport.adapters.musicbrainz;

import io.soundport.resilience.Answer;
import io.soundport.resilience.ProviderPolicy;
import okhttp3.HttpUrl;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How Soundport calls the Cover Art Archive: where ({@code baseUrl}), as whom (the {@code User-Agent} of the
 * MusicBrainz settings it is made from: the archive is MusicBrainz's, and asks for the same), which hosts its
 * redirects may lead to ({@code imageHosts}: each one and its subdomains, the base URL's host always), how many
 * redirects it follows, the largest image it takes ({@code maxBytes}) and the {@link ProviderPolicy} of its calls.
 *
 * <p>{@link #builder(MusicBrainzSettings)} starts from the defaults: {@value #DEFAULT_BASE_URL}, images from
 * {@code archive.org} (where the archive keeps them), 5 redirects, {@link Answer#MAX_BYTES} bytes, and
 * {@code ProviderPolicy.of("Cover Art Archive")}.
 */
public record CoverArtArchiveSettings(String baseUrl, String userAgent, List<String> imageHosts, int maxRedirects,
                                      int maxBytes, ProviderPolicy policy) {
    public static final String DEFAULT_BASE_URL = "https://coverartarchive.org";
    static final String PROVIDER = "Cover Art Archive";

    public CoverArtArchiveSettings {
        if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException("Cover Art Archive base URL must be an http or https URL: " + baseUrl);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("The Cover Art Archive asks for a User-Agent");
        }
        imageHosts = imageHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).toList();
        if (imageHosts.stream().anyMatch(host -> host.isEmpty() || host.startsWith("."))) {
            throw new IllegalArgumentException("Image hosts must be host names such as archive.org: " + imageHosts);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
        if (maxBytes < 1 || maxBytes > Answer.MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + Answer.MAX_BYTES);
        }
        Objects.requireNonNull(policy, "policy");
    }

    /** The defaults, calling as the MusicBrainz settings' application and contact. */
    public static Builder builder(MusicBrainzSettings identity) {
        return new Builder(identity.userAgent());
    }

    /** True when a redirect may lead to {@code host}: the base URL's host, an image host or one of its subdomains. */
    boolean mayFollowTo(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals(HttpUrl.get(baseUrl).host())
                || imageHosts.stream().anyMatch(allowed -> name.equals(allowed) || name.endsWith("." + allowed));
    }

    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private final String userAgent;
        private List<String> imageHosts = List.of("archive.org");
        private int maxRedirects = 5;
        private int maxBytes = Answer.MAX_BYTES;
        private ProviderPolicy policy = ProviderPolicy.of(PROVIDER);

        private Builder(String userAgent) {
            this.userAgent = userAgent;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The hosts (with their subdomains) the archive's redirects may lead to, besides its own. */
        public Builder imageHosts(List<String> hosts) {
            this.imageHosts = List.copyOf(hosts);
            return this;
        }

        public Builder maxRedirects(int maxRedirects) {
            this.maxRedirects = maxRedirects;
            return this;
        }

        /** The largest image taken, at most {@link Answer#MAX_BYTES}. */
        public Builder maxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** The policy's provider name is the one messages give; keep it "Cover Art Archive". */
        public Builder policy(ProviderPolicy policy) {
            this.policy = policy;
            return this;
        }

        public CoverArtArchiveSettings build() {
            return new CoverArtArchiveSettings(baseUrl, userAgent, imageHosts, maxRedirects, maxBytes, policy);
        }
    }
}
