package io.soundport.application.testing;

import io.soundport.adapters.csv.CommonsCsvSalesReportReader;
import io.soundport.adapters.json.JsonEventPayloads;
import io.soundport.adapters.local.AesGcmSecretCipher;
import io.soundport.adapters.local.BcryptPasswordHasher;
import io.soundport.adapters.local.FileBlobStore;
import io.soundport.adapters.local.InMemoryPersistence;
import io.soundport.adapters.local.JdkMediaInspector;
import io.soundport.adapters.local.RecordingNotificationSender;
import io.soundport.adapters.local.UlidIdGenerator;
import io.soundport.adapters.local.sandbox.SandboxAdsPlatform;
import io.soundport.adapters.local.sandbox.SandboxMusicMetadata;
import io.soundport.adapters.local.sandbox.SandboxMusicPlatform;
import io.soundport.adapters.local.sandbox.SandboxOAuthProvider;
import io.soundport.adapters.mustache.MustacheTemplateRenderer;
import io.soundport.application.analytics.AnalyticsQueries;
import io.soundport.application.analytics.CampaignAnalytics;
import io.soundport.application.analytics.ReportImportService;
import io.soundport.application.analytics.ReportImportWorker;
import io.soundport.application.analytics.StreamIngestion;
import io.soundport.application.catalog.ArtistService;
import io.soundport.application.catalog.IngestReleaseCommand.RawTrack;
import io.soundport.application.catalog.IngestReleaseCommand;
import io.soundport.application.catalog.MediaAssetService;
import io.soundport.application.catalog.MediaCleanup;
import io.soundport.application.catalog.MetadataService;
import io.soundport.application.catalog.ReleaseImportService;
import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.catalog.TrackImports;
import io.soundport.application.catalog.TrackService;
import io.soundport.application.identity.Accounts;
import io.soundport.application.identity.ApiKeyService;
import io.soundport.application.identity.ApplicationService;
import io.soundport.application.identity.AuthService;
import io.soundport.application.identity.AuthThrottle;
import io.soundport.application.identity.Authenticator;
import io.soundport.application.identity.EmailVerificationService;
import io.soundport.application.identity.EmailVerificationSettings;
import io.soundport.application.identity.InvitationMails;
import io.soundport.application.identity.OrganizationService;
import io.soundport.application.integrations.CallbackCommand;
import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.integrations.MetaAccess;
import io.soundport.application.integrations.MetaAdsService;
import io.soundport.application.marketing.AudienceService;
import io.soundport.application.marketing.AudienceSyncService;
import io.soundport.application.marketing.AudienceSyncWorker;
import io.soundport.application.marketing.CampaignsUsingAudience;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.application.integrations.OAuthClients;
import io.soundport.application.integrations.TrackSyncService;
import io.soundport.application.integrations.TrackSyncWorker;
import io.soundport.application.live.LiveEventService;
import io.soundport.application.marketing.CampaignChanges;
import io.soundport.application.marketing.CampaignMonitor;
import io.soundport.application.marketing.CampaignReadings;
import io.soundport.application.marketing.CampaignReferences;
import io.soundport.application.marketing.CampaignService;
import io.soundport.application.marketing.CampaignsOnMeta;
import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.notifications.NotificationService;
import io.soundport.application.notifications.NotificationTemplateService;
import io.soundport.application.notifications.NotificationWorker;
import io.soundport.application.notifications.OptOutService;
import io.soundport.application.platform.IdempotentCommands;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import io.soundport.domain.shared.PublishedEvent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The framework-free core wired on the in-memory adapters, a hand-moved clock and real ULIDs, plus the builders and
 * checks the use-case tests share. One per test: nothing is shared between tests.
 */
public final class Core {
    public static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    /** Cost 10, the lowest bcrypt allows here, keeps the suite fast. */
    private static final BcryptPasswordHasher PASSWORDS = new BcryptPasswordHasher(10);

    public final MutableClock clock = new MutableClock(T0);
    public final InMemoryPersistence store = new InMemoryPersistence();
    public final UlidIdGenerator ids = new UlidIdGenerator(() -> clock.now().toEpochMilli());
    /** The trace the core's work runs in; nothing is current unless a test says so. */
    public final ScriptedTrace trace = new ScriptedTrace();
    public final EventRecorder events = new EventRecorder(store.outbox(), new JsonEventPayloads(), ids, clock, trace);
    public final AuditRecorder audit = new AuditRecorder(store.auditLog(), ids, clock);
    public final Authenticator authenticator = new Authenticator(store.apiKeys(), store.memberships(),
            store.organizations(), clock);

