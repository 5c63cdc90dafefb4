package io.soundport.application.distribution;

import io.soundport.domain.distribution.ApiCredentials;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.S3Access;
import io.soundport.domain.distribution.S3Location;
import io.soundport.domain.distribution.SftpAccess;
import io.soundport.domain.distribution.SftpLocation;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.regex.Pattern;

/**
 * What a partner's endpoint and credentials may be, for its protocol: a FILE endpoint is a folder name under the
 * drops directory; an S3 endpoint is {@code s3://<bucket>/<prefix>} ({@link S3Location}) and its credentials, which it
 * needs, the JSON of an {@link S3Access} (region and access keys or a role); an SFTP endpoint is
 * {@code sftp://host[:port]/folder} ({@link SftpLocation}) and its credentials, which it needs, the JSON of an
 * {@link SftpAccess} (a user, a password or a private key, the pinned host key or none: PartnerService then pins the
 * key the server shows). Whether an HTTP or SFTP host may be
 * reached is the SSRF guard's to say, and that is a port: PartnerService asks it.
 */
final class PartnerEndpoints {
    private static final Pattern FOLDER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");
    /** Room for an SFTP login's private key (a 4096-bit RSA key in OpenSSH form is about 3.4 KB) and its JSON. */
    static final int MAX_SFTP_CREDENTIALS = 16_384;
    private static final int MAX_CREDENTIALS = 4_096;

    private PartnerEndpoints() {
    }

    static String check(Protocol protocol, String endpoint) {
        String value = Validation.requireText(endpoint, "endpoint", 2048);
        if (protocol == Protocol.FILE && (!FOLDER.matcher(value).matches() || value.contains(".."))) {
            throw DomainException.invalid("endpoint",
                    "a FILE partner's endpoint is a folder name under the drops directory (letters, digits, . _ -)");
        }
        return switch (protocol) {
            case S3 -> S3Location.parse(value).toString();
            case SFTP -> SftpLocation.parse(value).toString();
            default -> value;
        };
    }

    /**
     * The credentials as given, once they suit the protocol: an S3 partner's must be a valid {@link S3Access}, an
     * SFTP partner's a valid {@link SftpAccess}, an HTTP partner's, when it has some, a valid {@link ApiCredentials}.
     */
    static String checkCredentials(Protocol protocol, String credentials) {
        String value = Validation.optionalText(credentials, "credentials",
                protocol == Protocol.SFTP ? MAX_SFTP_CREDENTIALS : MAX_CREDENTIALS);
        if (protocol == Protocol.S3) {
            S3Access.parse(value);
        }
        if (protocol == Protocol.SFTP) {
            SftpAccess.parse(value);
        }
        if (protocol == Protocol.HTTP) {
            ApiCredentials.parse(value);
        }
        return value;
    }
}
