package io.soundport.application.shared;

import io.soundport.domain.shared.DomainException;

/** The {@code If-Match} rule: a caller that names the version it read may only change that version. */
public final class Versions {
    /** A version no aggregate ever has: what an entity tag names that this platform never handed out. */
    public static final long NONE = -1;

    private Versions() {
    }

    /** {@code subject} names what is changed, as the caller knows it: {@code "Release rel_01J..."}. */
    public static void check(Long expected, long actual, String subject) {
        if (expected != null && expected != actual) {
            throw DomainException.staleVersion(subject);
        }
    }
}
