package io.soundport.domain.platform;

import java.util.Objects;

/** One header line of a forwarded request or answer, as it came. */
public record Header(String name, String value) {
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
