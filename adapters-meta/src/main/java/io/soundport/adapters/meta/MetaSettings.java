package io.soundport.adapters.meta;

import io.soundport.resilience.ProviderPolicy;
import okhttp3.HttpUrl;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How Soundport calls Meta: the login dialog's host ({@code oauthUrl}), the Graph API's ({@code graphUrl}) and its
 * version, the app's id and secret (from the Meta developer dashboard), the permissions asked for, and the
 * {@link ProviderPolicy} of the calls. {@link #builder(String, String)} starts from Meta's own hosts, version
 * {@value #DEFAULT_API_VERSION} and the permissions the marketing features need.
 */
public record MetaSettings(String oauthUrl, String graphUrl, String apiVersion, String appId, String appSecret,
                           List<String> scopes, ProviderPolicy policy) {
    public static final String DEFAULT_OAUTH_URL = "https://www.facebook.com";
    public static final String DEFAULT_GRAPH_URL = "https://graph.facebook.com";
    public static final String DEFAULT_API_VERSION = "v23.0";
    public static final List<String> DEFAULT_SCOPES =
            List.of("ads_management", "ads_read", "business_management", "read_insights");
    static final String PROVIDER = "Meta";
    private static final Pattern VERSION = Pattern.compile("v\\d{1,3}\\.\\d{1,2}");

    public MetaSettings {
        url(oauthUrl, "login dialog");
        url(graphUrl, "Graph API");
        if (apiVersion == null || !VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("Meta API version must look like v23.0: " + apiVersion);
        }
        if (appId == null || appId.isBlank() || appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("Meta needs the app id and the app secret");
        }
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(policy, "policy");
    }

    public static Builder builder(String appId, String appSecret) {
        return new Builder(appId, appSecret);
    }

    @Override
    public String toString() {
        return "MetaSettings[oauthUrl=" + oauthUrl + ", graphUrl=" + graphUrl + ", apiVersion=" + apiVersion
                + ", appId=" + appId + ", appSecret=***, scopes=" + scopes + "]";
    }

    private static void url(String value, String what) {
        if (value == null || HttpUrl.parse(value) == null) {
            throw new IllegalArgumentException("Meta " + what + " URL must be an http or https URL: " + value);
        }
    }

    public static final class Builder {
        private String oauthUrl = DEFAULT_OAUTH_URL;
        private String graphUrl = DEFAULT_GRAPH_URL;
        private String apiVersion = DEFAULT_API_VERSION;
        private final String appId;
        private final String appSecret;
        private List<String> scopes = DEFAULT_SCOPES;
        private ProviderPolicy policy = ProviderPolicy.of(PROVIDER);

        private Builder(String appId, String appSecret) {
            this.appId = appId;
            this.appSecret = appSecret;
        }

        public Builder oauthUrl(String oauthUrl) {
            this.oauthUrl = oauthUrl;
            return this;
        }

        public Builder graphUrl(String graphUrl) {
            this.graphUrl = graphUrl;
            return this;
        }

        public Builder apiVersion(String apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /** The policy's provider name is the one messages give; keep it "Meta". */
        public Builder policy(ProviderPolicy policy) {
            this.policy = policy;
            return this;
        }

        public MetaSettings build() {
            return new MetaSettings(oauthUrl, graphUrl, apiVersion, appId, appSecret, scopes, policy);
        }
    }
}
