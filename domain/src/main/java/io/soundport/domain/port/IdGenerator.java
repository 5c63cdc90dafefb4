package io.soundport.domain.port;

/**
 * Makes new ids. Ids sort by creation time (ULID-like), so that keyset pages are stable.
 */
@FunctionalInterface
public interface IdGenerator {
    /** A new id made of a prefix naming the kind of resource, an underscore and a unique, time-ordered part. */
    String next(String prefix);
}
