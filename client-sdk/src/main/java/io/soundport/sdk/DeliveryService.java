package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Delivery;
import io.soundport.sdk.model.DeliveryStatusSummary;
import io.soundport.sdk.param.DeliveryCreateParams;
import io.soundport.sdk.param.DeliveryListParams;

import java.util.List;

import static io.soundport.sdk.Transport.Call;

/**
 * Deliveries of releases to partners: each one a DDEX ERN package handed to one partner, retried on failure by the
 * server on its schedule until it is {@code DELIVERED} or, after the last attempt, {@code FAILED}. When every delivery
 * of a release is done, the release is {@code DELIVERED}. Reached through {@link SoundportClient#deliveries()}.
 * <p>Needs the {@code write} scope (or the MEMBER role) to create and retry deliveries, {@code read} to read them.
 * Every method may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class DeliveryService {
    private final Transport transport;

    DeliveryService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Queues one delivery of a release per partner; the release must be submitted (or already delivering or
     * delivered), have a UPC, a release date and an ISRC on every track, or this fails with a
     * {@link io.soundport.sdk.exception.ConflictException}. The release becomes {@code DELIVERING}.
     *
     * @param releaseId the release's id
     * @param params    the partners, each active
     * @return the deliveries queued, one per partner
     * @throws ValidationException when a partner id is not one of the organization
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is not submitted or lacks what a DSP needs (UPC, release date, ISRCs),
     *                           or a partner is not active
     */
    public List<Delivery> create(String releaseId, DeliveryCreateParams params) {
        return create(releaseId, params, RequestOptions.none());
    }

    /**
     * Queues one delivery of a release per partner; the release must be submitted (or already delivering or
     * delivered), have a UPC, a release date and an ISRC on every track, or this fails with a
     * {@link io.soundport.sdk.exception.ConflictException}. The release becomes {@code DELIVERING}.
     *
     * @param releaseId the release's id
     * @param params    the partners, each active
     * @param options   an idempotency key, a deadline
     * @return the deliveries queued, one per partner
     * @throws ValidationException when a partner id is not one of the organization
     * @throws NotFoundException when the organization has no release with this id
     * @throws ConflictException when the release is not submitted or lacks what a DSP needs (UPC, release date, ISRCs),
     *                           or a partner is not active
     */
    public List<Delivery> create(String releaseId, DeliveryCreateParams params, RequestOptions options) {
        return transport.data(Call.post("releases", releaseId, "deliveries").body(params).options(options),
                Delivery.class);
    }

    /**
     * Reads one delivery with every attempt.
     *
     * @param id the delivery's id
     * @return the delivery
     * @throws NotFoundException when the organization has no delivery with this id
     */
    public Delivery retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Reads one delivery with every attempt.
     *
     * @param id      the delivery's id
     * @param options a deadline
     * @return the delivery
     * @throws NotFoundException when the organization has no delivery with this id
     */
    public Delivery retrieve(String id, RequestOptions options) {
        return transport.send(Call.get("deliveries", id).options(options), Delivery.class);
    }

    /**
     * The first page of all deliveries, newest first.
     *
     * @return the first page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Delivery> list() {
        return list(DeliveryListParams.builder().build(), RequestOptions.none());
    }

    /**
     * A page of deliveries, newest first.
     *
     * @param params filters (release, partner, status), limit and cursor
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Delivery> list(DeliveryListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of deliveries, newest first.
     *
     * @param params  filters (release, partner, status), limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<Delivery> list(DeliveryListParams params, RequestOptions options) {
        return transport.list(Call.get("deliveries").query(params).options(options), Delivery.class);
    }

    /**
     * Queues a {@code FAILED} delivery again ({@code QUEUED}), keeping its attempts; any other status fails with a
     * {@link io.soundport.sdk.exception.ConflictException}.
     *
     * @param id the delivery's id
     * @return the delivery, {@code QUEUED}
     * @throws NotFoundException when the organization has no delivery with this id
     * @throws ConflictException when the delivery is not FAILED
     */
    public Delivery retry(String id) {
        return retry(id, RequestOptions.none());
    }

    /**
     * Queues a {@code FAILED} delivery again ({@code QUEUED}), keeping its attempts; any other status fails with a
     * {@link io.soundport.sdk.exception.ConflictException}.
     *
     * @param id      the delivery's id
     * @param options an idempotency key, a deadline
     * @return the delivery, {@code QUEUED}
     * @throws NotFoundException when the organization has no delivery with this id
     * @throws ConflictException when the delivery is not FAILED
     */
    public Delivery retry(String id, RequestOptions options) {
        return transport.send(Call.post("deliveries", id, "retry").options(options), Delivery.class);
    }

    /**
     * Where a release stands with its partners: how many deliveries are in each status, and per partner the latest.
     *
     * @param releaseId the release's id
     * @return the summary
     * @throws NotFoundException when the organization has no release with this id
     */
    public DeliveryStatusSummary status(String releaseId) {
        return status(releaseId, RequestOptions.none());
    }

    /**
     * Where a release stands with its partners: how many deliveries are in each status, and per partner the latest.
     *
     * @param releaseId the release's id
     * @param options   a deadline
     * @return the summary
     * @throws NotFoundException when the organization has no release with this id
     */
    public DeliveryStatusSummary status(String releaseId, RequestOptions options) {
        if (releaseId == null || releaseId.isBlank()) {
            throw new IllegalArgumentException("releaseId must not be null or blank");
        }
        return transport.send(Call.get("delivery-status").param("release_id", releaseId).options(options),
                DeliveryStatusSummary.class);
    }
}
