package io.soundport.adapters.json;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistEvent;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackEvent;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DistributionEvent;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.IntegrationEvent;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventEvent;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignEvent;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.notifications.Notification;
import io.soundport.domain.notifications.NotificationEvent;
import io.soundport.domain.platform.OrganizationEvent;
import io.soundport.domain.publishing.EventPayloads;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.webhooks.WebhookEvent;
import io.soundport.domain.workflow.WorkflowEvent;
import io.soundport.domain.workflow.WorkflowExecution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The published shape of every event, in the API's snake_case: what a webhook's {@code data} holds and what workflow
 * rules test. Every payload ends with {@code workflow_depth}, how many rules led to the event.
 */
public final class JsonEventPayloads implements EventPayloads {
    static final String WORKFLOW_DEPTH = "workflow_depth";
    private static final String RELEASE_ID = "release_id";

    private final Map<String, Map<String, Object>> examples;

    public JsonEventPayloads() {
        this.examples = SampleEvents.examples(this);
    }

    @Override
    public Map<String, Object> payloadOf(DomainEvent event) {
        Map<String, Object> data = body(event);
        data.put(WORKFLOW_DEPTH, event.meta().workflowDepth());
        // every value is fresh or already immutable; PublishedEvent copies what it keeps, so no deep copy here
        return Collections.unmodifiableMap(data);
    }

    @Override
    public Map<String, Object> releaseFacts(Release release, int trackCount) {
        return Collections.unmodifiableMap(release(release, trackCount));
    }

    @Override
    public Optional<Map<String, Object>> exampleOf(String type) {
        return Optional.ofNullable(examples.get(type));
    }

    @Override
    public int workflowDepthOf(Map<String, Object> payload) {
        return payload.get(WORKFLOW_DEPTH) instanceof Number n ? n.intValue() : 0;
    }

