package io.soundport.adapters.json;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistEvent;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackEvent;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.DistributionEvent;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionId;
import io.soundport.domain.integrations.IntegrationEvent;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CampaignObjective;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventEvent;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignEvent;
import io.soundport.domain.marketing.CampaignGoal;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.marketing.GoalMetric;
import io.soundport.domain.marketing.Promotion;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationEvent;
import io.soundport.domain.notifications.NotificationId;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.platform.OrganizationEvent;
import io.soundport.domain.publishing.EventCatalog;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventId;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEvent;
import io.soundport.domain.workflow.WorkflowEvent;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowRuleId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event of every type of the {@link EventCatalog}, with made-up but valid data, whose payloads are the examples
 * the event-type catalog shows: the examples are mapped like real events, so they cannot drift from them.
 */
final class SampleEvents {
    private static final Instant AT = Instant.parse("2026-12-04T09:30:00Z");
    private static final OrganizationId ORG = OrganizationId.of("org_01JDX4N8Q3C6E8G0J2L4N6Q8S0");
    private static final ReleaseId RELEASE = ReleaseId.of("rel_01JDX4N8Q7V3M2K9T6B5C1H0ZR");
    private static final ArtistId ARTIST = ArtistId.of("art_01JDX4N8Q5F2P8R1W7Y3D6K4AS");
    private static final WorkflowRuleId RULE = WorkflowRuleId.of("wfr_01JDX4N8QC7E9G1J3L5N7Q9S1U");
    private static final UserId OPERATOR = UserId.of("usr_01JDX4N8QK3M5P7R9T1V3X5Z7B");
    private static final String TRIGGER = "evt_01JDX4N8QE9G1J3L5N7Q9S1U3W";

    private SampleEvents() {
    }

