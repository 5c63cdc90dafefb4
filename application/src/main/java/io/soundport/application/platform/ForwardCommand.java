package io.soundport.application.platform;

import io.soundport.domain.platform.Header;
import io.soundport.domain.platform.Origin;
import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.shared.DomainException;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request for the gateway to forward: the service, the method, the path below the service (starting with a
 * slash), the raw query or null, the caller's headers as they came, the body as a stream (null when there is none)
 * and its length (-1 when unknown), and where the request came from.
 */
public record ForwardCommand(ServiceName service, String method, String path, String query, List<Header> headers,
                             InputStream body, long length, Origin origin) {
    /** The methods the gateway forwards. */
    public static final Set<String> METHODS = Set.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

    public ForwardCommand {
        Objects.requireNonNull(service, "service");
        if (method == null || !METHODS.contains(method)) {
            throw DomainException.invalid("method", "must be one of " + METHODS);
        }
        if (path == null || !path.startsWith("/")) {
            throw DomainException.invalid("path", "must start with /");
        }
        headers = List.copyOf(headers);
        Objects.requireNonNull(origin, "origin");
    }
}
