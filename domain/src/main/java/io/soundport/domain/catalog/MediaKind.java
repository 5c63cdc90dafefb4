package io.soundport.domain.catalog;

/** What a media asset is to the catalog: the audio of a track, or the cover artwork of a release. */
public enum MediaKind {
    AUDIO,
    ARTWORK
}
