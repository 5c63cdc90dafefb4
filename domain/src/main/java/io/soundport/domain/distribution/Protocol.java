package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;

/**
 * How a partner receives releases: an HTTP API (the package is POSTed to its endpoint), an S3 drop (with the AWS
 * integration), an SFTP drop on the partner's server, or a folder under the data directory (a local stand-in for a
 * drop).
 */
public enum Protocol {
    HTTP, S3, SFTP, FILE;

    public static Protocol parse(String value) {
        try {
            return Protocol.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("protocol", "must be HTTP, S3, SFTP or FILE");
        }
    }
}
