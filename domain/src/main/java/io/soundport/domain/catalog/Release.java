package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A release (album, EP, single) of an organization, and its life: edited while DRAFT, then submitted for
 * delivery, delivered to partners, possibly taken down. Its ℗ line ({@code pLine}, which its recordings carry too) and
 * © line ({@code cLine}) are null until set; partners need both.
 */
public record Release(ReleaseId id, OrganizationId organizationId, String title, ArtistId artistId, Upc upc,
                      String label, LocalDate releaseDate, String genre, List<Territory> territories,
                      ReleaseStatus status, Instant createdAt, Instant updatedAt, long version,
                      CopyrightLine pLine, CopyrightLine cLine) {
    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        title = Validation.requireText(title, "title", 300);
        Objects.requireNonNull(artistId, "artistId");
        label = Validation.optionalText(label, "label", 200);
        genre = Validation.optionalText(genre, "genre", 100);
        territories = territories == null || territories.isEmpty() ? List.of(Territory.WORLD)
                : List.copyOf(new LinkedHashSet<>(territories));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A release without ℗ and © lines. */
    public Release(ReleaseId id, OrganizationId organizationId, String title, ArtistId artistId, Upc upc,
                   String label, LocalDate releaseDate, String genre, List<Territory> territories,
                   ReleaseStatus status, Instant createdAt, Instant updatedAt, long version) {
        this(id, organizationId, title, artistId, upc, label, releaseDate, genre, territories, status, createdAt,
                updatedAt, version, null, null);
    }

    /** With these ℗ and © lines (either null: none); only a DRAFT changes, and the same release when both stay. */
    public Release withLines(CopyrightLine newPLine, CopyrightLine newCLine, Instant now) {
        if (Objects.equals(newPLine, pLine) && Objects.equals(newCLine, cLine)) {
            return this;
        }
        requireDraft("changed");
        return new Release(id, organizationId, title, artistId, upc, label, releaseDate, genre, territories, status,
                createdAt, now, version, newPLine, newCLine);
    }

    public static Release draft(ReleaseId id, OrganizationId organizationId, String title, ArtistId artistId, Upc upc,
                                String label, LocalDate releaseDate, String genre, List<Territory> territories,
                                Instant now) {
        return new Release(id, organizationId, title, artistId, upc, label, releaseDate, genre, territories,
                ReleaseStatus.DRAFT, now, now, 1);
    }

    /** Only a DRAFT can be edited or deleted: what was submitted is what partners receive. */
    public void requireDraft(String action) {
        if (status != ReleaseStatus.DRAFT) {
            throw DomainException.conflict("Release " + id + " is " + status + "; only a DRAFT release can be " + action);
        }
    }

    public Release edit(String newTitle, ArtistId newArtistId, Upc newUpc, String newLabel, LocalDate newReleaseDate,
                        String newGenre, List<Territory> newTerritories, Instant now) {
        requireDraft("changed");
        return new Release(id, organizationId, newTitle, newArtistId, newUpc, newLabel, newReleaseDate, newGenre,
                newTerritories, status, createdAt, now, version, pLine, cLine);
    }

    /** DRAFT → SUBMITTED, when it has at least one track and a release date. */
    public Release submit(int trackCount, Instant now) {
        requireDraft("submitted");
        Validation v = new Validation();
        v.require(trackCount > 0, "tracks", "a release needs at least one track to be submitted");
        v.require(releaseDate != null, "releaseDate", "a release needs a release date to be submitted");
        v.throwIfInvalid();
        return withStatus(ReleaseStatus.SUBMITTED, now);
    }

    /** SUBMITTED or DELIVERED → DELIVERING, when deliveries start. */
    public Release startDelivering(Instant now) {
        if (status != ReleaseStatus.SUBMITTED && status != ReleaseStatus.DELIVERED && status != ReleaseStatus.DELIVERING) {
            throw DomainException.conflict("Release " + id + " is " + status + "; submit it before delivering it");
        }
        return status == ReleaseStatus.DELIVERING ? this : withStatus(ReleaseStatus.DELIVERING, now);
    }

    /** DELIVERING → DELIVERED, when every delivery is done. */
    public Release delivered(Instant now) {
        if (status != ReleaseStatus.DELIVERING) {
            throw DomainException.conflict("Release " + id + " is " + status + "; it is not being delivered");
        }
        return withStatus(ReleaseStatus.DELIVERED, now);
    }

    /** A release that reached partners (DELIVERING or DELIVERED) → TAKEDOWN_REQUESTED. */
    public Release requestTakedown(Instant now) {
        if (status != ReleaseStatus.DELIVERED && status != ReleaseStatus.DELIVERING) {
            throw DomainException.conflict("Release " + id + " is " + status
                    + "; only a release delivered to partners can be taken down");
        }
        return withStatus(ReleaseStatus.TAKEDOWN_REQUESTED, now);
    }

    /** TAKEDOWN_REQUESTED → TAKEN_DOWN, when every partner confirmed. */
    public Release takenDown(Instant now) {
        if (status != ReleaseStatus.TAKEDOWN_REQUESTED) {
            throw DomainException.conflict("Release " + id + " is " + status + "; no takedown was requested");
        }
        return withStatus(ReleaseStatus.TAKEN_DOWN, now);
    }

    /** A new release, raising {@code release.created}. */
    public ReleaseEvent.ReleaseCreated created(int trackCount, EventMeta meta) {
        return new ReleaseEvent.ReleaseCreated(meta, this, trackCount);
    }

    /** An edit of a DRAFT (see {@link #edit}), raising {@code release.updated}. */
    public ReleaseEvent.ReleaseUpdated updated(int trackCount, EventMeta meta) {
        requireDraft("changed");
        return new ReleaseEvent.ReleaseUpdated(meta, this, trackCount);
    }

    /** Deletes a DRAFT, raising {@code release.deleted}. */
    public ReleaseEvent.ReleaseDeleted delete(int trackCount, EventMeta meta) {
        requireDraft("deleted");
        return new ReleaseEvent.ReleaseDeleted(meta, this, trackCount);
    }

    /** {@link #submit(int, Instant)}, raising {@code release.submitted}. */
    public ReleaseEvent.ReleaseSubmitted submit(int trackCount, EventMeta meta) {
        return new ReleaseEvent.ReleaseSubmitted(meta, submit(trackCount, meta.occurredAt()), trackCount);
    }

    /**
     * {@link #startDelivering(Instant)}, raising {@code release.updated} when the status changed (a release already
     * DELIVERING raises nothing).
     */
    public Optional<ReleaseEvent.ReleaseUpdated> startDelivering(int trackCount, EventMeta meta) {
        Release next = startDelivering(meta.occurredAt());
        return next == this ? Optional.empty()
                : Optional.of(new ReleaseEvent.ReleaseUpdated(meta, next, trackCount));
    }

    /** {@link #delivered(Instant)}, raising {@code release.delivered}. */
    public ReleaseEvent.ReleaseDelivered delivered(int trackCount, EventMeta meta) {
        return new ReleaseEvent.ReleaseDelivered(meta, delivered(meta.occurredAt()), trackCount);
    }

    /** {@link #requestTakedown(Instant)}, raising {@code release.takedown_requested}. */
    public ReleaseEvent.ReleaseTakedownRequested requestTakedown(int trackCount, EventMeta meta) {
        return new ReleaseEvent.ReleaseTakedownRequested(meta, requestTakedown(meta.occurredAt()), trackCount);
    }

    /** {@link #takenDown(Instant)}, raising {@code release.taken_down}. */
    public ReleaseEvent.ReleaseTakenDown takenDown(int trackCount, EventMeta meta) {
        return new ReleaseEvent.ReleaseTakenDown(meta, takenDown(meta.occurredAt()), trackCount);
    }

    private Release withStatus(ReleaseStatus next, Instant now) {
        return new Release(id, organizationId, title, artistId, upc, label, releaseDate, genre, territories, next,
                createdAt, now, version, pLine, cLine);
    }
}
