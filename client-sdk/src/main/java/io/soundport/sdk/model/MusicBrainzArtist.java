package io.soundport.sdk.model;

/**
 * An artist as MusicBrainz knows it. Dates are as precise as MusicBrainz knows them: {@code 2024}, {@code 2024-03} or
 * {@code 2024-03-08}. Any field but the id and name may be null.
 *
 * @param id             the MusicBrainz id
 * @param name           the name
 * @param sortName       the name as sorted ({@code "Lane, Aurora"})
 * @param type           Person, Group, Orchestra, Choir, Character or Other
 * @param country        an ISO 3166-1 code
 * @param disambiguation what tells it from others of the same name
 * @param beginDate      born or formed
 * @param endDate        died or dissolved
 * @param score          how well a search hit matches, 0 to 100; null for a lookup
 */
public record MusicBrainzArtist(String id, String name, String sortName, String type, String country,
                                String disambiguation, String beginDate, String endDate, Integer score) {
}
