package io.soundport.adapters.local;

import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.MediaAssets;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Partners;
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
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.analytics.report.ReportImports;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.marketing.CampaignInsights;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.port.NewWork;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.notifications.NotificationTemplates;
import io.soundport.domain.notifications.Notifications;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.persistence.PortRegistry;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRules;

/**
 * Every persistence port kept in memory, thread-safe, sharing one unit of work: for tests, demos and the
 * {@code memory} persistence mode. Everything is lost when the process ends.
 */
public final class InMemoryPersistence implements PersistencePorts {
    private final PortRegistry registry;

    public InMemoryPersistence() {
        InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
        InMemoryArtistsAdapter artists = new InMemoryArtistsAdapter(transactions);
        InMemoryTracksAdapter tracks = new InMemoryTracksAdapter(transactions);
        registry = PortRegistry.builder()
                .register(TransactionRunner.class, transactions)
                .register(Outbox.class, new InMemoryOutboxAdapter(transactions))
                .register(NewWork.class, transactions.newWork())
                .register(IdempotencyStore.class, new InMemoryIdempotencyStoreAdapter(transactions))
                .register(RateLimitStore.class, new InMemoryRateLimitStoreAdapter())
                .register(AuditLog.class, new InMemoryAuditLogAdapter(transactions))
                .register(Organizations.class, new InMemoryOrganizationsAdapter(transactions))
                .register(Users.class, new InMemoryUsersAdapter(transactions))
                .register(Memberships.class, new InMemoryMembershipsAdapter(transactions))
                .register(RefreshTokens.class, new InMemoryRefreshTokensAdapter(transactions))
                .register(EmailVerificationTokens.class, new InMemoryEmailVerificationTokensAdapter(transactions))
                .register(Applications.class, new InMemoryApplicationsAdapter(transactions))
                .register(ApiKeys.class, new InMemoryApiKeysAdapter(transactions))
                .register(Artists.class, artists)
                .register(Releases.class, new InMemoryReleasesAdapter(transactions, artists, tracks))
                .register(Tracks.class, tracks)
                .register(MediaAssets.class, new InMemoryMediaAssetsAdapter(transactions))
                .register(Jobs.class, new InMemoryJobsAdapter(transactions))
                .register(WebhookEndpoints.class, new InMemoryWebhookEndpointsAdapter(transactions))
                .register(WebhookMessages.class, new InMemoryWebhookMessagesAdapter(transactions))
                .register(Partners.class, new InMemoryPartnersAdapter(transactions))
                .register(Deliveries.class, new InMemoryDeliveriesAdapter(transactions))
                .register(WorkflowRules.class, new InMemoryWorkflowRulesAdapter(transactions))
                .register(WorkflowExecutions.class, new InMemoryWorkflowExecutionsAdapter(transactions))
                .register(UpstreamServices.class, new InMemoryUpstreamServicesAdapter(transactions))
                .register(Notifications.class, new InMemoryNotificationsAdapter(transactions))
                .register(NotificationTemplates.class, new InMemoryNotificationTemplatesAdapter(transactions))
                .register(OptOuts.class, new InMemoryOptOutsAdapter(transactions))
                .register(Connections.class, new InMemoryConnectionsAdapter(transactions))
                .register(PendingAuthorizations.class, new InMemoryPendingAuthorizationsAdapter(transactions))
                .register(TrackSyncs.class, new InMemoryTrackSyncsAdapter(transactions))
                .register(StreamFacts.class, new InMemoryStreamFactsAdapter())
                .register(ReportImports.class, new InMemoryReportImportsAdapter(transactions))
                .register(LiveEvents.class, new InMemoryLiveEventsAdapter(transactions))
                .register(Campaigns.class, new InMemoryCampaignsAdapter(transactions))
                .register(Audiences.class, new InMemoryAudiencesAdapter(transactions))
                .register(CampaignInsights.class, new InMemoryCampaignInsightsAdapter(transactions))
                .build();
    }

    @Override
    public PortRegistry registry() {
        return registry;
    }

    @Override
    public boolean isReachable() {
        return true;
    }
}
