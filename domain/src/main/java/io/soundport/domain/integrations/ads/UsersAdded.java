package io.soundport.domain.integrations.ads;

/**
 * What Meta made of the people sent to an audience, summed over the requests they took: how many it received and
 * how many of those it found invalid (an empty or malformed hash).
 */
public record UsersAdded(long received, long invalid, int requests) {
}
