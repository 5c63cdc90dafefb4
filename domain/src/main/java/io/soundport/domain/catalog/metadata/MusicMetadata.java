package io.soundport.domain.catalog.metadata;

import java.util.Optional;

/**
 * An outside source of music metadata (MusicBrainz): searches and lookups of artists, releases and recordings.
 *
 * <p>A call may wait its turn: the source takes a bounded rate of calls, which the adapter keeps for the whole
 * process. Answers may come from a bounded cache. Failures are {@code DomainException}s: INTEGRATION_ERROR naming
 * the source when it failed or answered what cannot be read, SERVICE_UNAVAILABLE with a retry-after when it is
 * known to be down or too busy to wait for (an open circuit breaker, a full queue). A lookup of an id the source does
 * not know is empty.
 */
public interface MusicMetadata {
    MetadataPage<MetadataArtist> searchArtists(MetadataSearch search);

    MetadataPage<MetadataRelease> searchReleases(MetadataSearch search);

    MetadataPage<MetadataRecording> searchRecordings(MetadataSearch search);

    Optional<MetadataArtist> artist(Mbid id);

    /** The release with its labels and every medium's tracks, their recordings and ISRCs. */
    Optional<MetadataRelease> release(Mbid id);

    /** The recording with its artists, ISRCs and releases. */
    Optional<MetadataRecording> recording(Mbid id);
}
