package io.soundport.sdk.model;

/**
 * The signed-in user as the API sees them.
 *
 * @param user         the user
 * @param organization the organization the caller acts in
 * @param role         the user's role there
 * @param tier         the organization's plan
 */
public record Profile(User user, Organization organization, String role, String tier) {
}
