package io.soundport.sdk.model;

import java.util.Objects;

/**
 * A ℗ (recording) or © (artwork and text) line of a release: the year and the owner, printed as {@code 2025 Owner}.
 *
 * @param year  the year, 1900 to 2999
 * @param owner the owner, at most 200 characters
 */
public record CopyrightLine(int year, String owner) {
    /**
     * Checks the owner is given.
     *
     * @param year  the year
     * @param owner the owner
     * @throws NullPointerException when the owner is missing
     */
    public CopyrightLine {
        Objects.requireNonNull(owner, "owner is required");
    }
}
