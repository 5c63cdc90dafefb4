package io.soundport.domain.platform;

import io.soundport.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * The name of an upstream service, which is also its path segment under the gateway: a lower-case slug of 1 to 63
 * letters, digits and hyphens that starts and ends with a letter or digit.
 */
public record ServiceName(String value) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public ServiceName {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw DomainException.invalid("name",
                    "must be a lower-case slug: 1 to 63 letters a-z, digits and hyphens, starting and ending with a "
                            + "letter or digit");
        }
    }

    public static ServiceName of(String value) {
        return new ServiceName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
