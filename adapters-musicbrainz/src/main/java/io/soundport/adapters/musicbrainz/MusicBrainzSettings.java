package io.soundport.adapters.musicbrainz;

import io.soundport.resilience.ProviderPolicy;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How Soundport calls MusicBrainz WS/2: where ({@code baseUrl}), as whom (the {@code User-Agent}
 * {@code <applicationName>/<version> ( <contact> )} MusicBrainz asks every client for; {@code contact} is an e-mail
 * address or a URL), how often (one request per {@code requestInterval} for the whole process, a request whose turn
 * is further than {@code maxWait} refused at once), what it remembers ({@code cacheMaxEntries} answers, successes for
 * {@code cacheTtl}, unknown ids for {@code notFoundTtl}) and the {@link ProviderPolicy} of its calls.
 *
 * <p>{@link #builder(String)} starts from the defaults: {@value #DEFAULT_BASE_URL}, "Soundport" at this module's
 * version, 1 request a second, 10 s of waiting at most, 1,000 answers kept 1 hour (unknown ids 5 minutes), and
 * {@code ProviderPolicy.of("MusicBrainz")}.
 */
public record MusicBrainzSettings(String baseUrl, String applicationName, String version, String contact,
                                  Duration requestInterval, Duration maxWait, int cacheMaxEntries, Duration cacheTtl,
                                  Duration notFoundTtl, ProviderPolicy policy) {
    public static final String DEFAULT_BASE_URL = "https://musicbrainz.org/ws/2";
    static final String PROVIDER = "MusicBrainz";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._+-]+");
    private static final Pattern CONTACT = Pattern.compile("[\\x21-\\x27\\x2a-\\x7e]+");

    public MusicBrainzSettings {
        if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException("MusicBrainz base URL must be an http or https URL: " + baseUrl);
        }
        if (applicationName == null || !TOKEN.matcher(applicationName).matches()
                || version == null || !TOKEN.matcher(version).matches()) {
            throw new IllegalArgumentException("MusicBrainz application name and version must be plain tokens");
        }
        if (contact == null || !CONTACT.matcher(contact).matches()
                || !(contact.contains("@") || contact.startsWith("http"))) {
            throw new IllegalArgumentException(
                    "MusicBrainz asks for a contact in the User-Agent: an e-mail address or a URL, without spaces");
        }
        notNegative(requestInterval, "requestInterval");
        notNegative(maxWait, "maxWait");
        notNegative(cacheTtl, "cacheTtl");
        notNegative(notFoundTtl, "notFoundTtl");
        if (cacheMaxEntries < 0) {
            throw new IllegalArgumentException("cacheMaxEntries must not be negative");
        }
        Objects.requireNonNull(policy, "policy");
    }

    /** The defaults, with the contact MusicBrainz asks for. */
    public static Builder builder(String contact) {
        return new Builder(contact);
    }

    /** {@code Soundport/0.1.0 ( ops@soundport.example )}. */
    public String userAgent() {
        return applicationName + "/" + version + " ( " + contact + " )";
    }

    private static void notNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or more");
        }
    }

    /** This module's version, as Maven wrote it into {@code version.properties}. */
    static String moduleVersion() {
        try (InputStream in = MusicBrainzSettings.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return TOKEN.matcher(version).matches() ? version : "dev";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private String applicationName = "Soundport";
        private String version = moduleVersion();
        private final String contact;
        private Duration requestInterval = Duration.ofSeconds(1);
        private Duration maxWait = Duration.ofSeconds(10);
        private int cacheMaxEntries = 1_000;
        private Duration cacheTtl = Duration.ofHours(1);
        private Duration notFoundTtl = Duration.ofMinutes(5);
        private ProviderPolicy policy = ProviderPolicy.of(PROVIDER);

        private Builder(String contact) {
            this.contact = contact;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder application(String name, String version) {
            this.applicationName = name;
            this.version = version;
            return this;
        }

        /** One request per {@code interval} to this base URL's host and port, for the whole process. */
        public Builder requestInterval(Duration interval) {
            this.requestInterval = interval;
            return this;
        }

        public Builder maxWait(Duration maxWait) {
            this.maxWait = maxWait;
            return this;
        }

        /** {@code maxEntries} 0 keeps nothing. */
        public Builder cache(int maxEntries, Duration ttl, Duration notFoundTtl) {
            this.cacheMaxEntries = maxEntries;
            this.cacheTtl = ttl;
            this.notFoundTtl = notFoundTtl;
            return this;
        }

        /** The policy's provider name is the one messages give; keep it "MusicBrainz". */
        public Builder policy(ProviderPolicy policy) {
            this.policy = policy;
            return this;
        }

        public MusicBrainzSettings build() {
            return new MusicBrainzSettings(baseUrl, applicationName, version, contact, requestInterval, maxWait,
                    cacheMaxEntries, cacheTtl, notFoundTtl, policy);
        }
    }
}
