package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.TaskExecutors;
import io.soundport.adapters.json.JsonEventPayloads;
import io.soundport.adapters.local.BcryptPasswordHasher;
import io.soundport.adapters.local.JdkMediaInspector;
import io.soundport.adapters.local.SystemClock;
import io.soundport.adapters.local.UlidIdGenerator;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.application.catalog.ArtistService;
import io.soundport.application.catalog.MediaAssetService;
import io.soundport.application.catalog.MediaCleanup;
import io.soundport.application.catalog.ReleaseService;
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
import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.integrations.MetaAccess;
import io.soundport.application.live.LiveEventService;
import io.soundport.application.marketing.AudienceService;
import io.soundport.application.marketing.AudienceSyncService;
import io.soundport.application.marketing.AudienceSyncWorker;
import io.soundport.application.marketing.AudienceUsage;
import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.platform.AuditLogService;
import io.soundport.application.platform.HealthService;
import io.soundport.application.platform.IdempotentCommands;
import io.soundport.application.platform.OrganizationAdministration;
import io.soundport.application.platform.OrganizationUsage;
import io.soundport.application.platform.PlatformOperators;
import io.soundport.application.platform.RateLimiter;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.webhooks.EventTypes;
import io.soundport.domain.identity.PasswordHasher;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.publishing.EventPayloads;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** The core's use cases, built from the persistence adapters and the local clock, ids and password hashing. */
@Factory
public class CoreFactory {

    @Singleton
    Clock clock() {
        return new SystemClock();
    }

    @Singleton
    IdGenerator ids() {
        return new UlidIdGenerator();
    }

    @Singleton
    PasswordHasher passwordHasher(@Property(name = "soundport.security.bcrypt-cost", defaultValue = "12") int cost) {
        return new BcryptPasswordHasher(cost);
    }

    @Singleton
    EventPayloads eventPayloads() {
        return new JsonEventPayloads();
    }

    @Singleton
    EventRecorder events(PersistencePorts p, EventPayloads payloads, IdGenerator ids, Clock clock, TraceContext trace) {
        return new EventRecorder(p.outbox(), payloads, ids, clock, trace);
    }

    @Singleton
    AuditRecorder audit(PersistencePorts p, IdGenerator ids, Clock clock) {
        return new AuditRecorder(p.auditLog(), ids, clock);
    }

    @Singleton
    AuditLogService auditLogService(PersistencePorts p, PlatformOperators operators) {
        return new AuditLogService(p.auditLog(), operators);
    }

    @Singleton
    EventTypes eventTypes(EventPayloads payloads) {
        return new EventTypes(payloads);
    }

    @Singleton
    Authenticator authenticator(PersistencePorts p, Clock clock) {
        return new Authenticator(p.apiKeys(), p.memberships(), p.organizations(), clock);
    }

    @Singleton
    EmailVerificationService emailVerification(PersistencePorts p, NotificationQueue mail,
            @Property(name = "soundport.public-url", defaultValue = "http://localhost:8080") String publicUrl,
            @Property(name = "soundport.email-verification.lifetime", defaultValue = "24h") Duration lifetime,
            @Property(name = "soundport.email-verification.resend-interval", defaultValue = "1m") Duration resend,
            Clock clock) {
        String link = publicUrl.replaceAll("/+$", "") + SoundportApi.BASE + "/auth/verify-email/"
                + EmailVerificationSettings.TOKEN;
        return new EmailVerificationService(p.transactions(), p.users(), p.emailVerificationTokens(), mail,
                new EmailVerificationSettings(lifetime, resend, link), clock);
    }

    @Singleton
    Accounts accounts(PersistencePorts p, PasswordHasher hasher, EmailVerificationService verification,
                      IdGenerator ids) {
        return new Accounts(p.users(), p.memberships(), hasher, verification, ids);
    }

    @Singleton
    AuthService auth(PersistencePorts p, Accounts accounts, IdGenerator ids, Clock clock, AuthThrottle throttle,
                     AuditRecorder audit) {
        return new AuthService(p.transactions(), p.organizations(), p.memberships(), p.refreshTokens(), accounts, ids,
                clock, throttle, audit);
    }

    @Singleton
    AuthThrottle authThrottle(PersistencePorts p, Clock clock,
                              @Property(name = "soundport.auth.max-failures", defaultValue = "5") int maxFailures,
                              @Property(name = "soundport.auth.window", defaultValue = "15m") Duration window,
                              @Property(name = "soundport.auth.registrations-per-ip-per-hour", defaultValue = "20")
                              int registrations,
                              @Property(name = "soundport.auth.refreshes-per-ip-per-hour", defaultValue = "600")
                              int refreshes,
                              @Property(name = "soundport.auth.verifications-per-ip-per-hour", defaultValue = "60")
                              int verifications,
                              @Property(name = "soundport.auth.key-checks-per-ip-per-hour", defaultValue = "3600")
                              int keyChecks) {
        return new AuthThrottle(p.rateLimits(), clock, new AuthThrottle.Settings(maxFailures, window, registrations,
                refreshes, verifications, keyChecks));
    }

    @Singleton
    OrganizationService organizations(PersistencePorts p, Authenticator authenticator, IdGenerator ids, Clock clock,
                                      AuditRecorder audit, NotificationQueue notifications,
                                      ConnectionService connections,
            @Property(name = "soundport.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        return new OrganizationService(p.transactions(), p.organizations(), p.users(), p.memberships(), authenticator,
                ids, clock, audit, new InvitationMails(notifications,
                        publicUrl.replaceAll("/+$", "") + SoundportApi.BASE + "/auth/register"),
                connections::forgetMember);
    }

