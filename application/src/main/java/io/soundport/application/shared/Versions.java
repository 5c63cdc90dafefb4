package io.soundport.application.shared;

import io.soundport.domain.shared.DomainException;

/** The {@code If-Match} rule: a caller that names the version it read may only change that version. */
public final class Versions {
    private Versions() {
    }

    public static void check(Long expected, long actual, String resource, String id) {
        if (expected != null && expected != actual) {
            throw DomainException.staleVersion(resource, id);
        }
    }
}
