package io.soundport.domain.catalog.metadata;

import java.util.Optional;

/**
 * An outside archive of release covers (the Cover Art Archive), keyed by the metadata source's release ids.
 *
 * <p>Failures are {@code DomainException}s: INTEGRATION_ERROR naming the archive when it failed, answered what cannot
 * be read or sent an image larger than the adapter takes; SERVICE_UNAVAILABLE with a retry-after when it is known to be
 * down or too busy (an open circuit breaker, a full bulkhead). A release the archive knows no front cover of is
 * empty, not an error. The image is answered as the archive keeps it: whether the catalog takes it as artwork (its
 * format, its size) is for the caller to decide.
 */
public interface CoverArt {
    /** The front cover of the release, or empty when the archive has none. */
    Optional<CoverImage> front(Mbid release);
}
