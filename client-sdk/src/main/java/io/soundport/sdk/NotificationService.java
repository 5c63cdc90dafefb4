package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Notification;
import io.soundport.sdk.model.ApiEnum;
import io.soundport.sdk.model.NotificationChannel;
import io.soundport.sdk.model.NotificationOptOut;
import io.soundport.sdk.model.NotificationTemplate;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.NotificationListParams;
import io.soundport.sdk.param.NotificationOptOutListParams;
import io.soundport.sdk.param.NotificationQueueParams;
import io.soundport.sdk.param.NotificationTemplateCreateParams;
import io.soundport.sdk.param.NotificationTemplateUpdateParams;

import java.util.Objects;
import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * E-mail, SMS and push notifications of the caller's organization: queued here ({@code QUEUED}), sent by the server
 * in the background with retries on its schedule until the provider accepts them ({@code SENT}, with the provider's
 * message id) or the last attempt fails ({@code FAILED}, with the reason); read them back to see how they went. Their
 * text is given, or comes from a template of the organization ({@link #createTemplate(NotificationTemplateCreateParams)}
 * and the other {@code ...Template} methods) filled from the notification's data. Recipients who asked to be sent
 * nothing more on a channel go on the organization's opt-out list ({@link #optOut(NotificationChannel, String)}).
 * Reached through {@link SoundportClient#notifications()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to queue notifications, to create, change and delete
 * templates and to change the opt-out list, {@code read} to read them.
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

    /**
     * Adds a template: a named message of one channel with variables, which {@code queue(..)} fills from a
     * notification's data. Its text is checked as a notification's of its channel would be, and its syntax.
     *
     * @param params the name, the channel, and the subject and body in the template language
     * @return the template added
     * @throws ValidationException when a field is invalid (an e-mail template without a subject, an SMS template with
     *                             one, a text that does not parse); {@link ValidationException#details()} names each one
     * @throws ConflictException when the organization has a template of this name already
     */
    public NotificationTemplate createTemplate(NotificationTemplateCreateParams params) {
        return createTemplate(params, RequestOptions.none());
    }

    /**
     * Adds a template: a named message of one channel with variables, which {@code queue(..)} fills from a
     * notification's data. Its text is checked as a notification's of its channel would be, and its syntax.
     *
     * @param params  the name, the channel, and the subject and body in the template language
     * @param options an idempotency key, a deadline
     * @return the template added
     * @throws ValidationException when a field is invalid (an e-mail template without a subject, an SMS template with
     *                             one, a text that does not parse); {@link ValidationException#details()} names each one
     * @throws ConflictException when the organization has a template of this name already
     */
    public NotificationTemplate createTemplate(NotificationTemplateCreateParams params, RequestOptions options) {
        return transport.send(Call.post("notifications", "templates").body(params).options(options),
                NotificationTemplate.class);
    }

    /**
     * Reads one template.
     *
     * @param id the template's id ({@code ntt_...})
     * @return the template
     * @throws NotFoundException when the organization has no notification template with this id
     */
    public NotificationTemplate retrieveTemplate(String id) {
        return retrieveTemplate(id, RequestOptions.none());
    }

    /**
     * Reads one template.
     *
     * @param id      the template's id ({@code ntt_...})
     * @param options a deadline
     * @return the template
     * @throws NotFoundException when the organization has no notification template with this id
     */
    public NotificationTemplate retrieveTemplate(String id, RequestOptions options) {
        return transport.send(Call.get("notifications", "templates", id).options(options), NotificationTemplate.class);
    }

    /**
     * Changes a template's name or text; its channel stays. Notifications already queued from it keep their text.
     *
     * @param id     the template's id ({@code ntt_...})
     * @param params the fields to change
     * @return the template as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no notification template with this id
     * @throws ConflictException when the new name is another template's
     */
    public NotificationTemplate updateTemplate(String id, NotificationTemplateUpdateParams params) {
        return updateTemplate(id, params, RequestOptions.none());
    }

    /**
     * Changes a template's name or text; its channel stays. Notifications already queued from it keep their text.
     *
     * @param id      the template's id ({@code ntt_...})
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the template as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no notification template with this id
     * @throws ConflictException when the new name is another template's
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public NotificationTemplate updateTemplate(String id, NotificationTemplateUpdateParams params,
                                               RequestOptions options) {
        return transport.send(Call.patch("notifications", "templates", id).conditional().body(params)
                .options(options), NotificationTemplate.class);
    }

    /**
     * Deletes a template; the notifications queued from it keep their text and its id.
     *
     * @param id the template's id ({@code ntt_...})
     * @throws NotFoundException when the organization has no notification template with this id
     */
    public void deleteTemplate(String id) {
        deleteTemplate(id, RequestOptions.none());
    }

    /**
     * Deletes a template; the notifications queued from it keep their text and its id.
     *
     * @param id      the template's id ({@code ntt_...})
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no notification template with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void deleteTemplate(String id, RequestOptions options) {
        transport.send(Call.delete("notifications", "templates", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of the templates, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit or the cursor is invalid
     */
    public Page<NotificationTemplate> listTemplates() {
        return listTemplates(ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the templates, newest first.
     *
     * @param params limit and cursor
     * @return the page
     * @throws ValidationException when the limit or the cursor is invalid
     */
    public Page<NotificationTemplate> listTemplates(ListParams params) {
        return listTemplates(params, RequestOptions.none());
    }

    /**
     * A page of the templates, newest first.
     *
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit or the cursor is invalid
     */
    public Page<NotificationTemplate> listTemplates(ListParams params, RequestOptions options) {
        return transport.list(Call.get("notifications", "templates").query(params).options(options),
                NotificationTemplate.class);
    }

    /**
     * Reads a template unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the template's id ({@code ntt_...})
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the template, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no notification template with this id
     */
    public Optional<NotificationTemplate> retrieveTemplateIfModified(String id, long knownVersion) {
        return retrieveTemplateIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a template unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the template's id ({@code ntt_...})
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the template, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no notification template with this id
     */
    public Optional<NotificationTemplate> retrieveTemplateIfModified(String id, long knownVersion,
                                                                     RequestOptions options) {
        return transport.sendIfModified(Call.get("notifications", "templates", id).unlessVersion(knownVersion)
                .options(options), NotificationTemplate.class);
    }

    /**
     * Puts a recipient on the organization's opt-out list: notifications to them on this channel are refused from
     * now on, and those already queued fail unsent. Adding one already on the list changes nothing.
     *
     * @param channel the channel they opt out of
     * @param to      the recipient, in any form of the address (the server keeps its normal form)
     * @return their opt-out; the first one when they were on the list already
     * @throws ValidationException when the recipient is not of the channel's form
     */
    public NotificationOptOut optOut(NotificationChannel channel, String to) {
        return optOut(channel, to, RequestOptions.none());
    }

    /**
     * Puts a recipient on the organization's opt-out list: notifications to them on this channel are refused from
     * now on, and those already queued fail unsent. Adding one already on the list changes nothing.
     *
     * @param channel the channel they opt out of
     * @param to      the recipient, in any form of the address (the server keeps its normal form)
     * @param options an idempotency key, a deadline
     * @return their opt-out; the first one when they were on the list already
     * @throws ValidationException when the recipient is not of the channel's form
     */
    public NotificationOptOut optOut(NotificationChannel channel, String to, RequestOptions options) {
        return transport.send(Call.post("notifications", "opt-outs").body(new OptOutBody(channel, to))
                .options(options), NotificationOptOut.class);
    }

    /**
     * Takes a recipient off the opt-out list: they may be sent notifications on this channel again.
     *
     * @param channel the channel they had opted out of
     * @param to      the recipient, in any form of the address
     * @throws NotFoundException when they are not on the list
     * @throws ValidationException when the recipient is not of the channel's form
     */
    public void removeOptOut(NotificationChannel channel, String to) {
        removeOptOut(channel, to, RequestOptions.none());
    }

    /**
     * Takes a recipient off the opt-out list: they may be sent notifications on this channel again.
     *
     * @param channel the channel they had opted out of
     * @param to      the recipient, in any form of the address
     * @param options a deadline
     * @throws NotFoundException when they are not on the list
     * @throws ValidationException when the recipient is not of the channel's form
     */
    public void removeOptOut(NotificationChannel channel, String to, RequestOptions options) {
        OptOutBody recipient = new OptOutBody(channel, to);
        transport.send(Call.delete("notifications", "opt-outs").param("channel", recipient.channel().value())
                .param("to", recipient.to()).options(options), Void.class);
    }

    /**
     * The first page of the opt-out list, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit or the cursor is invalid
     */
    public Page<NotificationOptOut> listOptOuts() {
        return listOptOuts(NotificationOptOutListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the opt-out list, newest first.
     *
     * @param params a channel, limit and cursor
     * @return the page
     * @throws ValidationException when the limit or the cursor is invalid
     */
    public Page<NotificationOptOut> listOptOuts(NotificationOptOutListParams params) {
        return listOptOuts(params, RequestOptions.none());
    }

    /**
     * A page of the opt-out list, newest first.
     *
     * @param params  a channel, limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit or the cursor is invalid
     */
    public Page<NotificationOptOut> listOptOuts(NotificationOptOutListParams params, RequestOptions options) {
        return transport.list(Call.get("notifications", "opt-outs").query(params).options(options),
                NotificationOptOut.class);
    }

    /** The recipient of an opt-out as the server reads it; never shows the address. */
    private record OptOutBody(NotificationChannel channel, String to) {
        OptOutBody {
            ApiEnum.requireKnown(Objects.requireNonNull(channel, "channel is required"), "channel");
            Objects.requireNonNull(to, "to is required");
        }

        @Override
        public String toString() {
            return "OptOut[" + channel + "]";
        }
    }
}
