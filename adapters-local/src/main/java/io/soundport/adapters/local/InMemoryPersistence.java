package io.soundport.adapters.local;

import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.Users;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.persistence.PersistencePorts;
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
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryOutboxAdapter outbox = new InMemoryOutboxAdapter(transactions);
    private final InMemoryIdempotencyStoreAdapter idempotency = new InMemoryIdempotencyStoreAdapter(transactions);
    private final InMemoryOrganizationsAdapter organizations = new InMemoryOrganizationsAdapter(transactions);
    private final InMemoryUsersAdapter users = new InMemoryUsersAdapter(transactions);
    private final InMemoryMembershipsAdapter memberships = new InMemoryMembershipsAdapter(transactions);
    private final InMemoryRefreshTokensAdapter refreshTokens = new InMemoryRefreshTokensAdapter(transactions);
    private final InMemoryApplicationsAdapter applications = new InMemoryApplicationsAdapter(transactions);
    private final InMemoryApiKeysAdapter apiKeys = new InMemoryApiKeysAdapter(transactions);
    private final InMemoryArtistsAdapter artists = new InMemoryArtistsAdapter(transactions);
    private final InMemoryReleasesAdapter releases = new InMemoryReleasesAdapter(transactions);
    private final InMemoryTracksAdapter tracks = new InMemoryTracksAdapter(transactions);
    private final InMemoryJobsAdapter jobs = new InMemoryJobsAdapter(transactions);
    private final InMemoryWebhookEndpointsAdapter webhookEndpoints = new InMemoryWebhookEndpointsAdapter(transactions);
    private final InMemoryWebhookMessagesAdapter webhookMessages = new InMemoryWebhookMessagesAdapter(transactions);
    private final InMemoryPartnersAdapter partners = new InMemoryPartnersAdapter(transactions);
    private final InMemoryDeliveriesAdapter deliveries = new InMemoryDeliveriesAdapter(transactions);
    private final InMemoryWorkflowRulesAdapter workflowRules = new InMemoryWorkflowRulesAdapter(transactions);
    private final InMemoryWorkflowExecutionsAdapter workflowExecutions =
            new InMemoryWorkflowExecutionsAdapter(transactions);

    public InMemoryPersistence() {
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public IdempotencyStore idempotency() {
        return idempotency;
    }

    @Override
    public Organizations organizations() {
        return organizations;
    }

    @Override
    public Users users() {
        return users;
    }

    @Override
    public Memberships memberships() {
        return memberships;
    }

    @Override
    public RefreshTokens refreshTokens() {
        return refreshTokens;
    }

    @Override
    public Applications applications() {
        return applications;
    }

    @Override
    public ApiKeys apiKeys() {
        return apiKeys;
    }

    @Override
    public Artists artists() {
        return artists;
    }

    @Override
    public Releases releases() {
        return releases;
    }

    @Override
    public Tracks tracks() {
        return tracks;
    }

    @Override
    public Jobs jobs() {
        return jobs;
    }

    @Override
    public WebhookEndpoints webhookEndpoints() {
        return webhookEndpoints;
    }

    @Override
    public WebhookMessages webhookMessages() {
        return webhookMessages;
    }

    @Override
    public Partners partners() {
        return partners;
    }

    @Override
    public Deliveries deliveries() {
        return deliveries;
    }

    @Override
    public WorkflowRules workflowRules() {
        return workflowRules;
    }

    @Override
    public WorkflowExecutions workflowExecutions() {
        return workflowExecutions;
    }

    @Override
    public boolean isReachable() {
        return true;
    }
}
