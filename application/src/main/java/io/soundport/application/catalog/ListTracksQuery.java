package io.soundport.application.catalog;

import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A page of the caller's tracks, newest first, that pass the filter. */
public record ListTracksQuery(TrackFilter filter, PageRequest page) {
    public ListTracksQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /** From the raw filter and paging values, each of which may be null; reports every invalid one at once. */
    public static ListTracksQuery of(String titleContains, String releaseId, String isrc, Integer limit,
                                     String cursor) {
        Validation v = new Validation();
        ReleaseId r = releaseId == null || releaseId.isBlank() ? null : v.field("releaseId", () -> ReleaseId.of(releaseId));
        Isrc i = isrc == null || isrc.isBlank() ? null : v.field("isrc", () -> Isrc.of(isrc));
        String text = v.field("titleContains", () -> ListArtistsQuery.searchText(titleContains, "titleContains"));
        PageRequest page = v.nested("", () -> PageRequest.of(limit, cursor));
        v.throwIfInvalid();
        return new ListTracksQuery(new TrackFilter(text, r, i), page);
    }
}
