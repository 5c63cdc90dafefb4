package io.soundport.domain.integrations;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.platform.TimeRange;
import io.soundport.domain.shared.DomainException;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An import of a user's tracks on a streaming platform (their top tracks over a time range, or their saved tracks)
 * into their organization's catalog, run in the background: QUEUED, RUNNING with its counts growing, then SUCCEEDED
 * or FAILED with the reason. A track whose ISRC the catalog already has is counted and left alone, so running it
 * again imports only what is new; a track without an ISRC is counted and skipped.
 */
public record TrackSync(TrackSyncId id, OrganizationId organizationId, UserId userId, Provider provider,
                        Source source, TimeRange timeRange, int limit, Status status, Counts counts,
                        String failureReason, Instant createdAt, Instant updatedAt, Instant finishedAt,
                        long version) {
    /** The most tracks one import reads. */
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    /** Which of the user's tracks are imported. */
    public enum Source {
        TOP_TRACKS,
        SAVED_TRACKS;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code top_tracks} or {@code saved_tracks}, any case; VALIDATION_ERROR on {@code source}. */
        public static Source of(String slug) {
            if (slug != null) {
                for (Source source : values()) {
                    if (source.slug().equalsIgnoreCase(slug.strip())) {
                        return source;
                    }
                }
            }
            throw DomainException.invalid("source", "must be top_tracks or saved_tracks");
        }
    }

    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /**
     * What an import found so far: tracks read from the platform, tracks added to the catalog, tracks whose ISRC the
     * catalog already had, and tracks without an ISRC (skipped).
     */
    public record Counts(int found, int imported, int alreadyInCatalog, int withoutIsrc) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts {
            if (found < 0 || imported < 0 || alreadyInCatalog < 0 || withoutIsrc < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }

        public Counts plus(Counts more) {
            return new Counts(found + more.found, imported + more.imported, alreadyInCatalog + more.alreadyInCatalog,
                    withoutIsrc + more.withoutIsrc);
        }
    }

    public TrackSync {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (source == Source.TOP_TRACKS && timeRange == null) {
            throw new IllegalArgumentException("an import of top tracks names its time range");
        }
        if (source == Source.SAVED_TRACKS && timeRange != null) {
            throw new IllegalArgumentException("saved tracks have no time range");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    public static TrackSync queued(TrackSyncId id, OrganizationId organizationId, UserId userId, Provider provider,
                                   Source source, TimeRange timeRange, int limit, Instant now) {
        return new TrackSync(id, organizationId, userId, provider, source, timeRange, limit, Status.QUEUED,
                Counts.NONE, null, now, now, null, 1);
    }

    /** The worker took it up (again, after a crash: the counts start over, nothing already imported is imported). */
    public TrackSync running(Instant now) {
        requireUnfinished();
        return with(Status.RUNNING, Counts.NONE, null, now, null);
    }

    /** A page of tracks was worked through. */
    public TrackSync progressed(Counts more, Instant now) {
        requireUnfinished();
        return with(Status.RUNNING, counts.plus(more), null, now, null);
    }

    public TrackSync succeeded(Instant now) {
        requireUnfinished();
        return with(Status.SUCCEEDED, counts, null, now, now);
    }

    public TrackSync failed(String reason, Instant now) {
        requireUnfinished();
        return with(Status.FAILED, counts, Objects.requireNonNull(reason, "reason"), now, now);
    }

    private void requireUnfinished() {
        if (status.finished()) {
            throw DomainException.conflict("Track import " + id + " is already " + status);
        }
    }

    private TrackSync with(Status newStatus, Counts newCounts, String reason, Instant now, Instant finished) {
        return new TrackSync(id, organizationId, userId, provider, source, timeRange, limit, newStatus, newCounts,
                reason, createdAt, now, finished, version);
    }
}
