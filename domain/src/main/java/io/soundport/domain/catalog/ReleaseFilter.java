package io.soundport.domain.catalog;

import io.soundport.domain.shared.Text;

/** Filters of the release list; null means any. {@code titleContains} is case-insensitive. */
public record ReleaseFilter(ReleaseStatus status, ArtistId artistId, String titleContains) {
    public static final ReleaseFilter ALL = new ReleaseFilter(null, null, null);

    public boolean matches(Release release) {
        return (status == null || release.status() == status)
                && (artistId == null || release.artistId().equals(artistId))
                && (titleContains == null || Text.containsIgnoreCase(release.title(), titleContains));
    }
}