    /** The payload of a sample of every catalogued type, by type. */
    static Map<String, Map<String, Object>> examples(JsonEventPayloads payloads) {
        Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            examples.put(entry.type(), payloads.payloadOf(sampleOf(entry.eventClass())));
        }
        return Map.copyOf(examples);
    }

    static DomainEvent sampleOf(Class<? extends DomainEvent> type) {
        EventMeta meta = new EventMeta(EventId.of("evt_01JDX4N8QH2K4M6P8R0T2V4X6Z"), ORG, AT, 0);
        EventMeta caused = new EventMeta(meta.id(), ORG, AT, 1);
        Artist artist = new Artist(ARTIST, ORG, "The Midnight", null, null, AT, AT, 1);
        Track track = new Track(TrackId.of("trk_01JDX4N8Q9A7C3E5G1J2L4N6PR"), ORG, RELEASE, ARTIST, "Sunset",
                Isrc.of("USRC17607839"), 215_000, false, 1, AT, AT, 1);
        Delivery queued = new Delivery(DeliveryId.of("dlv_01JDX4N8QF0H2K4M6P8R0T2V4X"), ORG, RELEASE,
                PartnerId.of("ptn_01JDX4N8QG1J3L5N7Q9S1U3W5Y"), DeliveryKind.DELIVERY, DeliveryStatus.QUEUED, List.of(),
                null, AT, AT, AT, 1);
        if (type == ReleaseEvent.ReleaseCreated.class) {
            return new ReleaseEvent.ReleaseCreated(meta, release(ReleaseStatus.DRAFT), 2);
        } else if (type == ReleaseEvent.ReleaseUpdated.class) {
            return new ReleaseEvent.ReleaseUpdated(meta, release(ReleaseStatus.DRAFT), 2);
        } else if (type == ReleaseEvent.ReleaseSubmitted.class) {
            return new ReleaseEvent.ReleaseSubmitted(meta, release(ReleaseStatus.SUBMITTED), 2);
        } else if (type == ReleaseEvent.ReleaseDeleted.class) {
            return new ReleaseEvent.ReleaseDeleted(meta, release(ReleaseStatus.DRAFT), 2);
        } else if (type == ReleaseEvent.ReleaseTakedownRequested.class) {
            return new ReleaseEvent.ReleaseTakedownRequested(meta, release(ReleaseStatus.TAKEDOWN_REQUESTED), 2);
        } else if (type == ReleaseEvent.ReleaseDelivered.class) {
            return new ReleaseEvent.ReleaseDelivered(meta, release(ReleaseStatus.DELIVERED), 2);
        } else if (type == ReleaseEvent.ReleaseTakenDown.class) {
            return new ReleaseEvent.ReleaseTakenDown(meta, release(ReleaseStatus.TAKEN_DOWN), 2);
        } else if (type == ArtistEvent.ArtistCreated.class) {
            return new ArtistEvent.ArtistCreated(meta, artist);
        } else if (type == ArtistEvent.ArtistUpdated.class) {
            return new ArtistEvent.ArtistUpdated(meta, artist);
        } else if (type == ArtistEvent.ArtistDeleted.class) {
            return new ArtistEvent.ArtistDeleted(meta, artist);
        } else if (type == TrackEvent.TrackCreated.class) {
            return new TrackEvent.TrackCreated(meta, track);
        } else if (type == TrackEvent.TrackUpdated.class) {
            return new TrackEvent.TrackUpdated(meta, track);
        } else if (type == TrackEvent.TrackDeleted.class) {
            return new TrackEvent.TrackDeleted(meta, track);
        } else if (type == DistributionEvent.DeliveryQueued.class) {
            return new DistributionEvent.DeliveryQueued(meta, queued, "Streamly");
        } else if (type == DistributionEvent.DeliverySucceeded.class) {
            return new DistributionEvent.DeliverySucceeded(meta, finished(queued, DeliveryStatus.DELIVERED), "Streamly");
        } else if (type == DistributionEvent.DeliveryFailed.class) {
            return new DistributionEvent.DeliveryFailed(meta, finished(queued, DeliveryStatus.FAILED), "Streamly");
        } else if (type == WorkflowEvent.WorkflowExecuted.class) {
            return new WorkflowEvent.WorkflowExecuted(caused, new WorkflowExecution(
                    WorkflowExecutionId.of("wfx_01JDX4N8QD8F0H2K4M6P8R0T2V"), ORG, RULE, TRIGGER, "release.submitted",
                    RELEASE, WorkflowExecution.Status.SUCCEEDED, List.of(), 0, AT), "Deliver on submit");
        } else if (type == WorkflowEvent.WorkflowWebhook.class) {
            return new WorkflowEvent.WorkflowWebhook(caused, RULE, "Tell the CMS", TRIGGER, "release.submitted",
                    Map.of("channel", "cms"));
        } else if (type == WebhookEvent.WebhookTested.class) {
            return new WebhookEvent.WebhookTested(meta, WebhookEndpointId.of("whk_01JDX4N8QB2D4F6H8K0M2P4R6T"));
        } else if (type == NotificationEvent.NotificationFailed.class) {
            Notification notification = Notification.queue(NotificationId.of("ntf_01JDX4N8QE0G2J4L6N8Q0S2U4W"), ORG,
                    Recipient.of(Channel.EMAIL, "fan@example.com", "to"),
                    new Notification.Text("Night Drive is out", "Listen now on every store.", null), AT);
            return notification.attemptFailed("MessageRejected: Email address is not verified.", true, AT)
                    .failed(meta);
        } else if (type == IntegrationEvent.IntegrationConnected.class) {
            return connection().connectedEvent(meta);
        } else if (type == IntegrationEvent.IntegrationDisconnected.class) {
            return connection().disconnectedEvent(meta, false);
        } else if (type == OrganizationEvent.OrganizationSuspended.class) {
            return new OrganizationEvent.OrganizationSuspended(meta, organization().suspend(
                    "Payment overdue since 2026-11-01; contact billing@soundport.example", OPERATOR, AT));
        } else if (type == OrganizationEvent.OrganizationReinstated.class) {
            return new OrganizationEvent.OrganizationReinstated(meta, organization());
        } else if (type == OrganizationEvent.OrganizationTierChanged.class) {
            return new OrganizationEvent.OrganizationTierChanged(meta, organization().withTier(Tier.PROFESSIONAL, AT),
                    Tier.STARTER);
        } else if (type == LiveEventEvent.LiveEventCreated.class) {
            return liveEvent(LiveEventStatus.SCHEDULED).created(meta);
        } else if (type == LiveEventEvent.LiveEventUpdated.class) {
            return liveEvent(LiveEventStatus.POSTPONED).updated(meta);
        } else if (type == LiveEventEvent.LiveEventDeleted.class) {
            return liveEvent(LiveEventStatus.CANCELLED).deleted(meta);
        } else if (CampaignEvent.class.isAssignableFrom(type)) {
            return campaignEvent(type, meta);
        }
        throw new IllegalArgumentException("no sample of " + type.getName());
    }

    private static Connection connection() {
        return Connection.granted(ConnectionId.of("con_01JDX4N8QK4M6P8R0T2V4X6Z8B"), ORG,
                UserId.of("usr_01JDX4N8QJ3L5N7Q9S1U3W5Y7A"), Provider.SPOTIFY, "wizzler",
                new Connection.Grant("sealed", "sealed", AT.plusSeconds(3600),
                        List.of("user-read-email", "user-top-read")), AT);
    }

    private static DomainEvent campaignEvent(Class<? extends DomainEvent> type, EventMeta meta) {
        Campaign draft = campaign(CampaignStatus.DRAFT, 0);
        Campaign active = campaign(CampaignStatus.ACTIVE, 41_250);
        if (type == CampaignEvent.CampaignCreated.class) {
            return draft.created(meta);
        } else if (type == CampaignEvent.CampaignUpdated.class) {
            return draft.updated(meta);
        } else if (type == CampaignEvent.CampaignLaunched.class) {
            return active.launched(meta);
        } else if (type == CampaignEvent.CampaignPaused.class) {
            return campaign(CampaignStatus.PAUSED, 41_250).paused(meta);
        } else if (type == CampaignEvent.CampaignCompleted.class) {
            return campaign(CampaignStatus.COMPLETED, 50_000).completed(meta, Campaign.Completion.BUDGET_SPENT);
        } else if (type == CampaignEvent.CampaignDeleted.class) {
            return draft.deleted(meta);
        } else if (type == CampaignEvent.BudgetWarning.class) {
            return active.budgetWarning(meta);
        } else if (type == CampaignEvent.GoalReached.class) {
            return active.goalReachedEvent(meta);
        }
        return active.metricsUpdated(meta);
    }

    /** A campaign of the sample release, 500.00 EUR over March, on Meta once launched, with {@code spentCents}. */
    private static Campaign campaign(CampaignStatus status, long spentCents) {
        Currency eur = Currency.getInstance("EUR");
        CampaignPlan plan = new CampaignPlan("Night Drive launch", CampaignObjective.OUTCOME_AWARENESS,
                Promotion.of(RELEASE), new Money(50_000, eur), new Money(2_500, eur), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31), List.of(AudienceId.of("aun_01JDX4N8QN6Q8S0U2W4Y6A8C0E")),
                AdAccountId.of("act_1000000001"), new CampaignGoal(GoalMetric.CLICKS, 10_000));
        boolean launched = status != CampaignStatus.DRAFT;
        return new Campaign(CampaignId.of("cmp_01JDX4N8QP7R9T1V3X5Z7B9D1F"), ORG, plan, status,
                launched ? new Campaign.OnMeta(io.soundport.domain.integrations.ads.CampaignId.of(
                        "120210000000000001"), UserId.of("usr_01JDX4N8QJ3L5N7Q9S1U3W5Y7A")) : null,
                launched ? new CampaignMetrics(new Money(spentCents, eur), 1_250_000, 410_000, 12_345, 321, AT)
                        : CampaignMetrics.none(eur), spentCents >= 40_000, spentCents >= 50_000, AT, AT, 3);
    }

    private static LiveEvent liveEvent(LiveEventStatus status) {
        return new LiveEvent(LiveEventId.of("lve_01JDX4N8QM5P7R9T1V3X5Z7B9D"), ORG, "Night Drive live",
                "The Midnight play Night Drive in full.\nDoors at 19:00.", OffsetDateTime.parse("2027-06-12T20:00:00+02:00"),
                "Paradiso, Amsterdam", 1500, "Analytical Records", status, AT, AT, 1);
    }

    private static Organization organization() {
        return new Organization(ORG, "Analytical Records", Tier.STARTER, null, AT, AT, 3);
    }

    private static Release release(ReleaseStatus status) {
        return new Release(RELEASE, ORG, "Night Drive", ARTIST, Upc.of("036000291452"), "Analytical Records",
                LocalDate.of(2026, 12, 4), "Synthwave", List.of(Territory.of("US"), Territory.of("GB")), status,
                AT, AT, 1);
    }

    private static Delivery finished(Delivery d, DeliveryStatus status) {
        return new Delivery(d.id(), d.organizationId(), d.releaseId(), d.partnerId(), d.kind(), status, d.attempts(),
                null, null, d.createdAt(), d.updatedAt(), d.version());
    }
}
