package io.soundport.domain.persistence;

import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.EmailVerificationTokens;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.Users;
import io.soundport.domain.integrations.Connections;
import io.soundport.domain.integrations.PendingAuthorizations;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.port.NewWork;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRules;

/**
 * Every persistence port of one storage target, sharing one unit of work. Each persistence adapter module
 * (memory, PostgreSQL, DynamoDB) offers one implementation; the application is built from it.
 *
 * <p>A backend only supplies its {@link #registry()} of adapters, its reachability and its {@link #close()}; the
 * typed getters below are written once, here, and read the registry. A port without a getter is still reachable
 * through {@link #port(Class)}. {@code PersistencePortsContract} in port-contracts checks that every backend
 * registers exactly the ports that have a getter, and runs the contract suite of each.
 */
public interface PersistencePorts extends AutoCloseable {
    /** The adapters of this storage target, one per port, all built on one {@link TransactionRunner}. */
    PortRegistry registry();

    /** The adapter of the given port; an unregistered port is a wiring mistake and fails at once. */
    default <T> T port(Class<T> port) {
        return registry().get(port);
    }

    /** True when the storage answers now; readiness checks call it. */
    boolean isReachable();

    /** Releases connections and pools this set owns; the default owns none. */
    @Override
    default void close() {
    }

    default TransactionRunner transactions() {
        return port(TransactionRunner.class);
    }

    default Outbox outbox() {
        return port(Outbox.class);
    }

    default NewWork newWork() {
        return port(NewWork.class);
    }

    default IdempotencyStore idempotency() {
        return port(IdempotencyStore.class);
    }

    default RateLimitStore rateLimits() {
        return port(RateLimitStore.class);
    }

    default AuditLog auditLog() {
        return port(AuditLog.class);
    }

    default Organizations organizations() {
        return port(Organizations.class);
    }

    default Users users() {
        return port(Users.class);
    }

    default Memberships memberships() {
        return port(Memberships.class);
    }

    default RefreshTokens refreshTokens() {
        return port(RefreshTokens.class);
    }

    default EmailVerificationTokens emailVerificationTokens() {
        return port(EmailVerificationTokens.class);
    }

    default Applications applications() {
        return port(Applications.class);
    }

    default ApiKeys apiKeys() {
        return port(ApiKeys.class);
    }

    default Artists artists() {
        return port(Artists.class);
    }

    default Releases releases() {
        return port(Releases.class);
    }

    default Tracks tracks() {
        return port(Tracks.class);
    }

    default MediaAssets mediaAssets() {
        return port(MediaAssets.class);
    }

    default Jobs jobs() {
        return port(Jobs.class);
    }

    default WebhookEndpoints webhookEndpoints() {
        return port(WebhookEndpoints.class);
    }

    default WebhookMessages webhookMessages() {
        return port(WebhookMessages.class);
    }

    default Partners partners() {
        return port(Partners.class);
    }

    default Deliveries deliveries() {
        return port(Deliveries.class);
    }

    default WorkflowRules workflowRules() {
        return port(WorkflowRules.class);
    }

    default WorkflowExecutions workflowExecutions() {
        return port(WorkflowExecutions.class);
    }

    default UpstreamServices upstreamServices() {
        return port(UpstreamServices.class);
    }

    default Notifications notifications() {
        return port(Notifications.class);
    }

    default NotificationTemplates notificationTemplates() {
        return port(NotificationTemplates.class);
    }

    default OptOuts optOuts() {
        return port(OptOuts.class);
    }

    default Connections connections() {
        return port(Connections.class);
    }

    default PendingAuthorizations pendingAuthorizations() {
        return port(PendingAuthorizations.class);
    }

    default TrackSyncs trackSyncs() {
        return port(TrackSyncs.class);
    }

    default StreamFacts streamFacts() {
        return port(StreamFacts.class);
    }

    default ReportImports reportImports() {
        return port(ReportImports.class);
    }

    default LiveEvents liveEvents() {
        return port(LiveEvents.class);
    }

    default Campaigns campaigns() {
        return port(Campaigns.class);
    }

    default Audiences audiences() {
        return port(Audiences.class);
    }

    default CampaignInsights campaignInsights() {
        return port(CampaignInsights.class);
    }
}
