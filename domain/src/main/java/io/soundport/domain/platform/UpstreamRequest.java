package io.soundport.domain.platform;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * A request to forward to one instance: the method, the path below the instance's URL (starting with a slash), the
 * raw query or null, the caller's headers as they came (the transport drops what must not pass), the body as a
 * stream (null when there is none) and its length (-1 when unknown), where the request came from, and the signed
 * identity.
 */
public record UpstreamRequest(String method, String path, String query, List<Header> headers, InputStream body,
                              long length, Origin origin, ForwardedIdentity identity) {
    public UpstreamRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = List.copyOf(headers);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(identity, "identity");
    }
}
