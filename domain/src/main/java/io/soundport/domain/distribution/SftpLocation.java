package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an SFTP partner takes its drops: {@code sftp://host[:port]/folder}, the folder relative to the login's home
 * (empty for the home itself), of plain segments (letters, digits, {@code .}, {@code _}, {@code -}, none {@code .},
 * {@code ..} or starting with a dot). The user and the secrets are the credentials' ({@link SftpAccess}), never the
 * URL's.
 */
public record SftpLocation(String host, int port, String folder) {
    public static final int DEFAULT_PORT = 22;
    private static final String FIELD = "endpoint";
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]"
            + "{0,62}))*$|^\\[[0-9A-Fa-f:.]+]$");
    private static final Pattern SEGMENT = Pattern.compile("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$");

    public SftpLocation {
        if (host == null || !HOST.matcher(host).matches() || host.length() > 253) {
            throw invalid("the host must be a DNS name or an IP address");
        }
        if (port < 1 || port > 65_535) {
            throw invalid("the port must be between 1 and 65535");
        }
        folder = folder == null ? "" : folder;
        if (!folder.isEmpty()) {
            for (String segment : folder.split("/", -1)) {
                if (!SEGMENT.matcher(segment).matches()) {
                    throw invalid("the folder must be names of letters, digits, '.', '_' or '-' separated by '/',"
                            + " none empty, '.', '..' or starting with '.'");
                }
            }
        }
    }

    /** An SFTP partner's endpoint; a VALIDATION_ERROR on field {@code endpoint} saying what is wrong. */
    public static SftpLocation parse(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw invalid("an SFTP partner's endpoint is sftp://host[:port]/folder");
        }
        URI uri;
        try {
            uri = new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            throw invalid("an SFTP partner's endpoint is sftp://host[:port]/folder, not a valid URI");
        }
        if (!"sftp".equalsIgnoreCase(uri.getScheme()) || uri.isOpaque()) {
            throw invalid("an SFTP partner's endpoint is sftp://host[:port]/folder");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("the user goes in the credentials, not in the URL");
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid("an SFTP partner's endpoint is sftp://host[:port]/folder, with no query");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String folder = path.startsWith("/") ? path.substring(1) : path;
        if (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return new SftpLocation(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort() == -1 ? DEFAULT_PORT
                : uri.getPort(), folder);
    }

    @Override
    public String toString() {
        return "sftp://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + folder;
    }

    private static DomainException invalid(String reason) {
        return DomainException.invalid(FIELD, reason);
    }
}
