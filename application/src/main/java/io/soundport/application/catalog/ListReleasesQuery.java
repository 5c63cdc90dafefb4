package io.soundport.application.catalog;

import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseStatus;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A page of the caller's releases, newest first, that pass the filter. */
public record ListReleasesQuery(ReleaseFilter filter, PageRequest page) {
    public ListReleasesQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /** From the raw filter and paging values, each of which may be null; reports every invalid one at once. */
    public static ListReleasesQuery of(String status, String artistId, String titleContains, Integer limit,
                                       String cursor) {
        Validation v = new Validation();
        ReleaseStatus s = status == null || status.isBlank() ? null : v.field("status", () -> ReleaseStatus.parse(status));
        ArtistId a = artistId == null || artistId.isBlank() ? null : v.field("artistId", () -> ArtistId.of(artistId));
        String text = v.field("titleContains", () -> ListArtistsQuery.searchText(titleContains, "titleContains"));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListReleasesQuery(new ReleaseFilter(s, a, text), page);
    }
}
