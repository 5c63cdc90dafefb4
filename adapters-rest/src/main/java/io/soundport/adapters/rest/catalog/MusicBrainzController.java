package io.soundport.adapters.rest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.catalog.MetadataViews.ArtistView;
import io.soundport.adapters.rest.catalog.MetadataViews.RecordingView;
import io.soundport.adapters.rest.catalog.MetadataViews.ReleaseView;
import io.soundport.adapters.rest.catalog.MetadataViews.SearchPage;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.catalog.MetadataService;
import io.soundport.domain.catalog.metadata.Mbid;
import io.soundport.domain.catalog.metadata.MetadataSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * MusicBrainz, searched and looked up through the server (which keeps MusicBrainz's rate of one request a second for
 * everyone and caches answers): what it knows before anything is imported.
 */
@Controller(SoundportApi.BASE + "/musicbrainz")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "musicbrainz")
@ApiDocs.Authenticated
@ApiDocs.OutsideCall
public final class MusicBrainzController {
    private static final String QUERY = "MusicBrainz's search syntax (Lucene): words, or fields such as "
            + "artist:\"Giant Sand\" AND release:Tucson";
    private static final String LIMIT = "hits per page, 1 to 100 (25)";
    private static final String OFFSET = "hits to skip (0), at most 10000";

    private final MetadataService metadata;
    private final Callers callers;

    public MusicBrainzController(MetadataService metadata, Callers callers) {
        this.metadata = metadata;
        this.callers = callers;
    }

    @Get("/artists")
    @Operation(operationId = "searchMusicBrainzArtists", summary = "Search MusicBrainz's artists, best match first")
    public SearchPage<ArtistView> searchArtists(HttpRequest<?> request,
                                                @Nullable @Parameter(description = QUERY) @QueryValue String query,
                                                @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit,
                                                @Nullable @Parameter(description = OFFSET) @QueryValue Integer offset) {
        MetadataSearch search = MetadataSearch.of(query, limit, offset);
        return SearchPage.of(metadata.searchArtists(callers.of(request), search), search.limit(), ArtistView::of);
    }

    @Get("/releases")
    @Operation(operationId = "searchMusicBrainzReleases",
            summary = "Search MusicBrainz's releases, best match first (media without their tracks)")
    public SearchPage<ReleaseView> searchReleases(HttpRequest<?> request,
                                                  @Nullable @Parameter(description = QUERY) @QueryValue String query,
                                                  @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit,
                                                  @Nullable @Parameter(description = OFFSET) @QueryValue Integer offset) {
        MetadataSearch search = MetadataSearch.of(query, limit, offset);
        return SearchPage.of(metadata.searchReleases(callers.of(request), search), search.limit(), ReleaseView::of);
    }

    @Get("/recordings")
    @Operation(operationId = "searchMusicBrainzRecordings", summary = "Search MusicBrainz's recordings, best match first")
    public SearchPage<RecordingView> searchRecordings(HttpRequest<?> request,
                                                      @Nullable @Parameter(description = QUERY) @QueryValue String query,
                                                      @Nullable @Parameter(description = LIMIT) @QueryValue Integer limit,
                                                      @Nullable @Parameter(description = OFFSET) @QueryValue Integer offset) {
        MetadataSearch search = MetadataSearch.of(query, limit, offset);
        return SearchPage.of(metadata.searchRecordings(callers.of(request), search), search.limit(),
                RecordingView::of);
    }

    @Get("/artists/{mbid}")
    @ApiDocs.NotFound
    @Operation(operationId = "getMusicBrainzArtist", summary = "One MusicBrainz artist")
    public ArtistView artist(HttpRequest<?> request, @PathVariable String mbid) {
        return ArtistView.of(metadata.artist(callers.of(request), Mbid.of(mbid)));
    }

    @Get("/releases/{mbid}")
    @ApiDocs.NotFound
    @Operation(operationId = "getMusicBrainzRelease",
            summary = "One MusicBrainz release with its labels, media, tracks, recordings and ISRCs")
    public ReleaseView release(HttpRequest<?> request, @PathVariable String mbid) {
        return ReleaseView.of(metadata.release(callers.of(request), Mbid.of(mbid)));
    }

    @Get("/recordings/{mbid}")
    @ApiDocs.NotFound
    @Operation(operationId = "getMusicBrainzRecording",
            summary = "One MusicBrainz recording with its artists, ISRCs and releases")
    public RecordingView recording(HttpRequest<?> request, @PathVariable String mbid) {
        return RecordingView.of(metadata.recording(callers.of(request), Mbid.of(mbid)));
    }
}
