package io.soundport.domain.port;

/**
 * The SSRF guard for every URL a tenant gives (webhook endpoints, HTTP partners): https only, and no host that is
 * or resolves to a loopback, link-local, private or unique-local address, unless configuration lets it through.
 */
public interface OutboundUrlGuard {
    /** Accepts the URL or throws a VALIDATION_ERROR naming {@code field} and saying why. */
    void check(String url, String field);
}
