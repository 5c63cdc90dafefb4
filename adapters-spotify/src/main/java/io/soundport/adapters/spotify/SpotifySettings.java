package io.soundport.adapters.spotify;

import io.soundport.resilience.ProviderPolicy;
import okhttp3.HttpUrl;

import java.util.Objects;

/**
 * Where Soundport calls the Spotify Web API ({@code baseUrl}, {@value #DEFAULT_BASE_URL} unless set, for tests or a
 * proxy) and the {@link ProviderPolicy} of those calls ({@code ProviderPolicy.of("Spotify")}: connect 5 s, call 15 s,
 * 10 calls at once, 2 retries, a {@code Retry-After} of up to 5 s waited for, a breaker over the last 10 attempts).
 */
public record SpotifySettings(String baseUrl, ProviderPolicy policy) {
    public static final String DEFAULT_BASE_URL = SpotifyAccountsSettings.DEFAULT_API_URL;
    static final String PROVIDER = SpotifyAccountsSettings.PROVIDER;

    public SpotifySettings {
        if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException("Spotify API base URL must be an http or https URL: " + baseUrl);
        }
        Objects.requireNonNull(policy, "policy");
    }

    /** The defaults: Spotify's own API under {@code ProviderPolicy.of("Spotify")}. */
    public static SpotifySettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private ProviderPolicy policy = ProviderPolicy.of(PROVIDER);

        private Builder() {
        }

        /** {@code SOUNDPORT_SPOTIFY_API_URL}: the Web API's root, version included. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The policy's provider name is the one messages give; keep it "Spotify". */
        public Builder policy(ProviderPolicy policy) {
            this.policy = policy;
            return this;
        }

        public SpotifySettings build() {
            return new SpotifySettings(baseUrl, policy);
        }
    }
}
