package io.soundport.sdk.model;

/**
 * What removing people from a custom audience did.
 *
 * @param received people in the request
 * @param removed  of those, how many the audience had
 * @param audience the audience with its new member count
 */
public record AudienceMembersRemoved(long received, long removed, Audience audience) {
}
