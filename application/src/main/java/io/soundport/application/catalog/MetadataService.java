package io.soundport.application.catalog;

import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataArtist;
import io.soundport.domain.catalog.metadata.MetadataPage;
import io.soundport.domain.catalog.metadata.MetadataRecording;
import io.soundport.domain.catalog.metadata.MetadataRelease;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.shared.DomainException;

/**
 * Searches and lookups of the outside metadata source (MusicBrainz) for a catalog's people: what it knows of an
 * artist, a release or a recording, before anything is imported. An id the source does not know is NOT_FOUND.
 */
public final class MetadataService {
    private final MusicMetadata metadata;

    public MetadataService(MusicMetadata metadata) {
        this.metadata = metadata;
    }

    public MetadataPage<MetadataArtist> searchArtists(Caller caller, MetadataSearch search) {
        caller.require(Permission.READ);
        return metadata.searchArtists(search);
    }

    public MetadataPage<MetadataRelease> searchReleases(Caller caller, MetadataSearch search) {
        caller.require(Permission.READ);
        return metadata.searchReleases(search);
    }

    public MetadataPage<MetadataRecording> searchRecordings(Caller caller, MetadataSearch search) {
        caller.require(Permission.READ);
        return metadata.searchRecordings(search);
    }

    public MetadataArtist artist(Caller caller, Mbid id) {
        caller.require(Permission.READ);
        return metadata.artist(id).orElseThrow(() -> DomainException.notFound("MusicBrainz artist", id.value()));
    }

    public MetadataRelease release(Caller caller, Mbid id) {
        caller.require(Permission.READ);
        return metadata.release(id).orElseThrow(() -> DomainException.notFound("MusicBrainz release", id.value()));
    }

    public MetadataRecording recording(Caller caller, Mbid id) {
        caller.require(Permission.READ);
        return metadata.recording(id)
                .orElseThrow(() -> DomainException.notFound("MusicBrainz recording", id.value()));
    }
}
