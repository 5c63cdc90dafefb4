package io.soundport.application.webhooks;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;

import java.time.Instant;

/**
 * Webhook endpoints of the caller's organization (ADMIN, or a key with the admin scope): registration behind the
 * SSRF guard, secrets shown once and kept encrypted, and rotation. What is sent to an endpoint is
 * {@link WebhookMessageService}'s.
 */
public final class WebhookService {
    private final TransactionRunner tx;
    private final WebhookEndpoints endpoints;
    private final SecretCipher cipher;
    private final OutboundUrlGuard guard;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public WebhookService(TransactionRunner tx, WebhookEndpoints endpoints, SecretCipher cipher, OutboundUrlGuard guard,
                          IdGenerator ids, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.guard = guard;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    /** The check to build {@link CreateWebhookCommand} and {@link UpdateWebhookCommand} with: the SSRF guard. */
    public UrlCheck urlCheck() {
        return guard::check;
    }

    public CreatedEndpoint create(Caller caller, CreateWebhookCommand command) {
        caller.require(Permission.MANAGE);
        guard.check(command.url(), "url");
        String secret = WebhookSigner.newSecret();
        Instant now = clock.now();
        WebhookEndpoint endpoint = new WebhookEndpoint(WebhookEndpointId.generate(ids), caller.organizationId(),
                command.url(), command.events(), command.description(), command.active(), cipher.encrypt(secret), null,
                null, null, 0, now, now, 1);
        tx.run(() -> {
            endpoints.add(endpoint);
            audit.record(caller, "webhook.created", endpoint.id().value());
        });
        return new CreatedEndpoint(endpoint, secret);
    }

    public WebhookEndpoint get(Caller caller, WebhookEndpointId id) {
        caller.require(Permission.MANAGE);
        return endpoints.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound("Webhook endpoint", id.value()));
    }

    public Page<WebhookEndpoint> list(Caller caller, PageRequest page) {
        caller.require(Permission.MANAGE);
        return endpoints.list(caller.organizationId(), page);
    }

    /** Changes the given fields (null keeps a field); re-enabling a disabled endpoint clears its failures. */
    public WebhookEndpoint update(Caller caller, UpdateWebhookCommand command) {
        caller.require(Permission.MANAGE);
        if (command.url() != null) {
            guard.check(command.url(), "url");
        }
        return tx.inTransaction(() -> {
            WebhookEndpoint current = get(caller, command.id());
            Versions.check(command.expectedVersion(), current.version(), "Webhook endpoint " + command.id().value());
            audit.record(caller, "webhook.updated", current.id().value());
            return endpoints.update(current.edit(command.url(), command.events(), command.description(),
                    command.active(), clock.now()));
        });
    }

    public void delete(Caller caller, DeleteCommand<WebhookEndpointId> command) {
        WebhookEndpointId id = command.id();
        caller.require(Permission.MANAGE);
        tx.run(() -> {
            WebhookEndpoint current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), "Webhook endpoint " + id.value());
            endpoints.remove(caller.organizationId(), id);
            audit.record(caller, "webhook.deleted", id.value());
        });
    }

    /** A new secret; the previous one keeps signing alongside it for 24 hours. */
    public CreatedEndpoint rotateSecret(Caller caller, WebhookEndpointId id) {
        caller.require(Permission.MANAGE);
        String secret = WebhookSigner.newSecret();
        WebhookEndpoint rotated = tx.inTransaction(() -> {
            audit.record(caller, "webhook.secret_rotated", id.value());
            return endpoints.update(get(caller, id).rotateSecret(cipher.encrypt(secret), clock.now()));
        });
        return new CreatedEndpoint(rotated, secret);
    }
}
