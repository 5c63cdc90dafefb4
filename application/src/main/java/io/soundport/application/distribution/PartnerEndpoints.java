package io.soundport.application.distribution;

import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.regex.Pattern;

/**
 * What a partner's endpoint may be, for its protocol: a FILE endpoint is a folder name under the drops directory.
 * Whether an HTTP endpoint may be called is the SSRF guard's to say, and that is a port: PartnerService asks it.
 */
final class PartnerEndpoints {
    private static final Pattern FOLDER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");

    private PartnerEndpoints() {
    }

    static String check(Protocol protocol, String endpoint) {
        String value = Validation.requireText(endpoint, "endpoint", 2048);
        if (protocol == Protocol.FILE && (!FOLDER.matcher(value).matches() || value.contains(".."))) {
            throw DomainException.invalid("endpoint",
                    "a FILE partner's endpoint is a folder name under the drops directory (letters, digits, . _ -)");
        }
        return value;
    }
}
