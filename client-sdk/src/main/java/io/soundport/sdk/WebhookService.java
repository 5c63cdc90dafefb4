package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.EventType;
import io.soundport.sdk.model.WebhookEndpoint;
import io.soundport.sdk.model.WebhookEndpointWithSecret;
import io.soundport.sdk.model.WebhookMessage;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.WebhookCreateParams;
import io.soundport.sdk.param.WebhookUpdateParams;

import java.util.List;
import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Webhook endpoints of the caller's organization: registration (the signing secret is shown once), changes, secret
 * rotation, a test event, the messages sent with every attempt, and replay. Needs an OWNER or ADMIN, or an API key
 * with the {@code admin} scope. To check the webhooks a receiver gets, use {@link Webhooks#verify}.
 * Reached through {@link SoundportClient#webhooks()}.
 * <p>Needs the {@code admin} scope (or the ADMIN role), also to read. Every method may also throw the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class WebhookService {
    private final Transport transport;

    WebhookService(Transport transport) {
        this.transport = transport;
    }

    /**
     * The event types an endpoint can subscribe to, each with an example of its {@code data}.
     *
     * @return every event type
     */
    public List<EventType> eventTypes() {
        return eventTypes(RequestOptions.none());
    }

    /**
     * The event types an endpoint can subscribe to, each with an example of its {@code data}.
     *
     * @param options a deadline
     * @return every event type
     */
    public List<EventType> eventTypes(RequestOptions options) {
        return transport.data(Call.get("webhooks", "event-types").options(options), EventType.class);
    }

    /**
     * Registers an endpoint; {@link WebhookEndpointWithSecret#secret()} is shown this once.
     *
     * @param params the URL, the event types, a description
     * @return the endpoint with its signing secret
     * @throws ValidationException when the URL is refused by the outbound URL check, an event type is unknown, or a
     *                             field is invalid
     */
    public WebhookEndpointWithSecret create(WebhookCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Registers an endpoint; {@link WebhookEndpointWithSecret#secret()} is shown this once.
     *
     * @param params  the URL, the event types, a description
     * @param options an idempotency key, a deadline
     * @return the endpoint with its signing secret
     * @throws ValidationException when the URL is refused by the outbound URL check, an event type is unknown, or a
     *                             field is invalid
     */
    public WebhookEndpointWithSecret create(WebhookCreateParams params, RequestOptions options) {
        return transport.send(Call.post("webhooks").body(params).options(options), WebhookEndpointWithSecret.class);
    }

    /**
     * Reads one endpoint, without its secret.
     *
     * @param id the endpoint's id
     * @return the endpoint
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public WebhookEndpoint retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one endpoint, without its secret.
     *
     * @param id      the endpoint's id
     * @param options a deadline
     * @return the endpoint
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public WebhookEndpoint retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("webhooks", id).options(options), WebhookEndpoint.class);
    }

    /**
     * Changes an endpoint; {@code active(true)} re-enables one that was disabled after failures.
     *
     * @param id     the endpoint's id
     * @param params the fields to change
     * @return the endpoint as changed
     * @throws ValidationException when the URL is refused by the outbound URL check, an event type is unknown, or a
     *                             field is invalid
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public WebhookEndpoint update(String id, WebhookUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes an endpoint; {@code active(true)} re-enables one that was disabled after failures.
     *
     * @param id      the endpoint's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the endpoint as changed
     * @throws ValidationException when the URL is refused by the outbound URL check, an event type is unknown, or a
     *                             field is invalid
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public WebhookEndpoint update(String id, WebhookUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("webhooks", id).conditional().body(params).options(options),
                WebhookEndpoint.class);
    }

    /**
     * Deletes an endpoint; the messages still pending for it are dropped.
     *
     * @param id the endpoint's id
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes an endpoint; the messages still pending for it are dropped.
     *
     * @param id      the endpoint's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("webhooks", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of the endpoints, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WebhookEndpoint> list() {
        return list(ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the endpoints, newest first.
     *
     * @param params limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WebhookEndpoint> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of the endpoints, newest first.
     *
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WebhookEndpoint> list(ListParams params, RequestOptions options) {
        return transport.list(Call.get("webhooks").query(params).options(options), WebhookEndpoint.class);
    }

    /**
     * Gives an endpoint a new signing secret, shown this once; the previous secret keeps signing alongside it for
     * 24 hours ({@link WebhookEndpointWithSecret#previousSecretExpiresAt()}), so receivers can switch over.
     *
     * @param id the endpoint's id
     * @return the endpoint with its new secret
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public WebhookEndpointWithSecret rotateSecret(String id) {
        return rotateSecret(id, RequestOptions.none());
    }

    /**
     * Gives an endpoint a new signing secret, shown this once; the previous secret keeps signing alongside it for
     * 24 hours ({@link WebhookEndpointWithSecret#previousSecretExpiresAt()}), so receivers can switch over.
     *
     * @param id      the endpoint's id
     * @param options a deadline
     * @return the endpoint with its new secret
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public WebhookEndpointWithSecret rotateSecret(String id, RequestOptions options) {
        return transport.send(Call.post("webhooks", id, "rotate-secret").options(options),
                WebhookEndpointWithSecret.class);
    }

    /**
     * Queues a {@code webhook.test} event to this endpoint now, whatever it subscribes to; the answer is the message
     * before any attempt ({@code PENDING}): read it again with {@link #retrieveMessage} to see how it went.
     *
     * @param id the endpoint's id
     * @return the message queued
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public WebhookMessage test(String id) {
        return test(id, RequestOptions.none());
    }

    /**
     * Queues a {@code webhook.test} event to this endpoint now, whatever it subscribes to; the answer is the message
     * before any attempt ({@code PENDING}): read it again with {@link #retrieveMessage} to see how it went.
     *
     * @param id      the endpoint's id
     * @param options a deadline
     * @return the message queued
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public WebhookMessage test(String id, RequestOptions options) {
        return transport.send(Call.post("webhooks", id, "test").options(options), WebhookMessage.class);
    }

    /**
     * The first page of what was sent to an endpoint, newest first, each message with its attempts.
     *
     * @param id the endpoint's id
     * @return the first page
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WebhookMessage> listMessages(String id) {
        return listMessages(id, ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of what was sent to an endpoint, newest first, each message with its attempts.
     *
     * @param id     the endpoint's id
     * @param params limit and cursor
     * @return the page
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WebhookMessage> listMessages(String id, ListParams params) {
        return listMessages(id, params, RequestOptions.none());
    }

    /**
     * A page of what was sent to an endpoint, newest first, each message with its attempts.
     *
     * @param id      the endpoint's id
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<WebhookMessage> listMessages(String id, ListParams params, RequestOptions options) {
        return transport.list(Call.get("webhooks", id, "messages").query(params).options(options),
                WebhookMessage.class);
    }

    /**
     * Reads one message sent to an endpoint, with every attempt.
     *
     * @param id        the endpoint's id
     * @param messageId the message's id
     * @return the message
     * @throws NotFoundException when the endpoint or the message is not in the organization
     */
    public WebhookMessage retrieveMessage(String id, String messageId) {
        return retrieveMessage(id, messageId, RequestOptions.none());
    }

    /**
     * Reads one message sent to an endpoint, with every attempt.
     *
     * @param id        the endpoint's id
     * @param messageId the message's id
     * @param options   a deadline
     * @return the message
     * @throws NotFoundException when the endpoint or the message is not in the organization
     */
    public WebhookMessage retrieveMessage(String id, String messageId, RequestOptions options) {
        return transport.send(Call.get("webhooks", id, "messages", messageId).options(options), WebhookMessage.class);
    }

    /**
     * Sends a finished message ({@code SUCCEEDED} or {@code FAILED}) again, with the same id and body, so receivers
     * can deduplicate; its attempts are kept. A message still {@code PENDING} fails with a
     * {@link io.soundport.sdk.exception.ConflictException}.
     *
     * @param id        the endpoint's id
     * @param messageId the message's id
     * @return the message, {@code PENDING} again
     * @throws NotFoundException when the endpoint or the message is not in the organization
     * @throws ConflictException when the message is still being delivered
     */
    public WebhookMessage replayMessage(String id, String messageId) {
        return replayMessage(id, messageId, RequestOptions.none());
    }

    /**
     * Sends a finished message ({@code SUCCEEDED} or {@code FAILED}) again, with the same id and body, so receivers
     * can deduplicate; its attempts are kept. A message still {@code PENDING} fails with a
     * {@link io.soundport.sdk.exception.ConflictException}.
     *
     * @param id        the endpoint's id
     * @param messageId the message's id
     * @param options   a deadline
     * @return the message, {@code PENDING} again
     * @throws NotFoundException when the endpoint or the message is not in the organization
     * @throws ConflictException when the message is still being delivered
     */
    public WebhookMessage replayMessage(String id, String messageId, RequestOptions options) {
        return transport.send(Call.post("webhooks", id, "messages", messageId, "replay").options(options),
                WebhookMessage.class);
    }

    /**
     * Reads an endpoint (never its secret) unless the copy the caller has is still current
     * ({@code If-None-Match}): polling for a change costs no body while nothing changed.
     *
     * @param id           the endpoint's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the endpoint, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public Optional<WebhookEndpoint> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads an endpoint (never its secret) unless the copy the caller has is still current
     * ({@code If-None-Match}): polling for a change costs no body while nothing changed.
     *
     * @param id           the endpoint's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the endpoint, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no webhook endpoint with this id
     */
    public Optional<WebhookEndpoint> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("webhooks", id).unlessVersion(knownVersion).options(options),
                WebhookEndpoint.class);
    }
}
