package io.soundport.domain.distribution;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A release (or its takedown) on its way to one partner, with every attempt. The worker moves it
 * QUEUED → IN_PROGRESS → DELIVERED, or RETRYING along the retry schedule and FAILED after the last attempt (or once
 * its queue gave up on it).
 */
public record Delivery(DeliveryId id, OrganizationId organizationId, ReleaseId releaseId, PartnerId partnerId,
                       DeliveryKind kind, DeliveryStatus status, List<DeliveryAttempt> attempts,
                       String partnerReference, Instant nextAttemptAt, Instant createdAt, Instant updatedAt,
                       long version) {
    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Delivery queued(DeliveryId id, OrganizationId organizationId, ReleaseId releaseId,
                                  PartnerId partnerId, DeliveryKind kind, Instant now) {
        return new Delivery(id, organizationId, releaseId, partnerId, kind, DeliveryStatus.QUEUED, List.of(), null,
                now, now, now, 1);
    }

    public Delivery start(Instant now) {
        if (status.finished()) {
            throw DomainException.conflict("Delivery " + id + " is " + status);
        }
        return with(DeliveryStatus.IN_PROGRESS, attempts, partnerReference, null, now);
    }

    /** Records an attempt: success delivers; a failure waits for {@code retryAt}, or is final when that is null. */
    public Delivery attempted(DeliveryAttempt attempt, Instant retryAt, Instant now) {
        List<DeliveryAttempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        DeliveryStatus next = attempt.succeeded() ? DeliveryStatus.DELIVERED
                : retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING;
        String reference = attempt.partnerReference() != null ? attempt.partnerReference() : partnerReference;
        return with(next, all, reference, next == DeliveryStatus.RETRYING ? retryAt : null, now);
    }

    /**
     * Its queue gave up on it, its worker having died on it again and again: FAILED as after a last attempt, that
     * attempt carrying {@code reason} as its error, so that the delivery shows why and can be retried.
     */
    public Delivery abandoned(String reason, Instant now) {
        if (status.finished()) {
            throw DomainException.conflict("Delivery " + id + " is " + status);
        }
        return attempted(new DeliveryAttempt(attempts.size() + 1, now, false, reason, null, 0), null, now);
    }

    /** A FAILED delivery back to QUEUED, its attempts kept. */
    public Delivery retry(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw DomainException.conflict("Delivery " + id + " is " + status + "; only a FAILED delivery can be retried");
        }
        return with(DeliveryStatus.QUEUED, attempts, partnerReference, now, now);
    }

    /** Raises {@code delivery.queued} for a delivery just queued to {@code partnerName}. */
    public DistributionEvent.DeliveryQueued queuedEvent(String partnerName, EventMeta meta) {
        if (status != DeliveryStatus.QUEUED) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", not QUEUED");
        }
        return new DistributionEvent.DeliveryQueued(meta, this, partnerName);
    }

    /**
     * The event of a finished delivery: {@code delivery.succeeded} once DELIVERED, {@code delivery.failed} once
     * FAILED; nothing while it is still under way.
     */
    public Optional<DistributionEvent> outcome(String partnerName, EventMeta meta) {
        return switch (status) {
            case DELIVERED -> Optional.of(new DistributionEvent.DeliverySucceeded(meta, this, partnerName));
            case FAILED -> Optional.of(new DistributionEvent.DeliveryFailed(meta, this, partnerName));
            default -> Optional.empty();
        };
    }

    private Delivery with(DeliveryStatus next, List<DeliveryAttempt> allAttempts, String reference, Instant nextAt,
                          Instant now) {
        return new Delivery(id, organizationId, releaseId, partnerId, kind, next, allAttempts, reference, nextAt,
                createdAt, now, version);
    }
}
