package io.soundport.sdk;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The entry point of the SDK: one client per base URL and identity, immutable and safe to share between threads.
 * <pre>{@code
 * SoundportClient client = SoundportClient.builder()
 *         .baseUrl("https://api.soundport.example")
 *         .apiKey(System.getenv("SOUNDPORT_API_KEY"))
 *         .build();
 * Release release = client.releases().retrieve("rel_...");
 * }</pre>
 * Every call retries connection failures, 429 (after {@code Retry-After}), 502, 503 and 504 up to
 * {@link Builder#maxRetries(int)} times with capped exponential backoff and jitter, within an overall
 * {@link Builder#deadline(Duration) deadline}; every POST the server deduplicates carries an {@code Idempotency-Key}
 * that its retries share, so a retried POST never creates twice. Failures surface as unchecked
 * {@link io.soundport.sdk.exception.SoundportException}s. {@link #lastResponse()} tells what the last answer said
 * besides its body (request id, version, rate limits). {@link #close()} the client when the application is done with
 * it.
 */
public final class SoundportClient implements AutoCloseable {
    private final Transport transport;
    private final ReleaseService releases;
    private final TrackService tracks;
    private final ArtistService artists;
    private final LiveEventService liveEvents;
    private final CampaignService campaigns;
    private final AudienceService audiences;
    private final MusicBrainzService musicbrainz;
    private final IntegrationService integrations;
    private final SpotifyService spotify;
    private final AnalyticsService analytics;
    private final MetaService meta;
    private final AppService apps;
    private final ApiKeyService apiKeys;
    private final AuthService auth;
    private final OrganizationService organization;
    private final WebhookService webhooks;
    private final PartnerService partners;
    private final DeliveryService deliveries;
    private final NotificationService notifications;
    private final WorkflowService workflow;
    private final AuditLogService auditLog;
    private final AdminService admin;
    private final String description;

    private SoundportClient(Transport transport, String description) {
        this.transport = transport;
        this.releases = new ReleaseService(transport);
        this.tracks = new TrackService(transport);
        this.artists = new ArtistService(transport);
        this.liveEvents = new LiveEventService(transport);
        this.campaigns = new CampaignService(transport);
        this.audiences = new AudienceService(transport);
        this.musicbrainz = new MusicBrainzService(transport);
        this.integrations = new IntegrationService(transport);
        this.spotify = new SpotifyService(transport);
        this.analytics = new AnalyticsService(transport);
        this.meta = new MetaService(transport);
        this.apps = new AppService(transport);
        this.apiKeys = new ApiKeyService(transport);
        this.auth = new AuthService(transport);
        this.organization = new OrganizationService(transport);
        this.webhooks = new WebhookService(transport);
        this.partners = new PartnerService(transport);
        this.deliveries = new DeliveryService(transport);
        this.notifications = new NotificationService(transport);
        this.workflow = new WorkflowService(transport);
        this.auditLog = new AuditLogService(transport);
        this.admin = new AdminService(transport);
        this.description = description;
    }

    /**
     * A builder: a base URL and one kind of credentials are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Releases: ingest, read, edit, submit, take down.
     *
     * @return the release service
     */
    public ReleaseService releases() {
        return releases;
    }

    /**
     * Tracks.
     *
     * @return the track service
     */
    public TrackService tracks() {
        return tracks;
    }

    /**
     * Artists.
     *
     * @return the artist service
     */
    public ArtistService artists() {
        return artists;
    }

    /**
     * Live events: concerts, showcases, launches ({@code /events}).
     *
     * @return the live event service
     */
    public LiveEventService liveEvents() {
        return liveEvents;
    }

    /**
     * Marketing campaigns, run on Meta when they name an ad account ({@code /campaigns}).
     *
     * @return the campaign service
     */
    public CampaignService campaigns() {
        return campaigns;
    }

    /**
     * Audiences: custom and lookalike, pushed to Meta on demand ({@code /audiences}).
     *
     * @return the audience service
     */
    public AudienceService audiences() {
        return audiences;
    }

    /**
     * MusicBrainz searches and lookups (import a release with {@code releases().importFromMusicBrainz(..)}).
     *
     * @return the MusicBrainz service
     */
    public MusicBrainzService musicbrainz() {
        return musicbrainz;
    }

    /**
     * The signed-in user's connections to Spotify and Meta.
     *
     * @return the integrations service
     */
    public IntegrationService integrations() {
        return integrations;
    }

    /**
     * Spotify's catalog and the signed-in user's listening, through their Spotify connection.
     *
     * @return the Spotify service
     */
    public SpotifyService spotify() {
        return spotify;
    }

    /**
     * Stream analytics: stream events in; streams, revenue and real-time counts out.
     *
     * @return the analytics service
     */
    public AnalyticsService analytics() {
        return analytics;
    }

    /**
     * Meta's ads through the signed-in user's Meta connection: ad accounts, campaigns, insights, audiences, conversions.
     *
     * @return the service
     */
    public MetaService meta() {
        return meta;
    }

    /**
     * Partner applications.
     *
     * @return the application service
     */
    public AppService apps() {
        return apps;
    }

    /**
     * API keys of applications, and their verification.
     *
     * @return the API key service
     */
    public ApiKeyService apiKeys() {
        return apiKeys;
    }

    /**
     * Registration, sign-in, tokens and the profile.
     *
     * @return the auth service
     */
    public AuthService auth() {
        return auth;
    }

    /**
     * The caller's organization and its members.
     *
     * @return the organization service
     */
    public OrganizationService organization() {
        return organization;
    }

    /**
     * Webhook endpoints, the messages sent to them, and the event types; {@link Webhooks} verifies what they receive.
     *
     * @return the webhook service
     */
    public WebhookService webhooks() {
        return webhooks;
    }

    /**
     * Delivery partners (DSPs): where releases are delivered.
     *
     * @return the partner service
     */
    public PartnerService partners() {
        return partners;
    }

    /**
     * Deliveries of releases to partners, their retries, and a release's delivery status.
     *
     * @return the delivery service
     */
    public DeliveryService deliveries() {
        return deliveries;
    }

    /**
     * E-mail, SMS and push notifications: queue them, and read back how their sending went.
     *
     * @return the notification service
     */
    public NotificationService notifications() {
        return notifications;
    }

    /**
     * Workflow rules and the record of their runs.
     *
     * @return the workflow service
     */
    public WorkflowService workflow() {
        return workflow;
    }

    /**
     * The audit log: the organization's (OWNER, ADMIN, admin-scoped keys) and every organization's (platform
     * operators).
     *
     * @return the audit log service
     */
    public AuditLogService auditLog() {
        return auditLog;
    }

    /**
     * What platform operators do (every organization, its tier and standing; the gateway's upstream services);
     * refused to everyone else.
     *
     * @return the admin service
     */
    public AdminService admin() {
        return admin;
    }

    /**
     * The status and headers of the last answer this thread got from this client: request id, version
     * ({@code ETag}), {@code Idempotent-Replayed}, rate-limit headers. Kept per thread, so that threads sharing one
     * client each see the answers to their own calls; the last call's last answer (the one that succeeded after
     * retries, the 304 of a {@code retrieveIfModified}, or the error), or null when that call got no answer at all
     * (a connection failure). A call that fetches further pages of a list while iterating replaces it.
     *
     * @return the metadata, or null when this thread's last call got no answer or it made none
     */
    public ResponseMetadata lastResponse() {
        return transport.lastResponse();
    }

    /**
     * Ends this client: it refuses further calls with an {@link IllegalStateException}. When the SDK created the HTTP
     * client itself, its threads and pooled connections are released; an HTTP client given to
     * {@link Builder#httpClient(OkHttpClient)} is left as it is, for its owner to shut down. Closing twice does
     * nothing.
     */
    @Override
    public void close() {
        transport.close();
    }

    /** The HTTP client the SDK derived or built, for tests of this package. */
    OkHttpClient http() {
        return transport.http();
    }

    @Override
    public String toString() {
        return description;
    }

    /** Builds a {@link SoundportClient}; {@link #build()} fails at once when something required is missing. */
    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private String email;
        private String password;
        private String accessToken;
        private String refreshToken;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration deadline = Duration.ofSeconds(60);
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private OkHttpClient httpClient;
        private String appInfo;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Where the API is: {@code https://host[:port]}, with or without {@code /api/v1}.
         *
         * @param baseUrl an http or https URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Authenticates every request with an application's API key ({@code X-API-Key}).
         *
         * @param apiKey the key in clear
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = requireText(apiKey, "apiKey");
            return this;
        }

        /**
         * Authenticates as a user: the client signs in on its first request and renews its tokens by itself,
         * signing in again when the refresh token is refused.
         *
         * @param email    the user's e-mail
         * @param password the user's password
         * @return this builder
         */
        public Builder credentials(String email, String password) {
            this.email = requireText(email, "email");
            this.password = requireText(password, "password");
            return this;
        }

        /**
         * Authenticates with a user's tokens, as from {@code auth().login(..)}: the client refreshes the access token
         * by itself shortly before it expires or when a 401 says it did.
         *
         * @param accessToken  the access token
         * @param refreshToken the refresh token
         * @return this builder
         */
        public Builder tokens(String accessToken, String refreshToken) {
            this.accessToken = requireText(accessToken, "accessToken");
            this.refreshToken = requireText(refreshToken, "refreshToken");
            return this;
        }

        /**
         * How long to wait for a connection (10 seconds unless set).
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for an answer once connected (30 seconds unless set).
         *
         * @param readTimeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = requirePositive(readTimeout, "readTimeout");
            return this;
        }

        /**
         * How long to wait while sending a request body (30 seconds unless set).
         *
         * @param writeTimeout a positive duration
         * @return this builder
         */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = requirePositive(writeTimeout, "writeTimeout");
            return this;
        }

        /**
         * How long one call may take overall, every attempt and every pause between attempts included (60 seconds
         * unless set; {@code RequestOptions.deadline} sets it per request). A retry that cannot finish before it is
         * not started, and the exception says the deadline passed.
         *
         * @param deadline a positive duration
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            this.deadline = requirePositive(deadline, "deadline");
            return this;
        }

        /**
         * How many times a failed request is retried (2 unless set; 0 turns retries off).
         *
         * @param maxRetries 0 to 10
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = checkRetries(maxRetries);
            return this;
        }

        /**
         * The pause before the first retry (500 ms unless set); each further retry waits twice as long, up to
         * {@link #maxBackoff(Duration)}, and every pause is cut to between half and all of that at random, so that
         * clients spread out.
         *
         * @param initialBackoff a positive duration
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = requirePositive(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * The longest pause between retries (8 seconds unless set); a {@code Retry-After} from the server is
         * waited for as it says instead, up to 60 seconds.
         *
         * @param maxBackoff a positive duration, no shorter than the initial backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = requirePositive(maxBackoff, "maxBackoff");
            return this;
        }

        /** Shorter waits between retries, for tests of this package. */
        Builder retryBackoff(Duration initial, Duration max) {
            return initialBackoff(initial).maxBackoff(max);
        }

        /**
         * The HTTP client to start from, for proxies, TLS settings, interceptors or a shared connection pool. The SDK
         * derives its own from it ({@code newBuilder()}), so that this builder's connect, read and write timeouts apply
         * and the SDK alone decides on retries; the given client is left unchanged, and {@link SoundportClient#close()}
         * does not shut it down.
         *
         * @param httpClient an OkHttp client
         * @return this builder
         */
        public Builder httpClient(OkHttpClient httpClient) {
            if (httpClient == null) {
                throw new IllegalArgumentException("httpClient must not be null");
            }
            this.httpClient = httpClient;
            return this;
        }

        /**
         * Names the application that uses the SDK in the {@code User-Agent} of every request
         * ({@code soundport-java/0.1.0 MyApp/1.2}), so that the API's operators can tell its requests apart.
         *
         * @param name    the application's name, an HTTP token such as {@code MyApp}
         * @param version its version, an HTTP token such as {@code 1.2}
         * @return this builder
         * @throws IllegalArgumentException when the name or the version is not a token (letters, digits and
         *                                  {@code !#$%&'*+-.^_`|~})
         */
        public Builder appInfo(String name, String version) {
            this.appInfo = token(name, "name") + "/" + token(version, "version");
            return this;
        }

        /**
         * Names the application that uses the SDK, and where to learn about it, in the {@code User-Agent} of every
         * request ({@code soundport-java/0.1.0 MyApp/1.2 (+https://myapp.example)}).
         *
         * @param name    the application's name, an HTTP token such as {@code MyApp}
         * @param version its version, an HTTP token such as {@code 1.2}
         * @param url     an http or https URL
         * @return this builder
         * @throws IllegalArgumentException when the name or the version is not a token, or the URL is not an http or
         *                                  https URL that a header can carry
         */
        public Builder appInfo(String name, String version, String url) {
            HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
            String shown = parsed == null ? null : parsed.toString();
            if (shown == null || !shown.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != '(' && c != ')')) {
                throw new IllegalArgumentException("appInfo url must be an http or https URL without parentheses, was: "
                        + url);
            }
            this.appInfo = token(name, "name") + "/" + token(version, "version") + " (+" + shown + ")";
            return this;
        }

        /** Another clock for token expiry, for tests of this package. */
        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * The client.
         *
         * @return a new client
         * @throws IllegalStateException    when the base URL or the credentials are missing, or two kinds are given
         * @throws IllegalArgumentException when the base URL is not an http or https URL
         */
        public SoundportClient build() {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new IllegalStateException("A base URL is required: SoundportClient.builder()"
                        + ".baseUrl(\"https://api.soundport.example\")");
            }
            HttpUrl base = apiBase(baseUrl);
            int kinds = (apiKey != null ? 1 : 0) + (email != null ? 1 : 0) + (accessToken != null ? 1 : 0);
            if (kinds == 0) {
                throw new IllegalStateException("Credentials are required: .apiKey(key), .credentials(email, password)"
                        + " or .tokens(accessToken, refreshToken)");
            }
            if (kinds > 1) {
                throw new IllegalStateException("Give one kind of credentials: .apiKey, .credentials or .tokens, not several");
            }
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalStateException("maxBackoff (" + maxBackoff + ") is shorter than initialBackoff ("
                        + initialBackoff + ")");
            }
            OkHttpClient http = (httpClient != null ? httpClient.newBuilder() : new OkHttpClient.Builder())
                    .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    // the client's own retry loop decides, so that every retry keeps its Idempotency-Key
                    .retryOnConnectionFailure(false)
                    .build();
            Auth auth;
            String description;
            TokenSession session = null;
            if (apiKey != null) {
                auth = new Auth.ApiKey(apiKey);
                description = "SoundportClient[" + base + ", API key]";
            } else if (email != null) {
                session = TokenSession.credentials(email, password, clock);
                auth = session;
                description = "SoundportClient[" + base + ", credentials of " + email + "]";
            } else {
                session = TokenSession.tokens(accessToken, refreshToken, clock);
                auth = session;
                description = "SoundportClient[" + base + ", tokens]";
            }
            String userAgent = "soundport-java/" + Transport.VERSION + (appInfo == null ? "" : " " + appInfo);
            Transport transport = new Transport(http, httpClient == null, base, auth,
                    new Transport.Settings(maxRetries, initialBackoff, maxBackoff, deadline, userAgent));
            SoundportClient client = new SoundportClient(transport, description);
            if (session != null) {
                session.connect(client.auth()::refresh, client.auth()::login);
            }
            return client;
        }

        private static HttpUrl apiBase(String url) {
            HttpUrl parsed = HttpUrl.parse(url.strip());
            if (parsed == null) {
                throw new IllegalArgumentException("The base URL must be an http or https URL, was: " + url);
            }
            String path = parsed.encodedPath().replaceAll("/+$", "");
            if (!path.endsWith("/api/v1")) {
                path = path + "/api/v1";
            }
            return parsed.newBuilder().encodedPath(path + "/").query(null).fragment(null).build();
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be null or blank");
            }
            return value;
        }

        static int checkRetries(int maxRetries) {
            if (maxRetries < 0 || maxRetries > 10) {
                throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
            }
            return maxRetries;
        }

        private static String token(String value, String name) {
            if (!RequestOptions.isToken(value)) {
                throw new IllegalArgumentException("appInfo " + name + " must be an HTTP token (letters, digits and"
                        + " !#$%&'*+-.^_`|~), was: " + value);
            }
            return value;
        }

        static Duration requirePositive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration");
            }
            return value;
        }
    }
}
