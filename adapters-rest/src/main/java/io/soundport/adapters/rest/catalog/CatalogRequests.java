package io.soundport.adapters.rest.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the catalog endpoints take. Missing fields of a PATCH are kept. */
public final class CatalogRequests {
    private CatalogRequests() {
    }

    @Schema(name = "ArtistRequest")
    public record ArtistBody(String name, @Schema(description = "a MusicBrainz artist id (UUID)") String musicbrainzId,
                             @Schema(description = "a Spotify artist id (22 characters)") String spotifyId) {
    }

    @Schema(name = "TrackRequest")
    public record TrackBody(String title,
                            @Schema(description = "CC-XXX-YY-NNNNN, with or without hyphens", example = "US-RC1-76-07839")
                            String isrc,
                            @Schema(description = "1000 to 86400000") Long durationMs, Boolean explicit,
                            @Schema(description = "1 to 999; the order in the list when absent") Integer position,
                            @Schema(description = "the DRAFT release this track belongs to (POST/PATCH /tracks)")
                            String releaseId,
                            String artistId) {
    }

    @Schema(name = "IngestReleaseRequest", description = "A release and its tracks in one call")
    public record ReleaseBody(String title,
                              @Schema(description = "an artist of your catalog; or give artist_name") String artistId,
                              @Schema(description = "found by name in your catalog, or created") String artistName,
                              @Schema(description = "UPC-A (12 digits) or EAN-13 (13 digits) with a valid check digit",
                                      example = "036000291452") String upc,
                              String label,
                              @Schema(description = "YYYY-MM-DD", example = "2026-12-04") String releaseDate,
                              String genre,
                              @Schema(description = "ISO 3166-1 alpha-2 codes or WORLD (the default)") List<String> territories,
                              List<TrackBody> tracks) {
    }

    @Schema(name = "UpdateReleaseRequest", description = "Fields to change on a DRAFT release")
    public record ReleasePatch(String title, String artistId, String upc, String label, String releaseDate,
                               String genre, List<String> territories) {
    }
}
