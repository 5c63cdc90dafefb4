package io.soundport.sdk;

import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.AppUpdateParams;

import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Partner applications of the organization, the holders of API keys (ADMIN, or a key with the admin scope).
 * Reached through {@link SoundportClient#apps()}; their keys through {@link SoundportClient#apiKeys()}.
 * <p>Needs the {@code admin} scope (or the ADMIN role), also to read. Every method may also throw the exceptions the
 * {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class AppService {
    private final Transport transport;

    AppService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Registers a partner application.
     *
     * @param params the application
     * @return the application created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public Application create(AppCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Registers a partner application.
     *
     * @param params  the application
     * @param options an idempotency key, a deadline
     * @return the application created
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     */
    public Application create(AppCreateParams params, RequestOptions options) {
        return transport.send(Call.post("apps").body(params).options(options), Application.class);
    }

    /**
     * Reads one application.
     *
     * @param id the application's id
     * @return the application
     * @throws NotFoundException when the organization has no application with this id
     */
    public Application retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one application.
     *
     * @param id      the application's id
     * @param options a deadline
     * @return the application
     * @throws NotFoundException when the organization has no application with this id
     */
    public Application retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("apps", id).options(options), Application.class);
    }

    /**
     * Changes an application.
     *
     * @param id     the application's id
     * @param params the fields to change
     * @return the application as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no application with this id
     */
    public Application update(String id, AppUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes an application.
     *
     * @param id      the application's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the application as changed
     * @throws ValidationException when a field is invalid; {@link ValidationException#details()} names each one
     * @throws NotFoundException when the organization has no application with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Application update(String id, AppUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("apps", id).conditional().body(params).options(options), Application.class);
    }

    /**
     * Deletes an application and revokes its keys.
     *
     * @param id the application's id
     * @throws NotFoundException when the organization has no application with this id
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes an application and revokes its keys.
     *
     * @param id      the application's id
     * @param options a deadline, and the version to delete ({@code ifMatch}): a stale one fails with
     *                {@code PreconditionFailedException} and deletes nothing
     * @throws NotFoundException when the organization has no application with this id
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("apps", id).conditional().options(options), Void.class);
    }

    /**
     * The first page of all apps, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Application> list() {
        return list(ListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of applications, newest first.
     *
     * @param params limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Application> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of applications, newest first.
     *
     * @param params  limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Application> list(ListParams params, RequestOptions options) {
        return transport.list(Call.get("apps").query(params).options(options), Application.class);
    }

    /**
     * Reads an application unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the application's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the application, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no application with this id
     */
    public Optional<Application> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads an application unless the copy the caller has is still current ({@code If-None-Match}): polling for a change
     * costs no body while nothing changed.
     *
     * @param id           the application's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the application, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no application with this id
     */
    public Optional<Application> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("apps", id).unlessVersion(knownVersion).options(options),
                Application.class);
    }
}