    @Override
    public Optional<String> releaseIdOf(Map<String, Object> payload) {
        return payload.get(RELEASE_ID) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    // Java 17 has no pattern switch; SampleEvents makes one event of every type, and a test maps each of them
    private static Map<String, Object> body(DomainEvent event) {
        if (event instanceof ReleaseEvent e) {
            return release(e.release(), e.trackCount());
        }
        if (event instanceof ArtistEvent e) {
            return artist(e.artist());
        }
        if (event instanceof TrackEvent e) {
            return track(e.track());
        }
        if (event instanceof DistributionEvent e) {
            return delivery(e.delivery(), e.partnerName());
        }
        if (event instanceof WorkflowEvent.WorkflowExecuted e) {
            return executed(e.execution(), e.ruleName());
        }
        if (event instanceof WorkflowEvent.WorkflowWebhook e) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("rule_id", e.ruleId().value());
            data.put("rule_name", e.ruleName());
            data.put("trigger_event_id", e.triggerEventId());
            data.put("trigger_event_type", e.triggerEventType());
            data.put("data", e.data());
            return data;
        }
        if (event instanceof WebhookEvent.WebhookTested e) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("message", "This is a test event from Soundport");
            data.put("endpoint_id", e.endpointId().value());
            return data;
        }
        if (event instanceof NotificationEvent e) {
            return notification(e.notification());
        }
        if (event instanceof IntegrationEvent e) {
            Map<String, Object> data = connection(e.connection());
            // one shape for both: null until a disconnection says whether the provider revoked the grant
            data.put("revoked_at_provider", e instanceof IntegrationEvent.IntegrationDisconnected disconnected
                    ? disconnected.revokedAtProvider() : null);
            return data;
        }
        if (event instanceof LiveEventEvent e) {
            return liveEvent(e.liveEvent());
        }
        if (event instanceof CampaignEvent e) {
            Map<String, Object> data = campaign(e.campaign());
            // one shape for all: null but on campaign.completed, which says why
            data.put("reason", e instanceof CampaignEvent.CampaignCompleted completed
                    ? completed.reason().name() : null);
            return data;
        }
        if (event instanceof OrganizationEvent e) {
            return organization(e.organization(),
                    e instanceof OrganizationEvent.OrganizationTierChanged changed ? changed.previousTier() : null);
        }
        throw new IllegalArgumentException("no published shape for " + event.getClass().getName());
    }

    /** What was sent to whom and how it ended; the body is left out (it may be long, and the id reads it back). */
    private static Map<String, Object> notification(Notification n) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", n.id().value());
        data.put("channel", n.recipient().channel().name());
        data.put("to", n.recipient().address());
        data.put("subject", n.subject());
        data.put("template_id", n.templateId() == null ? null : n.templateId().value());
        data.put("status", n.status().name());
        data.put("attempts", n.attempts());
        data.put("failure_reason", n.failureReason());
        data.put("created_at", n.createdAt().toString());
        return data;
    }

    /** The connection as GET /auth/integrations shows it: never a token. */
    private static Map<String, Object> connection(Connection c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", c.id().value());
        data.put("provider", c.provider().slug());
        data.put("user_id", c.userId().value());
        data.put("provider_user_id", c.providerUserId());
        data.put("scopes", c.scopes());
        data.put("status", c.status().name());
        data.put("connected_at", c.connectedAt().toString());
        return data;
    }

    /** Never the operator who suspended it: the organization sees when and why, not who. */
    private static Map<String, Object> organization(Organization o, Tier previousTier) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", o.id().value());
        data.put("name", o.name());
        data.put("tier", o.tier().name());
        data.put("requests_per_hour", o.tier().requestsPerHour());
        data.put("previous_tier", previousTier == null ? null : previousTier.name());
        data.put("status", o.status().name());
        data.put("suspended_at", o.suspension() == null ? null : o.suspension().at().toString());
        data.put("suspension_reason", o.suspension() == null ? null : o.suspension().reason());
        return data;
    }

    private static Map<String, Object> release(Release r, int trackCount) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", r.id().value());
        data.put("title", r.title());
        data.put("artist_id", r.artistId().value());
        data.put("upc", r.upc() == null ? null : r.upc().value());
        data.put("label", r.label());
        data.put("release_date", r.releaseDate() == null ? null : r.releaseDate().toString());
        data.put("genre", r.genre());
        data.put("territories", r.territories().stream().map(Territory::code).toList());
        data.put("status", r.status().name());
        data.put("track_count", trackCount);
        data.put("version", r.version());
        return data;
    }

    private static Map<String, Object> artist(Artist a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", a.id().value());
        data.put("name", a.name());
        data.put("musicbrainz_id", a.musicbrainzId());
        data.put("spotify_id", a.spotifyId());
        return data;
    }

    /** The live event as GET /events/{event_id} shows it, the date with the offset it was given. */
    private static Map<String, Object> liveEvent(LiveEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", e.id().value());
        data.put("title", e.title());
        data.put("description", e.description());
        data.put("date", e.dateText());
        data.put("location", e.location());
        data.put("capacity", e.capacity());
        data.put("organizer", e.organizer());
        data.put("status", e.status().name());
        data.put("version", e.version());
        return data;
    }

    /** The campaign as GET /campaigns/{id} shows it: money as decimal strings in major units with the currency. */
    private static Map<String, Object> campaign(Campaign c) {
        CampaignPlan p = c.plan();
        CampaignMetrics m = c.metrics();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", c.id().value());
        data.put("name", p.name());
        data.put("objective", p.objective().name());
        data.put(RELEASE_ID, p.promotes().releaseId() == null ? null : p.promotes().releaseId().value());
        data.put("track_id", p.promotes().trackId() == null ? null : p.promotes().trackId().value());
        data.put("budget", money(p.budget()));
        data.put("daily_budget", money(p.dailyBudget()));
        data.put("start_date", p.startDate().toString());
        data.put("end_date", p.endDate() == null ? null : p.endDate().toString());
        data.put("audience_ids", p.audienceIds().stream().map(AudienceId::value).toList());
        data.put("ad_account_id", p.adAccountId() == null ? null : p.adAccountId().value());
        Map<String, Object> goal = null;
        if (p.goal() != null) {
            goal = new LinkedHashMap<>();
            goal.put("metric", p.goal().metric().name());
            goal.put("target", p.goal().target());
        }
        data.put("goal", goal);
        data.put("status", c.status().name());
        data.put("meta_campaign_id", c.meta() == null ? null : c.meta().campaignId().value());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("spend", money(m.spend()));
        metrics.put("impressions", m.impressions());
        metrics.put("reach", m.reach());
        metrics.put("clicks", m.clicks());
        metrics.put("conversions", m.conversions());
        metrics.put("as_of", m.asOf() == null ? null : m.asOf().toString());
        data.put("metrics", metrics);
        data.put("version", c.version());
        return data;
    }

    private static Map<String, Object> money(Money money) {
        if (money == null) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amount", money.decimal().toPlainString());
        data.put("currency", money.currency().getCurrencyCode());
        return data;
    }

    private static Map<String, Object> track(Track t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", t.id().value());
        data.put("title", t.title());
        data.put(RELEASE_ID, t.releaseId() == null ? null : t.releaseId().value());
        data.put("isrc", t.isrc() == null ? null : t.isrc().value());
        data.put("duration_ms", t.durationMs());
        data.put("explicit", t.explicit());
        data.put("position", t.position());
        return data;
    }

    private static Map<String, Object> delivery(Delivery d, String partnerName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", d.id().value());
        data.put(RELEASE_ID, d.releaseId().value());
        data.put("partner_id", d.partnerId().value());
        data.put("partner_name", partnerName);
        data.put("kind", d.kind().name());
        data.put("status", d.status().name());
        data.put("attempts", d.attempts().size());
        data.put("partner_reference", d.partnerReference());
        return data;
    }

    private static Map<String, Object> executed(WorkflowExecution execution, String ruleName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("execution_id", execution.id().value());
        data.put("rule_id", execution.ruleId().value());
        data.put("rule_name", ruleName);
        data.put("trigger_event_id", execution.eventId());
        data.put("trigger_event_type", execution.eventType());
        data.put("status", execution.status().name());
        return data;
    }
}
