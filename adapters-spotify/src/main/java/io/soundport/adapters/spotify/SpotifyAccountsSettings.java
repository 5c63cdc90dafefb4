package io.soundport.adapters.spotify;

import io.soundport.resilience.ProviderPolicy;
import okhttp3.HttpUrl;

import java.util.List;
import java.util.Objects;

/**
 * How Soundport signs users in with Spotify: the Accounts service ({@code accountsUrl}), the Web API
 * ({@code apiUrl}, for the account's id), the app's client id and secret (from the Spotify developer dashboard), the
 * scopes asked for, and the {@link ProviderPolicy} of the calls. {@link #builder(String, String)} starts from
 * Spotify's own hosts and the scopes Soundport's features read with.
 */
public record SpotifyAccountsSettings(String accountsUrl, String apiUrl, String clientId, String clientSecret,
                                      List<String> scopes, ProviderPolicy policy) {
    public static final String DEFAULT_ACCOUNTS_URL = "https://accounts.spotify.com";
    public static final String DEFAULT_API_URL = "https://api.spotify.com/v1";
    public static final List<String> DEFAULT_SCOPES = List.of("user-read-email", "user-read-private",
            "user-top-read", "user-library-read", "streaming", "user-read-recently-played");
    static final String PROVIDER = "Spotify";

    public SpotifyAccountsSettings {
        url(accountsUrl, "Accounts");
        url(apiUrl, "Web API");
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("Spotify needs the client id and the client secret");
        }
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(policy, "policy");
    }

    public static Builder builder(String clientId, String clientSecret) {
        return new Builder(clientId, clientSecret);
    }

    @Override
    public String toString() {
        return "SpotifyAccountsSettings[accountsUrl=" + accountsUrl + ", apiUrl=" + apiUrl + ", clientId=" + clientId
                + ", clientSecret=***, scopes=" + scopes + "]";
    }

    private static void url(String value, String what) {
        if (value == null || HttpUrl.parse(value) == null) {
            throw new IllegalArgumentException("Spotify " + what + " URL must be an http or https URL: " + value);
        }
    }

    public static final class Builder {
        private String accountsUrl = DEFAULT_ACCOUNTS_URL;
        private String apiUrl = DEFAULT_API_URL;
        private final String clientId;
        private final String clientSecret;
        private List<String> scopes = DEFAULT_SCOPES;
        private ProviderPolicy policy = ProviderPolicy.of(PROVIDER);

        private Builder(String clientId, String clientSecret) {
            this.clientId = clientId;
            this.clientSecret = clientSecret;
        }

        public Builder accountsUrl(String accountsUrl) {
            this.accountsUrl = accountsUrl;
            return this;
        }

        public Builder apiUrl(String apiUrl) {
            this.apiUrl = apiUrl;
            return this;
        }

        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /** The policy's provider name is the one messages give; keep it "Spotify". */
        public Builder policy(ProviderPolicy policy) {
            this.policy = policy;
            return this;
        }

        public SpotifyAccountsSettings build() {
            return new SpotifyAccountsSettings(accountsUrl, apiUrl, clientId, clientSecret, scopes, policy);
        }
    }
}
