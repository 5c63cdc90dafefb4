package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * Where an S3 partner takes its deliveries: {@code s3://<bucket>} or {@code s3://<bucket>/<prefix>}, the partner's
 * endpoint. The bucket follows S3's naming rules for general purpose buckets (3 to 63 lowercase letters, digits,
 * {@code .} and {@code -}, starting and ending with a letter or digit, no {@code ..}, not shaped like an IP address,
 * none of the reserved prefixes and suffixes); the prefix is folder names as for a FILE partner (letters, digits,
 * {@code .}, {@code _}, {@code -}, none starting with a dot) separated by {@code /}.
 */
public record S3Location(String bucket, String prefix) {
    private static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
    private static final Pattern IP_ADDRESS = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern SEGMENT = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");
    private static final int MAX_PREFIX_LENGTH = 255;
    private static final String SCHEME = "s3://";

    public S3Location {
        checkBucket(bucket);
        prefix = prefix == null ? "" : prefix;
        checkPrefix(prefix);
    }

    /** The endpoint as given by the partner; a VALIDATION_ERROR on field {@code endpoint} saying what is wrong. */
    public static S3Location parse(String endpoint) {
        if (endpoint == null || !endpoint.startsWith(SCHEME)) {
            throw DomainException.invalid("endpoint",
                    "an S3 partner's endpoint is s3://<bucket> or s3://<bucket>/<prefix>");
        }
        String rest = endpoint.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new S3Location(rest, "");
        }
        String prefix = rest.substring(slash + 1);
        // one trailing slash is how people write a folder: s3://bucket/inbox/
        return new S3Location(rest.substring(0, slash), prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1)
                : prefix);
    }

    /** The object key of a path of the drop ({@code <batch id>/<release folder>/<file>}): {@code <prefix>/<path>}. */
    public String key(String path) {
        return prefix.isEmpty() ? path : prefix + "/" + path;
    }

    /** {@code s3://bucket/prefix}, as the endpoint is stored. */
    @Override
    public String toString() {
        return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }

    private static void checkBucket(String bucket) {
        if (bucket == null || !BUCKET.matcher(bucket).matches()) {
            throw DomainException.invalid("endpoint", "the bucket name must be 3 to 63 lowercase letters, digits, '.'"
                    + " or '-', starting and ending with a letter or digit");
        }
        if (bucket.contains("..") || bucket.contains(".-") || bucket.contains("-.")) {
            throw DomainException.invalid("endpoint", "the bucket name must not have '..', '.-' or '-.'");
        }
        if (IP_ADDRESS.matcher(bucket).matches()) {
            throw DomainException.invalid("endpoint", "the bucket name must not be shaped like an IP address");
        }
        for (String reserved : new String[] {"xn--", "sthree-", "amzn-s3-demo-"}) {
            if (bucket.startsWith(reserved)) {
                throw DomainException.invalid("endpoint", "the bucket name must not start with '" + reserved + "'");
            }
        }
        for (String reserved : new String[] {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"}) {
            if (bucket.endsWith(reserved)) {
                throw DomainException.invalid("endpoint", "the bucket name must not end with '" + reserved + "'");
            }
        }
    }

    private static void checkPrefix(String prefix) {
        if (prefix.isEmpty()) {
            return;
        }
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            throw DomainException.invalid("endpoint", "the prefix must be at most " + MAX_PREFIX_LENGTH + " characters");
        }
        for (String segment : prefix.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw DomainException.invalid("endpoint", "the prefix must be folder names of letters, digits, '.',"
                        + " '_' or '-' separated by '/', none empty or starting with '.'");
            }
        }
    }
}
