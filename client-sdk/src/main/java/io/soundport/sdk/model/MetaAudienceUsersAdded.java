package io.soundport.sdk.model;

/**
 * What Meta made of the people added to an audience.
 *
 * @param received people Meta received
 * @param invalid  of those, how many it found invalid
 * @param requests requests it took, 10000 people each at most
 */
public record MetaAudienceUsersAdded(long received, long invalid, int requests) {
}
