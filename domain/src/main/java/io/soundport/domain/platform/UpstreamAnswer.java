package io.soundport.domain.platform;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * An instance's answer as it came: status, headers (the transport has dropped the hop-by-hop ones), the body as a
 * stream that the receiver must close, and its length (-1 when unknown). {@code unavailable} is the transport's
 * reading of the status: the instance says it cannot serve now (bad gateway, unavailable, gateway timeout), which
 * makes an idempotent request worth another instance.
 */
public record UpstreamAnswer(int status, List<Header> headers, InputStream body, long length, boolean unavailable) {
    public UpstreamAnswer {
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }
}
