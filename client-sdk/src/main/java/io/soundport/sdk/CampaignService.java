package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Campaign;
import io.soundport.sdk.param.CampaignCreateParams;
import io.soundport.sdk.param.CampaignListParams;
import io.soundport.sdk.param.CampaignUpdateParams;

import java.util.Optional;

import static io.soundport.sdk.Transport.Call;

/**
 * Marketing campaigns of the organization, at {@code /campaigns}. Reached through {@link SoundportClient#campaigns()}.
 * <p>A campaign is created as a DRAFT, launched ({@code ACTIVE}), paused and launched again, and completes when its
 * end date has passed or its budget is spent (the server measures running campaigns every hour by default). When it
 * names a Meta ad account, its first launch creates it on Meta through the signed-in user's Meta connection, and
 * pausing, resuming and a new budget act there too. Needs the {@code write} scope (or the MEMBER role) to change
 * campaigns, {@code read} to read them. A move the status rules refuse fails with {@link ConflictException}. Every
 * method may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class CampaignService {
    private final Transport transport;

    CampaignService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Creates a campaign, as a DRAFT.
     *
     * @param params the campaign
     * @return the campaign created
     * @throws ValidationException when a field is invalid, or the release or track is not in the catalog;
     *                             {@link ValidationException#details()} names each one
     */
    public Campaign create(CampaignCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Creates a campaign, as a DRAFT.
     *
     * @param params  the campaign
     * @param options an idempotency key, a deadline
     * @return the campaign created
     * @throws ValidationException when a field is invalid, or the release or track is not in the catalog
     */
    public Campaign create(CampaignCreateParams params, RequestOptions options) {
        return transport.send(Call.post("campaigns").body(params).options(options), Campaign.class);
    }

    /**
     * Reads one campaign, with its metrics.
     *
     * @param id the campaign's id
     * @return the campaign
     * @throws NotFoundException when the organization has no campaign with this id
     */
    public Campaign retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one campaign, with its metrics.
     *
     * @param id      the campaign's id
     * @param options a deadline
     * @return the campaign
     * @throws NotFoundException when the organization has no campaign with this id
     */
    public Campaign retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("campaigns", id).options(options), Campaign.class);
    }

    /**
     * Reads a campaign unless the copy the caller has is still current ({@code If-None-Match}).
     *
     * @param id           the campaign's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @return the campaign, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no campaign with this id
     */
    public Optional<Campaign> retrieveIfModified(String id, long knownVersion) {
        return retrieveIfModified(id, knownVersion, RequestOptions.none());
    }

    /**
     * Reads a campaign unless the copy the caller has is still current ({@code If-None-Match}).
     *
     * @param id           the campaign's id
     * @param knownVersion the {@code version} of the copy the caller has
     * @param options      a deadline
     * @return the campaign, or empty when its version is still {@code knownVersion} (304, not modified)
     * @throws NotFoundException when the organization has no campaign with this id
     */
    public Optional<Campaign> retrieveIfModified(String id, long knownVersion, RequestOptions options) {
        return transport.sendIfModified(Call.get("campaigns", id).unlessVersion(knownVersion).options(options),
                Campaign.class);
    }

    /**
     * Changes some fields of a campaign, or archives it; the others are kept.
     *
     * @param id     the campaign's id
     * @param params the fields to change
     * @return the campaign as changed
     * @throws ValidationException when a field is invalid
     * @throws NotFoundException   when the organization has no campaign with this id
     * @throws ConflictException   when the campaign's rules refuse the change (a launched campaign's objective, a
     *                             budget below its spend, an active campaign archived)
     */
    public Campaign update(String id, CampaignUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Changes some fields of a campaign, or archives it; the others are kept.
     *
     * @param id      the campaign's id
     * @param params  the fields to change
     * @param options {@code If-Match} with the version read, a deadline
     * @return the campaign as changed
     * @throws ValidationException         when a field is invalid
     * @throws NotFoundException           when the organization has no campaign with this id
     * @throws ConflictException           when the campaign's rules refuse the change
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public Campaign update(String id, CampaignUpdateParams params, RequestOptions options) {
        return transport.send(Call.patch("campaigns", id).conditional().body(params).options(options),
                Campaign.class);
    }

    /**
     * Deletes a DRAFT or ARCHIVED campaign.
     *
     * @param id the campaign's id
     * @throws NotFoundException when the organization has no campaign with this id
     * @throws ConflictException when the campaign is neither a draft nor archived
     */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /**
     * Deletes a DRAFT or ARCHIVED campaign.
     *
     * @param id      the campaign's id
     * @param options {@code If-Match} with the version read, a deadline
     * @throws NotFoundException           when the organization has no campaign with this id
     * @throws ConflictException           when the campaign is neither a draft nor archived
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current
     */
    public void delete(String id, RequestOptions options) {
        transport.send(Call.delete("campaigns", id).conditional().options(options), Void.class);
    }

    /**
     * Launches a DRAFT or PAUSED campaign ({@code ACTIVE}); when it names an ad account, creates it on Meta (first
     * launch) or resumes it there.
     *
     * @param id the campaign's id
     * @return the campaign, ACTIVE
     * @throws NotFoundException when the organization has no campaign with this id
     * @throws ConflictException when it is neither a draft nor paused, its end date has passed, its budget is spent,
     *                           or it names an ad account and the user has no Meta connection
     */
    public Campaign launch(String id) {
        return launch(id, RequestOptions.none());
    }

    /**
     * Launches a DRAFT or PAUSED campaign ({@code ACTIVE}); when it names an ad account, creates it on Meta (first
     * launch) or resumes it there.
     *
     * @param id      the campaign's id
     * @param options an idempotency key, {@code If-Match} with the version read, a deadline
     * @return the campaign, ACTIVE
     * @throws NotFoundException           when the organization has no campaign with this id
     * @throws ConflictException           when the status rules refuse it, or a Meta connection is missing
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current
     */
    public Campaign launch(String id, RequestOptions options) {
        return transport.send(Call.post("campaigns", id, "launch").conditional().options(options), Campaign.class);
    }

    /**
     * Pauses an ACTIVE campaign, on Meta too when it runs there.
     *
     * @param id the campaign's id
     * @return the campaign, PAUSED
     * @throws NotFoundException when the organization has no campaign with this id
     * @throws ConflictException when it is not active
     */
    public Campaign pause(String id) {
        return pause(id, RequestOptions.none());
    }

    /**
     * Pauses an ACTIVE campaign, on Meta too when it runs there.
     *
     * @param id      the campaign's id
     * @param options an idempotency key, {@code If-Match} with the version read, a deadline
     * @return the campaign, PAUSED
     * @throws NotFoundException           when the organization has no campaign with this id
     * @throws ConflictException           when it is not active
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current
     */
    public Campaign pause(String id, RequestOptions options) {
        return transport.send(Call.post("campaigns", id, "pause").conditional().options(options), Campaign.class);
    }

    /**
     * The first page of the organization's campaigns, newest first.
     *
     * @return the page
     */
    public Page<Campaign> list() {
        return list(CampaignListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of the organization's campaigns, newest first.
     *
     * @param params a status, text in the name, paging
     * @return the page
     */
    public Page<Campaign> list(CampaignListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of the organization's campaigns, newest first.
     *
     * @param params  a status, text in the name, paging
     * @param options a deadline
     * @return the page
     */
    public Page<Campaign> list(CampaignListParams params, RequestOptions options) {
        return transport.list(Call.get("campaigns").query(params).options(options), Campaign.class);
    }
}
