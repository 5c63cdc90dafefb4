package io.soundport.adapters.rest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.catalog.CreateArtistCommand;
import io.soundport.application.catalog.CreateTrackCommand;
import io.soundport.application.catalog.ImportReleaseCommand;
import io.soundport.application.catalog.IngestReleaseCommand;
import io.soundport.application.catalog.UpdateArtistCommand;
import io.soundport.application.catalog.UpdateReleaseCommand;
import io.soundport.application.catalog.UpdateTrackCommand;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the catalog endpoints take, each with the command it becomes. Missing fields of a PATCH are kept. */
final class CatalogRequests {
    private CatalogRequests() {
    }

    @Schema(name = "ArtistRequest")
    record CreateArtistRequest(String name,
                               @Nullable @Schema(description = "a MusicBrainz artist id (UUID)") String musicbrainzId,
                               @Nullable @Schema(description = "a Spotify artist id (22 characters)") String spotifyId) {
        CreateArtistCommand command() {
            return CreateArtistCommand.of(name, musicbrainzId, spotifyId);
        }
    }

    @Schema(name = "UpdateArtistRequest", description = "Fields to change; absent fields are kept, \"\" clears an id")
    record UpdateArtistRequest(@Nullable String name, @Nullable String musicbrainzId, @Nullable String spotifyId) {
        UpdateArtistCommand command(ArtistId id, Long expectedVersion) {
            return UpdateArtistCommand.of(id, name, musicbrainzId, spotifyId, expectedVersion);
        }
    }

    @Schema(name = "TrackRequest")
    record CreateTrackRequest(String title,
                              @Nullable @Schema(description = "CC-XXX-YY-NNNNN, with or without hyphens, any case; answered normalized: upper case without hyphens (USRC17607839)",
                                      example = "US-RC1-76-07839") String isrc,
                              @Schema(description = "1000 to 86400000") Long durationMs,
                              @Nullable @Schema(description = "false when absent") Boolean explicit,
                              @Nullable @Schema(description = "1 to 999; the order in the list when absent")
                              Integer position,
                              @Nullable @Schema(description = "the DRAFT release this track belongs to (POST /tracks)")
                              String releaseId,
                              @Nullable @Schema(description = "the release's artist when absent") String artistId) {
        CreateTrackCommand command() {
            return CreateTrackCommand.of(title, isrc, durationMs, explicit, position, releaseId, artistId);
        }

        /** As one of the tracks of an ingested release, which belong to it and to its artist. */
        IngestReleaseCommand.RawTrack onRelease() {
            return new IngestReleaseCommand.RawTrack(title, isrc, durationMs, explicit, position);
        }
    }

    @Schema(name = "UpdateTrackRequest", description = "Fields to change; absent fields are kept")
    record UpdateTrackRequest(@Nullable String title,
                              @Nullable @Schema(description = "with or without hyphens, any case; answered normalized: upper case without hyphens (USRC17607839)") String isrc, @Nullable Long durationMs,
                              @Nullable Boolean explicit, @Nullable Integer position, @Nullable String releaseId,
                              @Nullable String artistId) {
        UpdateTrackCommand command(TrackId id, Long expectedVersion) {
            return UpdateTrackCommand.of(id, title, isrc, durationMs, explicit, position, releaseId, artistId,
                    expectedVersion);
        }
    }

    @Schema(name = "ImportReleaseRequest", description = "The MusicBrainz id of the release to import")
    record ImportReleaseRequest(@Schema(description = "a MusicBrainz release id (a UUID)") String mbid,
                                @Nullable @Schema(description = "also store the release's front cover from the Cover "
                                        + "Art Archive as its artwork, once the release is written; the answer's "
                                        + "`Cover-Art` header says what became of it", defaultValue = "false")
                                Boolean cover) {
        ImportReleaseCommand command() {
            return ImportReleaseCommand.of(mbid);
        }

        boolean withCover() {
            return Boolean.TRUE.equals(cover);
        }
    }

    @Schema(name = "IngestReleaseRequest", description = "A release and its tracks in one call")
    record IngestReleaseRequest(String title,
                                @Nullable @Schema(description = "an artist of your catalog; or give artist_name")
                                String artistId,
                                @Nullable @Schema(description = "found by name in your catalog, or created")
                                String artistName,
                                @Nullable @Schema(description = "UPC-A (12 digits) or EAN-13 (13 digits) with a valid check digit; unique per organization: a release with a UPC another release of the organization has is 409 CONFLICT",
                                        example = "036000291452") String upc,
                                @Nullable String label,
                                @Nullable @Schema(description = "YYYY-MM-DD; needed to submit", example = "2026-12-04")
                                String releaseDate,
                                @Nullable String genre,
                                @Nullable @Schema(description = "ISO 3166-1 alpha-2 codes or WORLD (the default)")
                                List<String> territories,
                                @Nullable @Schema(description = "at most 500; at least one to submit")
                                List<CreateTrackRequest> tracks) {
        IngestReleaseCommand command() {
            List<IngestReleaseCommand.RawTrack> raw = tracks == null ? null
                    : tracks.stream().map(t -> t == null ? null : t.onRelease()).toList();
            return IngestReleaseCommand.of(title, artistId, artistName, upc, label, releaseDate, genre, territories,
                    raw);
        }
    }

    @Schema(name = "UpdateReleaseRequest", description = "Fields to change on a DRAFT release; absent fields are "
            + "kept, \"\" clears upc, label, release_date or genre")
    record UpdateReleaseRequest(@Nullable String title,
                                @Nullable @Schema(description = "an artist of your catalog; or give artist_name")
                                String artistId,
                                @Nullable @Schema(description = "found by name in your catalog, or created")
                                String artistName,
                                @Nullable @Schema(description = "UPC-A (12 digits) or EAN-13 (13 digits) with a valid "
                                        + "check digit; unique per organization: a release with a UPC another release "
                                        + "of the organization has is 409 CONFLICT; \"\" clears it") String upc,
                                @Nullable @Schema(description = "\"\" clears it") String label,
                                @Nullable @Schema(description = "YYYY-MM-DD; \"\" clears it") String releaseDate,
                                @Nullable @Schema(description = "\"\" clears it") String genre,
                                @Nullable List<String> territories,
                                @Nullable @Schema(description = "the ℗ line (the recording's rights owner), which every"
                                        + " track carries too; required before a delivery") CopyrightLineRequest pLine,
                                @Nullable @Schema(description = "the © line (artwork and text); required before a"
                                        + " delivery") CopyrightLineRequest cLine) {
        UpdateReleaseCommand command(ReleaseId id, Long expectedVersion) {
            return UpdateReleaseCommand.of(id, title, artistId, artistName, upc, label, releaseDate, genre,
                    territories, expectedVersion, pLine == null ? null : pLine.raw(),
                    cLine == null ? null : cLine.raw());
        }
    }

    @Schema(name = "CopyrightLine", description = "A ℗ or © line: the year and the owner, printed as \"2025 Owner\"")
    record CopyrightLineRequest(@Nullable @Schema(description = "1900 to 2999") Integer year,
                                @Nullable @Schema(description = "at most 200 characters") String owner) {
        UpdateReleaseCommand.RawLine raw() {
            return new UpdateReleaseCommand.RawLine(year, owner);
        }
    }
}
