package io.soundport.domain.catalog;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

/**
 * A ℗ (phonographic copyright, the recording) or © (copyright, the artwork and text) line: the year and the owner,
 * as partners print them ({@code ℗ 2025 Northern Lights Records}). The year is between 1900 and 2999.
 */
public record CopyrightLine(int year, String owner) {
    public CopyrightLine {
        if (year < 1900 || year > 2999) {
            throw DomainException.invalid("year", "must be a year between 1900 and 2999");
        }
        owner = Validation.requireText(owner, "owner", 200);
    }

    /** The line as printed after its symbol: {@code 2025 Northern Lights Records}. */
    public String text() {
        return year + " " + owner;
    }
}
