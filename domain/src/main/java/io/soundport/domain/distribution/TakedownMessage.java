package io.soundport.domain.distribution;

/**
 * How a partner wants to hear of the takedown of a release it never had on sale: a new release message without
 * deals ({@code MESSAGE}, the default), or DDEX's {@code PurgeReleaseMessage} ({@code PURGE}), which asks it to
 * forget the release altogether. A release that was on sale is always taken down by ending its deals.
 */
public enum TakedownMessage {
    MESSAGE, PURGE
}
