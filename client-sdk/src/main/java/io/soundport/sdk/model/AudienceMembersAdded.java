package io.soundport.sdk.model;

/**
 * What adding people to a custom audience did.
 *
 * @param received people in the request
 * @param added    of those, how many the audience did not have yet (the others are skipped)
 * @param audience the audience with its new member count
 */
public record AudienceMembersAdded(long received, long added, Audience audience) {
}
