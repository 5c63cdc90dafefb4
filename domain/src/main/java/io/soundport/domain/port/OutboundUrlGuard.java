package io.soundport.domain.port;

/**
 * The SSRF guard for every URL or host a tenant gives (webhook endpoints, HTTP and SFTP partners): https only for a
 * URL, and no host that is or resolves to a loopback, link-local, private or unique-local address, unless
 * configuration lets it through.
 */
public interface OutboundUrlGuard {
    /** Accepts the URL or throws a VALIDATION_ERROR naming {@code field} and saying why. */
    void check(String url, String field);

    /**
     * Accepts a host reached by another protocol than HTTP (an SFTP server), by the same rules as a URL's host, or
     * throws a VALIDATION_ERROR naming {@code field}.
     */
    default void checkHost(String host, String field) {
        check("https://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + "/", field);
    }
}
