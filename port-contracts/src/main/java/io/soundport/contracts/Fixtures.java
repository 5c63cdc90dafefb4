package io.soundport.contracts;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.EmailVerificationToken;
import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.RefreshTokenId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionId;
import io.soundport.domain.integrations.PendingAuthorization;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSyncId;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.marketing.Promotion;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceMember;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.NotificationTemplate;
import io.soundport.domain.notifications.NotificationTemplateId;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small builders of valid test data with fresh random ids, so that suites can share one store.
 * Every timestamp is distinct and has microsecond precision, the finest PostgreSQL keeps.
 */
public final class Fixtures {
    /** Microseconds since the epoch of the next instant handed out; one millisecond apart. */
    private static final AtomicLong NEXT_MICROS = new AtomicLong(
            ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now().truncatedTo(ChronoUnit.SECONDS)));

    private Fixtures() {
    }

    /** A new instant, later than every one handed out before in this JVM. */
    public static Instant instant() {
        return Instant.EPOCH.plus(NEXT_MICROS.addAndGet(1_000), ChronoUnit.MICROS);
    }

    /** A fresh id such as {@code rel_3f2a...}: the prefix and a UUID without hyphens. */
    public static String id(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A random hex string of 64 characters, shaped like a SHA-256. */
    public static String sha256Hex() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A random UPC-A with a valid check digit. */
    public static Upc upc() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return Upc.of(digits.toString() + (10 - sum % 10) % 10);
    }

    /** A random ISRC: {@code US}, a three-character registrant, a year and a five-digit designation. */
    public static Isrc isrc() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder("US");
        for (int i = 0; i < 3; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        s.append(String.format("%02d%05d", random.nextInt(100), random.nextInt(100_000)));
        return Isrc.of(s.toString());
    }

    // identity

    public static Organization organization() {
        return organization(instant());
    }

    public static Organization organization(Instant createdAt) {
        return organization("Label " + suffix(), Tier.STARTER, createdAt);
    }

    public static Organization organization(String name, Tier tier, Instant createdAt) {
        return new Organization(OrganizationId.of(id(OrganizationId.PREFIX)), name, tier, null, createdAt, createdAt,
                1);
    }

    public static User user() {
        Instant now = instant();
        return new User(UserId.of(id(UserId.PREFIX)), email(), "Nina Simone", "$2a$10$" + suffix(), true, now, now, 1);
    }

    public static Email email() {
        return Email.of("user-" + suffix() + "@example.com");
    }

    public static Membership membership(Organization organization, User user, Role role) {
        return membership(organization, user, role, instant());
    }

    public static Membership membership(Organization organization, User user, Role role, Instant createdAt) {
        return new Membership(organization.id(), user.id(), role, createdAt, createdAt, 1);
    }

    /** A new, unused token of this user, valid for a day. */
    public static EmailVerificationToken emailVerificationToken(User user) {
        Instant issued = instant();
        return EmailVerificationToken.issue(sha256Hex(), user, issued, issued.plus(Duration.ofDays(1)));
    }

    public static RefreshToken refreshToken(Organization organization, User user, String familyId) {
        Instant issued = instant();
        return new RefreshToken(RefreshTokenId.of(id(RefreshTokenId.PREFIX)), familyId, user.id(), organization.id(),
                sha256Hex(), issued, issued.plus(Duration.ofDays(7)), RefreshToken.Status.ACTIVE);
    }

    public static Application application(Organization organization) {
        return application(organization, instant());
    }

    public static Application application(Organization organization, Instant createdAt) {
        return new Application(ApplicationId.of(id(ApplicationId.PREFIX)), organization.id(), "Shop " + suffix(),
                email(), "app.example.com", createdAt, createdAt, 1);
    }

    public static ApiKey apiKey(Application application) {
        return apiKey(application, instant());
    }

    public static ApiKey apiKey(Application application, Instant createdAt) {
        String hash = sha256Hex();
        return new ApiKey(ApiKeyId.of(id(ApiKeyId.PREFIX)), application.id(), application.organizationId(),
                "Key " + suffix(), "sp_live_" + hash.substring(0, 4), hash, Set.of(Scope.READ, Scope.WRITE), createdAt,
                createdAt.plus(Duration.ofDays(90)), null, null);
    }

    // live events

    /** A live event of that date and status, with every field given. */
    public static LiveEvent liveEvent(Organization organization, OffsetDateTime date, LiveEventStatus status) {
        Instant at = instant();
        return new LiveEvent(LiveEventId.of(id(LiveEventId.PREFIX)), organization.id(), "Concert " + suffix(),
                "Doors at 19:00\nNo re-entry", date, "Paradiso, Amsterdam", 1500, "Analytical Records", status, at,
                at, 1);
    }

    /** A campaign of a release, 1,000.00 EUR, with neither audiences nor a Meta run nor metrics, at that status. */
    public static Campaign campaign(Organization organization, String name, CampaignStatus status) {
        Instant at = instant();
        CampaignPlan plan = new CampaignPlan(name, io.soundport.domain.integrations.ads.CampaignObjective
                .OUTCOME_AWARENESS, Promotion.of(ReleaseId.of(id(ReleaseId.PREFIX))),
                new io.soundport.domain.shared.Money(100_000, java.util.Currency.getInstance("EUR")), null,
                java.time.LocalDate.of(2027, 3, 1), null, List.of(), null, null);
        Campaign draft = Campaign.create(CampaignId.of(id(CampaignId.PREFIX)), organization.id(), plan, at);
        return new Campaign(draft.id(), draft.organizationId(), plan, status, null, draft.metrics(), false, false, at,
                at, 1);
    }

    // audiences

    /** A custom audience with every field given, never synced. */
    public static Audience customAudience(Organization organization) {
        return Audience.custom(AudienceId.of(id(AudienceId.PREFIX)), organization.id(), "Ticket buyers " + suffix(),
                "People who bought a ticket", CustomerFileSource.USER_PROVIDED_ONLY, "FR", instant());
    }

    /** A member known by this e-mail (hashed), with a phone when {@code withPhone}. */
    public static AudienceMember audienceMember(String email, boolean withPhone) {
        return AudienceMember.of(email, withPhone ? "+33 6 12 34 56 78" : null);
    }

    // catalog

    public static Artist artist(Organization organization) {
        return artist(organization, "Artist " + suffix(), instant());
    }

    public static Artist artist(Organization organization, String name, Instant createdAt) {
        return new Artist(ArtistId.of(id(ArtistId.PREFIX)), organization.id(), name,
                UUID.randomUUID().toString(), "4Z8W4fKeB5YxbusRsdQVPb", createdAt, createdAt, 1);
    }

    public static Release release(Organization organization, Artist artist) {
        return release(organization, artist, "Album " + suffix(), instant());
    }

    public static Release release(Organization organization, Artist artist, String title, Instant createdAt) {
        return new Release(ReleaseId.of(id(ReleaseId.PREFIX)), organization.id(), title, artist.id(), upc(),
                "Blue Note", LocalDate.of(2024, 5, 17), "Jazz", List.of(Territory.of("FR"), Territory.of("DE")),
                ReleaseStatus.DRAFT, createdAt, createdAt, 1);
    }

    public static Track track(Organization organization, Release release, Artist artist, int position) {
        return track(organization, release, artist, "Song " + suffix(), position, instant());
    }

    public static Track track(Organization organization, Release release, Artist artist, String title,
                              Integer position, Instant createdAt) {
        return new Track(TrackId.of(id(TrackId.PREFIX)), organization.id(), release == null ? null : release.id(),
                artist == null ? null : artist.id(), title, isrc(), 215_000, false, position, createdAt, createdAt, 1);
    }

    // events

    public static PublishedEvent event(Organization organization) {
        return event(organization, instant());
    }

    public static PublishedEvent event(Organization organization, Instant occurredAt) {
        String aggregate = id(ReleaseId.PREFIX);
        return new PublishedEvent(id("evt"), "release.submitted", organization.id().value(), aggregate, aggregate,
                occurredAt, Map.of("release_id", aggregate, "track_count", 3, "explicit", false,
                        "territories", List.of("FR", "DE"), "artist", Map.of("name", "Nina Simone")));
    }

    // webhooks

    public static WebhookEndpoint webhookEndpoint(Organization organization) {
        return webhookEndpoint(organization, Set.of("release.submitted", "release.delivered"), instant());
    }

    public static WebhookEndpoint webhookEndpoint(Organization organization, Set<String> events, Instant createdAt) {
        return new WebhookEndpoint(WebhookEndpointId.of(id(WebhookEndpointId.PREFIX)), organization.id(),
                "https://hooks-" + suffix() + ".example.com/soundport", events, "Shop " + suffix(), true,
                "v1:" + sha256Hex(), null, null, null, 0, createdAt, createdAt, 1);
    }

    /** A PENDING message of a fresh event to {@code endpoint}, created at a fresh instant. */
    public static WebhookMessage webhookMessage(WebhookEndpoint endpoint) {
        return webhookMessage(endpoint, instant());
    }

    public static WebhookMessage webhookMessage(WebhookEndpoint endpoint, Instant createdAt) {
        String eventId = id("evt");
        return WebhookMessage.pending(endpoint, eventId, "release.submitted",
                "{\"id\":\"" + eventId + "\",\"type\":\"release.submitted\",\"data\":{\"title\":\"Kind of Blue\"}}",
                createdAt);
    }

    // notifications

    /** A QUEUED e-mail to a fresh address, created at {@code createdAt}. */
    public static Notification notification(Organization organization, Instant createdAt) {
        return notification(organization, Recipient.of(Channel.EMAIL, "fan-" + suffix() + "@example.com", "to"),
                createdAt);
    }

    public static Notification notification(Organization organization, Recipient to, Instant createdAt) {
        String subject = to.channel() == Channel.SMS ? null : "Out now " + suffix();
        return Notification.queue(NotificationId.of(id(NotificationId.PREFIX)), organization.id(), to,
                new Notification.Text(subject, "Kind of Blue is out.\nListen now.", null), createdAt);
    }

    public static NotificationTemplate notificationTemplate(Organization organization, Instant createdAt) {
        return NotificationTemplate.create(NotificationTemplateId.of(id(NotificationTemplateId.PREFIX)),
                organization.id(), "release-live-" + suffix(), Channel.EMAIL,
                new Notification.Text("{{release.title}} is live", "Hello {{name}},\n{{release.title}} is out.", null),
                createdAt);
    }

    public static OptOut optOut(Organization organization, Channel channel, Instant createdAt) {
        String address = switch (channel) {
            case EMAIL -> "gone-" + suffix() + "@example.com";
            case SMS -> "+1555" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            case PUSH -> sha256Hex();
        };
        return new OptOut(organization.id(), Recipient.of(channel, address, "to"), createdAt);
    }

    // jobs

    /** A job type of its own, so that a suite sharing one queue claims only the jobs it enqueued. */
    public static String jobType() {
        return "contract.j" + suffix();
    }

    /** A due, unleased job of {@code type}, for a fresh subject of {@code organization}. */
    public static Job job(Organization organization, String type, Instant runAt) {
        return Job.due(id("job"), type, organization.id().value(), id("msg"), runAt);
    }

    // distribution

    public static Partner partner(Organization organization) {
        return partner(organization, true, instant());
    }

    /** An HTTP partner selling in two territories, with credentials. */
    public static Partner partner(Organization organization, boolean active, Instant createdAt) {
        return new Partner(PartnerId.of(id(PartnerId.PREFIX)), organization.id(), "DSP " + suffix(), Protocol.HTTP,
                "https://ingest-" + suffix() + ".example.com/ddex", List.of(Territory.of("FR"), Territory.of("BE")),
                active, "v1:" + sha256Hex(), createdAt, createdAt, 1);
    }

    /** A QUEUED delivery of {@code release} to {@code partner}, both of {@code organization}. */
    public static Delivery delivery(Organization organization, Release release, Partner partner) {
        return delivery(organization, release, partner, instant());
    }

    public static Delivery delivery(Organization organization, Release release, Partner partner, Instant createdAt) {
        return Delivery.queued(DeliveryId.of(id(DeliveryId.PREFIX)), organization.id(), release.id(), partner.id(),
                DeliveryKind.DELIVERY, createdAt);
    }

    // integrations

    /**
     * An ACTIVE connection of {@code user} in {@code organization} to {@code provider}, made now, with a refresh token,
     * an expiry and scopes out of alphabetical order.
     */
    public static Connection connection(Organization organization, User user, Provider provider) {
        Instant now = instant();
        return Connection.granted(ConnectionId.of(id(ConnectionId.PREFIX)), organization.id(), user.id(), provider,
                "acct-" + suffix(), grant(now), now);
    }

    /** Sealed tokens as a provider grants them, the access token valid for an hour from {@code now}. */
    public static Connection.Grant grant(Instant now) {
        return new Connection.Grant("v1:" + sha256Hex(), "v1:" + sha256Hex(), now.plus(Duration.ofHours(1)),
                List.of("user-read-email", "playlist-modify-public", "app-remote-control"));
    }

    /**
     * A SPOTIFY authorization started now by {@code user} in {@code organization}, with a code verifier, until
     * {@code expiresAt}.
     */
    public static PendingAuthorization pendingAuthorization(Organization organization, User user, Instant expiresAt) {
        return new PendingAuthorization(sha256Hex(), organization.id(), user.id(), Provider.SPOTIFY,
                "v1:" + sha256Hex(), instant(), expiresAt);
    }

    /** A QUEUED import, made now, of {@code user}'s top Spotify tracks (medium term) into {@code organization}. */
    public static TrackSync trackSync(Organization organization, User user) {
        return TrackSync.queued(TrackSyncId.of(id(TrackSyncId.PREFIX)), organization.id(), user.id(), Provider.SPOTIFY,
                TrackSync.Source.TOP_TRACKS, TimeRange.MEDIUM_TERM, TrackSync.DEFAULT_LIMIT, instant());
    }

    // workflow

    public static WorkflowRule workflowRule(Organization organization) {
        return workflowRule(organization, "release.submitted", true, instant());
    }

    /**
     * A rule with a condition of each kind of value (text, number, list, null) and actions with nested
     * parameters. Numbers are ints: what comes back from a JSON document for a small integer.
     */
    public static WorkflowRule workflowRule(Organization organization, String trigger, boolean enabled,
                                            Instant createdAt) {
        List<Condition> conditions = List.of(
                new Condition("release.genre", Condition.Op.EQ, "Jazz"),
                new Condition("track_count", Condition.Op.GT, 3),
                new Condition("release.territories", Condition.Op.IN, List.of("FR", "DE", 7)),
                new Condition("release.upc", Condition.Op.NE, null));
        Map<String, Object> deliverParams = new LinkedHashMap<>();
        deliverParams.put("partners", "all_active");
        deliverParams.put("territories", List.of("FR", "DE"));
        deliverParams.put("options", Map.of("priority", 2, "dry_run", false,
                "tags", List.of("jazz", Map.of("weight", -1))));
        deliverParams.put("note", null);
        List<Action> actions = List.of(
                new Action(Action.Type.DELIVER, deliverParams),
                new Action(Action.Type.NOTIFY, Map.of("channel", "email", "to", List.of("ops@example.com"),
                        "message", "Release submitted")),
                new Action(Action.Type.SET_STATUS, Map.of()));
        return new WorkflowRule(WorkflowRuleId.of(id(WorkflowRuleId.PREFIX)), organization.id(), "Rule " + suffix(),
                trigger, conditions, actions, enabled, createdAt, createdAt, 1);
    }

    public static WorkflowExecution workflowExecution(Organization organization, WorkflowRule rule) {
        return workflowExecution(organization, rule, WorkflowExecution.Status.PARTIAL, instant());
    }

    /** A run of {@code rule} for a fresh event, with one succeeded and one failed action (and a null detail). */
    public static WorkflowExecution workflowExecution(Organization organization, WorkflowRule rule,
                                                      WorkflowExecution.Status status, Instant createdAt) {
        return workflowExecution(organization, rule, null, status, createdAt);
    }

    /** The same, for a fresh event about {@code release} (null: about no release). */
    public static WorkflowExecution workflowExecution(Organization organization, WorkflowRule rule, ReleaseId release,
                                                      WorkflowExecution.Status status, Instant createdAt) {
        return new WorkflowExecution(WorkflowExecutionId.of(id(WorkflowExecutionId.PREFIX)), organization.id(),
                rule.id(), id("evt"), rule.trigger(), release, status,
                List.of(new WorkflowExecution.ActionOutcome("deliver", true, "2 deliveries queued"),
                        new WorkflowExecution.ActionOutcome("notify", false, "no recipient"),
                        new WorkflowExecution.ActionOutcome("set_status", true, null)),
                1, createdAt);
    }
}
