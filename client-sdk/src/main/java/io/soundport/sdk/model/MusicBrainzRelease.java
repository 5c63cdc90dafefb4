package io.soundport.sdk.model;

import java.util.List;

/**
 * A release as MusicBrainz knows it: a search hit lists its media without their tracks; a lookup lists every medium
 * with its tracks, their recordings and ISRCs. Any field but the id, title and lists may be null.
 *
 * @param id         the MusicBrainz id
 * @param title      the title
 * @param status     Official, Promotion, Bootleg...
 * @param date       as precise as MusicBrainz knows it: {@code 2024}, {@code 2024-03} or {@code 2024-03-08}
 * @param country    where it was released (ISO 3166-1, {@code XW} for worldwide)
 * @param barcode    the UPC or EAN as printed; empty when the release has none
 * @param artistName the credits as one line
 * @param artists    the credits
 * @param labels     the labels with their catalog numbers
 * @param media      its media
 * @param score      how well a search hit matches, 0 to 100; null for a lookup
 */
public record MusicBrainzRelease(String id, String title, String status, String date, String country, String barcode,
                                 String artistName, List<MusicBrainzArtistCredit> artists,
                                 List<MusicBrainzLabel> labels, List<MusicBrainzMedium> media, Integer score) {
}