    @Singleton
    ApplicationService applications(PersistencePorts p, Authenticator authenticator, IdGenerator ids, Clock clock,
                                    AuditRecorder audit) {
        return new ApplicationService(p.transactions(), p.applications(), p.apiKeys(), authenticator, ids, clock,
                audit);
    }

    @Singleton
    ApiKeyService apiKeys(PersistencePorts p, Authenticator authenticator, IdGenerator ids, Clock clock,
                          AuditRecorder audit) {
        return new ApiKeyService(p.transactions(), p.applications(), p.apiKeys(), authenticator, ids, clock, audit);
    }

    @Singleton
    ArtistService artists(PersistencePorts p, EventRecorder events, IdGenerator ids, Clock clock, AuditRecorder audit) {
        return new ArtistService(p.transactions(), p.artists(), p.releases(), p.tracks(), events, ids, clock, audit);
    }

    @Singleton
    LiveEventService liveEvents(PersistencePorts p, EventRecorder events, IdGenerator ids, Clock clock,
                                AuditRecorder audit) {
        return new LiveEventService(p.transactions(), p.liveEvents(), events, ids, clock, audit);
    }

    @Singleton
    AudienceService audiences(PersistencePorts p, AudienceUsage usage, IdGenerator ids, Clock clock,
                              AuditRecorder audit) {
        return new AudienceService(p.transactions(), p.audiences(), usage, ids, clock, audit);
    }

    @Singleton
    AudienceSyncService audienceSyncs(PersistencePorts p, MetaAccess meta, AuditRecorder audit, Clock clock,
                                      TraceContext trace) {
        return new AudienceSyncService(p.transactions(), p.audiences(), p.jobs(), meta, audit, clock, trace);
    }

    @Singleton
    AudienceSyncWorker audienceSyncWorker(PersistencePorts p, MetaAccess meta, Clock clock, TraceContext trace) {
        return new AudienceSyncWorker(p.transactions(), p.audiences(), p.jobs(), meta, clock, trace);
    }

    @Singleton
    ReleaseService releases(PersistencePorts p, EventRecorder events, IdGenerator ids, Clock clock,
                            AuditRecorder audit, BlobStore blobs) {
        return new ReleaseService(p.transactions(), p.releases(), p.tracks(), p.artists(), events, ids, clock, audit,
                new MediaCleanup(p.mediaAssets(), blobs));
    }

    @Singleton
    TrackService tracks(PersistencePorts p, EventRecorder events, IdGenerator ids, Clock clock, AuditRecorder audit,
                        BlobStore blobs) {
        return new TrackService(p.transactions(), p.tracks(), p.releases(), p.artists(), events, ids, clock, audit,
                new MediaCleanup(p.mediaAssets(), blobs));
    }

    /** Track audio and release artwork: files in the {@link BlobStore} (see CloudFactory), read by the JDK. */
    @Singleton
    MediaAssetService mediaAssets(PersistencePorts p, BlobStore blobs, IdGenerator ids, Clock clock,
                                  AuditRecorder audit) {
        return new MediaAssetService(p.transactions(), p.tracks(), p.releases(), p.mediaAssets(),
                new MediaAssetService.MediaStorage(blobs, new JdkMediaInspector(), ids), clock, audit);
    }

    @Singleton
    IdempotentCommands idempotency(PersistencePorts p, Clock clock,
            @Property(name = "soundport.idempotency.lease", defaultValue = "10s") Duration lease) {
        return new IdempotentCommands(p.idempotency(), p.transactions(), clock, lease);
    }

    @Singleton
    PlatformOperators platformOperators(PersistencePorts p, Clock clock,
            @Property(name = "soundport.platform.admins", defaultValue = "") String admins) {
        return new PlatformOperators(PlatformOperators.parse(admins), p.users(), clock);
    }

    @Singleton
    RateLimiter rateLimiter(PersistencePorts p, Authenticator authenticator, Clock clock,
            @Property(name = "soundport.rate-limits.enabled", defaultValue = "true") boolean enabled,
            @Property(name = "soundport.rate-limits.free", defaultValue = "100") int free,
            @Property(name = "soundport.rate-limits.starter", defaultValue = "1000") int starter,
            @Property(name = "soundport.rate-limits.professional", defaultValue = "10000") int professional,
            @Property(name = "soundport.rate-limits.enterprise", defaultValue = "100000") int enterprise,
            @Property(name = "soundport.rate-limits.api-key-per-hour", defaultValue = "0") int perKey,
            @Property(name = "soundport.rate-limits.anonymous-per-ip-per-hour", defaultValue = "1000") int anonymous,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        Map<Tier, Integer> tiers = Map.of(Tier.FREE, free, Tier.STARTER, starter, Tier.PROFESSIONAL, professional,
                Tier.ENTERPRISE, enterprise);
        // the next batch of quota is reserved ahead on the blocking pool, off the event loop
        return new RateLimiter(authenticator, p.rateLimits(), clock,
                new RateLimiter.Settings(enabled, tiers, perKey, anonymous), blocking);
    }

    @Singleton
    OrganizationUsage organizationUsage(PersistencePorts p, Clock clock) {
        return new OrganizationUsage(p.rateLimits(), clock);
    }

    @Singleton
    OrganizationAdministration organizationAdministration(PersistencePorts p, PlatformOperators operators,
            OrganizationUsage usage, Authenticator authenticator, EventRecorder events, AuditRecorder audit,
            Clock clock) {
        return new OrganizationAdministration(p.transactions(), p.organizations(), operators, usage, authenticator,
                events, audit, clock);
    }

    @Singleton
    HealthService health(PersistencePorts p) {
        return new HealthService(p);
    }
}