    public final NotificationQueue notificationQueue = new NotificationQueue(store.notifications(), store.optOuts(),
            store.jobs(), ids, clock, trace);

    /** Every mail the core sent, such as verification links, once {@link #sendQueuedMail()} ran the queue. */
    public final RecordingNotificationSender mail = new RecordingNotificationSender(clock);
    public final EmailVerificationService verification = new EmailVerificationService(store.transactions(),
            store.users(), store.emailVerificationTokens(), notificationQueue, new EmailVerificationSettings(
                    EmailVerificationSettings.DEFAULT_LIFETIME, EmailVerificationSettings.DEFAULT_RESEND_INTERVAL,
                    "https://soundport.example/api/v1/auth/verify-email/{token}"), clock);

    private AuthService auth;
    private FileBlobStore blobs;

    /** Media files, in a folder of their own under {@code target/core-blobs}. */
    public FileBlobStore blobs() {
        if (blobs == null) {
            try {
                blobs = new FileBlobStore(Files.createDirectories(Path.of("target", "core-blobs"))
                        .resolve(ids.next("blobs")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return blobs;
    }

    /** Track audio and release artwork, stored in {@link #blobs()}. */
    public MediaAssetService media() {
        return media(blobs());
    }

    /** Track audio and release artwork, stored in {@code blobs} (a folder the test looks into). */
    public MediaAssetService media(BlobStore blobs) {
        return new MediaAssetService(store.transactions(), store.tracks(), store.releases(), store.mediaAssets(),
                new MediaAssetService.MediaStorage(blobs, new JdkMediaInspector(), ids), clock, audit);
    }

    /** Removes the media of deleted tracks and releases from {@link #blobs()}. */
    public MediaCleanup mediaCleanup() {
        return new MediaCleanup(store.mediaAssets(), blobs());
    }

    public NotificationService notifications() {
        return new NotificationService(store.transactions(), store.notifications(), store.notificationTemplates(),
                notificationQueue, new MustacheTemplateRenderer(), audit);
    }

    public LiveEventService liveEvents() {
        return new LiveEventService(store.transactions(), store.liveEvents(), events, ids, clock, audit);
    }

    public NotificationTemplateService notificationTemplates() {
        return new NotificationTemplateService(store.transactions(), store.notificationTemplates(),
                new MustacheTemplateRenderer(), ids, clock, audit);
    }

    public OptOutService optOuts() {
        return new OptOutService(store.transactions(), store.optOuts(), clock, audit);
    }

    /** A worker that sends through {@code sender} on the default schedule and lease. */
    public NotificationWorker notificationWorker(NotificationSender sender) {
        return new NotificationWorker(store.transactions(), store.notifications(), store.optOuts(), store.jobs(),
                sender, events, NotificationWorker.Settings.DEFAULT, clock, trace);
    }

    public AuthService auth() {
        // built on demand: its accounts hash a decoy password
        if (auth == null) {
            auth = new AuthService(store.transactions(), store.organizations(), store.memberships(),
                    store.refreshTokens(), new Accounts(store.users(), store.memberships(), PASSWORDS, verification, ids), ids, clock,
                    new AuthThrottle(store.rateLimits(), clock, AuthThrottle.Settings.DEFAULTS), audit);
        }
        return auth;
    }

    /** Sends every notification queued so far (that is due) into {@link #mail}, as the worker would. */
    public void sendQueuedMail() {
        NotificationWorker worker = notificationWorker(mail);
        while (worker.runOnce("core-mail", 100) > 0) {
            // until the queue has nothing due
        }
    }

    /** The token of the newest verification link mailed to this address, after sending what was queued. */
    public String verificationTokenMailedTo(String email) {
        sendQueuedMail();
        List<RecordingNotificationSender.Sent> sent = mail.sent().stream().filter(s -> s.to().equals(email)).toList();
        assertThat(sent).as("mails to %s", email).isNotEmpty();
        Matcher link = Pattern.compile("/auth/verify-email/(\\S+)").matcher(sent.get(sent.size() - 1).body());
        assertThat(link.find()).as("a verification link").isTrue();
        return link.group(1);
    }

    public OrganizationService organizations() {
        return new OrganizationService(store.transactions(), store.organizations(), store.users(), store.memberships(),
                authenticator, ids, clock, audit, new InvitationMails(notificationQueue,
                "https://soundport.example/api/v1/auth/register"), connections()::forgetMember);
    }

    public final SandboxOAuthProvider spotifyOAuth = new SandboxOAuthProvider(Provider.SPOTIFY, clock);
    public final SandboxOAuthProvider metaOAuth = new SandboxOAuthProvider(Provider.META, clock);
    public OAuthClients oauthClients = new OAuthClients(List.of(spotifyOAuth, metaOAuth),
            URI.create("https://soundport.example/api/v1"), new AesGcmSecretCipher(new byte[32]));

    public MusicPlatform spotify = new SandboxMusicPlatform(spotifyOAuth::accepts);

    public final SandboxAdsPlatform metaAds = new SandboxAdsPlatform(metaOAuth::accepts, clock::now);

    public MetaAdsService metaAdsService() {
        return new MetaAdsService(connections(), metaAds, store.transactions(), audit, clock);
    }

    public CampaignService campaigns() {
        return new CampaignService(store.transactions(), store.campaigns(), campaignReferences(), events, ids, clock,
                audit);
    }

    public CampaignChanges campaignChanges() {
        return new CampaignChanges(store.transactions(), store.campaigns(), campaignReferences(), campaignsOnMeta(),
                events, clock, audit);
    }

    public CampaignMonitor campaignMonitor(Duration interval) {
        return new CampaignMonitor(store.transactions(), store.campaigns(), store.jobs(),
                new CampaignReadings(campaignsOnMeta(), store.campaignInsights()), events, clock, trace, interval);
    }

    private CampaignReferences campaignReferences() {
        return new CampaignReferences(store.releases(), store.tracks(), store.audiences());
    }

    private CampaignsOnMeta campaignsOnMeta() {
        return new CampaignsOnMeta(connections(), metaAds);
    }

    /** Meta's ads as the audiences' syncs reach them: the sandbox unless a test sets another. */
    public AdsPlatform audienceAds = metaAds;

    public AudienceService audiences() {
        return new AudienceService(store.transactions(), store.audiences(), new CampaignsUsingAudience(store.campaigns()), ids,
                clock, audit);
    }

    public AudienceSyncService audienceSync() {
        return new AudienceSyncService(store.transactions(), store.audiences(), store.jobs(),
                new MetaAccess(connections(), audienceAds), audit, clock, trace);
    }

    public AudienceSyncWorker audienceSyncWorker() {
        return new AudienceSyncWorker(store.transactions(), store.audiences(), store.jobs(),
                new MetaAccess(connections(), audienceAds), clock, trace);
    }

    public TrackImports trackImports() {
        return new TrackImports(store.tracks(), store.artists(), events, audit, ids, clock);
    }

    public TrackSyncService trackSyncs() {
        return new TrackSyncService(store.transactions(), store.trackSyncs(), store.jobs(), connections(), audit, ids,
                clock, trace);
    }

    public TrackSyncWorker trackSyncWorker() {
        return new TrackSyncWorker(store.transactions(), store.trackSyncs(), store.jobs(),
                connections(), spotify, trackImports(), clock, trace);
    }

    public ConnectionService connections() {
        return new ConnectionService(store.transactions(), store.connections(), store.pendingAuthorizations(),
                store.memberships(), oauthClients, events, audit, ids, clock);
    }

    public ApplicationService applications() {
        return new ApplicationService(store.transactions(), store.applications(), store.apiKeys(), authenticator, ids,
                clock, audit);
    }

    public ApiKeyService apiKeys() {
        return new ApiKeyService(store.transactions(), store.applications(), store.apiKeys(), authenticator, ids, clock, audit);
    }

    public ArtistService artists() {
        return new ArtistService(store.transactions(), store.artists(), store.releases(), store.tracks(),
                events, ids, clock, audit);
    }

    public ReleaseService releases() {
        return new ReleaseService(store.transactions(), store.releases(), store.tracks(), store.artists(),
                events, ids, clock, audit, mediaCleanup());
    }

    /** The metadata source the catalog searches and imports from: the sandbox's unless a test sets another. */
    public MusicMetadata musicMetadata = new SandboxMusicMetadata();

    public MetadataService metadata() {
        return new MetadataService(musicMetadata);
    }

    public ReleaseImportService releaseImports() {
        return new ReleaseImportService(store.transactions(), store.artists(), releases(), musicMetadata, events, clock);
    }

    public TrackService tracks() {
        return new TrackService(store.transactions(), store.tracks(), store.releases(), store.artists(),
                events, ids, clock, audit, mediaCleanup());
    }

    public StreamIngestion streamIngestion() {
        return new StreamIngestion(store.streamFacts(), store.tracks(), clock);
    }

    public ReportImportService reportImports() {
        return new ReportImportService(store.transactions(), store.reportImports(), store.jobs(), blobs(),
                new CommonsCsvSalesReportReader(), audit, ids, clock, trace);
    }

    public ReportImportWorker reportImportWorker() {
        return new ReportImportWorker(store.transactions(), store.reportImports(), store.jobs(), blobs(),
                new CommonsCsvSalesReportReader(), store.streamFacts(), store.tracks(), clock, trace);
    }

    public AnalyticsQueries analytics() {
        return new AnalyticsQueries(store.streamFacts(), store.tracks(), store.campaignInsights(), clock);
    }

    public CampaignAnalytics campaignAnalytics() {
        return new CampaignAnalytics(store.campaigns(), store.audiences(), store.campaignInsights(), clock);
    }

    public IdempotentCommands idempotency() {
        return new IdempotentCommands(store.idempotency(), store.transactions(), clock);
    }

    // --- callers -------------------------------------------------------------------------------------------------

    /** A member of a fresh organization (the organization itself need not be stored for catalog use cases). */
    public Caller member(Role role) {
        return Caller.member(OrganizationId.generate(ids), UserId.generate(ids), role);
    }

    /** Another member of the same organization. */
    public Caller colleague(Caller of, Role role) {
        return Caller.member(of.organizationId(), UserId.generate(ids), role);
    }

    public Caller apiKeyOf(Caller of, Scope... scopes) {
        return Caller.apiKey(of.organizationId(), ApiKeyId.generate(ids), Set.of(scopes));
    }

    /** Connects the user to the provider's sandbox, which approves at once (its callback completed here). */
    public void connect(Caller who, Provider provider) {
        ConnectionService connections = connections();
        URI back = connections.start(who, provider).authorizationUrl();
        Map<String, String> values = new HashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        connections.complete(new CallbackCommand(provider, values.get("state"), values.get("code"), null));
    }

    // --- outbox --------------------------------------------------------------------------------------------------

    public List<PublishedEvent> pendingEvents() {
        return store.outbox().pending(10_000);
    }

    public List<PublishedEvent> pendingEvents(String type, OrganizationId organizationId) {
        return pendingEvents().stream()
                .filter(e -> e.type().equals(type) && e.organizationId().equals(organizationId.value()))
                .toList();
    }

    // --- builders ------------------------------------------------------------------------------------------------

    public static ReleaseDraftBuilder aReleaseDraft() {
        return new ReleaseDraftBuilder();
    }

    public static RawTrack aTrack(String title) {
        return new RawTrack(title, null, 200_000L, false, null);
    }

    public static RawTrack aTrackAt(String title, Integer position) {
        return new RawTrack(title, null, 200_000L, false, position);
    }

    /** Builds the command of a release ingestion; its defaults ingest and can be submitted. */
    public static final class ReleaseDraftBuilder {
        private String title = "Mezzanine";
        private String artistId;
        private String artistName = "Massive Attack";
        private String upc;
        private String releaseDate = "2026-11-27";
        private List<String> territories = List.of("GB", "US");
        private List<RawTrack> tracks = new ArrayList<>(List.of(aTrack("Angel"), aTrack("Risingson")));

        public ReleaseDraftBuilder title(String value) {
            title = value;
            return this;
        }

        public ReleaseDraftBuilder artistId(String value) {
            artistId = value;
            artistName = null;
            return this;
        }

        public ReleaseDraftBuilder artistName(String value) {
            artistName = value;
            return this;
        }

        public ReleaseDraftBuilder upc(String value) {
            upc = value;
            return this;
        }

        public ReleaseDraftBuilder releaseDate(String value) {
            releaseDate = value;
            return this;
        }

        public ReleaseDraftBuilder territories(String... values) {
            territories = List.of(values);
            return this;
        }

        public ReleaseDraftBuilder tracks(RawTrack... values) {
            tracks = new ArrayList<>(List.of(values));
            return this;
        }

        public ReleaseDraftBuilder noTracks() {
            tracks = new ArrayList<>();
            return this;
        }

        public IngestReleaseCommand build() {
            return IngestReleaseCommand.of(title, artistId, artistName, upc, "Circa", releaseDate, "Trip hop", territories,
                    tracks);
        }
    }

    // --- rejections ----------------------------------------------------------------------------------------------

    /** The domain exception {@code call} throws; fails the test when it throws nothing or something else. */
    public static DomainException rejection(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a DomainException").isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }

    public static DomainException assertRejected(ThrowingCallable call, ErrorCode code) {
        DomainException e = rejection(call);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        return e;
    }

    /** Asserts that {@code call} is rejected with {@code code}, naming exactly these fields. */
    public static DomainException assertRejected(ThrowingCallable call, ErrorCode code, String... fields) {
        DomainException e = assertRejected(call, code);
        assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
        return e;
    }

    public static DomainException assertInvalid(ThrowingCallable call, String... fields) {
        return assertRejected(call, ErrorCode.VALIDATION_ERROR, fields);
    }
}
