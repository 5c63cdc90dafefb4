package io.soundport.domain.persistence;

import io.soundport.domain.catalog.Artists;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.Users;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.IdempotencyStore;
import io.soundport.domain.port.Outbox;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRules;

/**
 * Every persistence port of one storage target, sharing one unit of work. Each persistence adapter module
 * (memory, PostgreSQL, DynamoDB) offers one implementation; the application is built from it.
 */
public interface PersistencePorts extends AutoCloseable {
    TransactionRunner transactions();

    Outbox outbox();

    IdempotencyStore idempotency();

    Organizations organizations();

    Users users();

    Memberships memberships();

    RefreshTokens refreshTokens();

    Applications applications();

    ApiKeys apiKeys();

    Artists artists();

    Releases releases();

    Tracks tracks();

    Jobs jobs();

    WebhookEndpoints webhookEndpoints();

    WebhookMessages webhookMessages();

    Partners partners();

    Deliveries deliveries();

    WorkflowRules workflowRules();

    WorkflowExecutions workflowExecutions();

    /** True when the storage answers now; readiness checks call it. */
    boolean isReachable();

    /** Releases connections and pools this set owns; the default owns none. */
    @Override
    default void close() {
    }
}
