package io.soundport.domain.integrations.platform;

/**
 * What a search found: a page of each type it asked for; the page of a type it did not ask for is null.
 */
public record SearchResults(PlatformPage<PlatformTrack> tracks, PlatformPage<PlatformArtist> artists,
                            PlatformPage<PlatformAlbum> albums) {
}
