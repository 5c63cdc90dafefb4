package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Notification;
import io.soundport.sdk.param.NotificationListParams;
import io.soundport.sdk.param.NotificationQueueParams;

import static io.soundport.sdk.Transport.Call;

/**
 * E-mail, SMS and push notifications of the caller's organization: queued here ({@code QUEUED}), sent by the server
 * in the background with retries on its schedule until the provider accepts them ({@code SENT}, with the provider's
 * message id) or the last attempt fails ({@code FAILED}, with the reason); read them back to see how they went.
 * Reached through {@link SoundportClient#notifications()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to queue notifications, {@code read} to read them.
 * Every method may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class NotificationService {
    private final Transport transport;

    NotificationService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Queues a notification ({@code QUEUED}); the server sends it in the background. Its text is given (a subject for
     * an e-mail, a body) or comes from a template filled from {@code data}.
     *
     * @param params the channel, the recipient, and the text or a template and its data
     * @return the notification queued, before any attempt
     * @throws ValidationException when a field is invalid (a recipient not of the channel's form, a subject for an SMS,
     *                             a text and a template both, data without a template), or the template is unknown or
     *                             of another channel
     * @throws ConflictException when the recipient has opted out of the channel
     */
    public Notification queue(NotificationQueueParams params) {
        return queue(params, RequestOptions.none());
    }

    /**
     * Queues a notification ({@code QUEUED}); the server sends it in the background. Its text is given (a subject for
     * an e-mail, a body) or comes from a template filled from {@code data}.
     *
     * @param params  the channel, the recipient, and the text or a template and its data
     * @param options an idempotency key, a deadline
     * @return the notification queued, before any attempt
     * @throws ValidationException when a field is invalid (a recipient not of the channel's form, a subject for an SMS,
     *                             a text and a template both, data without a template), or the template is unknown or
     *                             of another channel
     * @throws ConflictException when the recipient has opted out of the channel
     */
    public Notification queue(NotificationQueueParams params, RequestOptions options) {
        return transport.send(Call.post("notifications").body(params).options(options), Notification.class);
    }

    /**
     * Reads one notification: {@code QUEUED}, {@code SENT} (with the provider's message id) or {@code FAILED} (with
     * the reason).
     *
     * @param id the notification's id
     * @return the notification
     * @throws NotFoundException when the organization has no notification with this id
     */
    public Notification retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one notification: {@code QUEUED}, {@code SENT} (with the provider's message id) or {@code FAILED} (with
     * the reason).
     *
     * @param id      the notification's id
     * @param options a deadline
     * @return the notification
     * @throws NotFoundException when the organization has no notification with this id
     */
    public Notification retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("notifications", id).options(options), Notification.class);
    }

    /**
     * The first page of all notifications, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Notification> list() {
        return list(NotificationListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of notifications, newest first.
     *
     * @param params filters (status, channel), limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Notification> list(NotificationListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of notifications, newest first.
     *
     * @param params  filters (status, channel), limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Notification> list(NotificationListParams params, RequestOptions options) {
        return transport.list(Call.get("notifications").query(params).options(options), Notification.class);
    }
}
