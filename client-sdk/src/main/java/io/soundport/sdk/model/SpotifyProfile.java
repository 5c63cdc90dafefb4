package io.soundport.sdk.model;

/**
 * The Spotify account of the signed-in user's connection. Any field but the id may be null: Spotify leaves out what
 * it does not say or what the grant lacks the scope for.
 *
 * @param id          Spotify's id of the account (a user name, not a 22-character catalog id)
 * @param displayName the name Spotify shows
 * @param email       the account's e-mail address
 * @param country     the account's country, an ISO 3166-1 code: the market answers are limited to by default
 * @param product     the subscription: {@code premium}, {@code free}...
 * @param followers   how many follow the account
 * @param imageUrl    the account's picture
 */
public record SpotifyProfile(String id, String displayName, String email, String country, String product,
                             Integer followers, String imageUrl) {
}
