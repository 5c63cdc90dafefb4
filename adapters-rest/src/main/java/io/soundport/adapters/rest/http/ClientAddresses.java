package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.soundport.domain.identity.Origin;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address of the client a request comes from, for throttles and the audit log: the peer, or, when the peer is a
 * trusted proxy ({@code SOUNDPORT_TRUSTED_PROXIES}), the nearest address in {@code X-Forwarded-For} that is not one.
 * A client cannot pick its own address by sending the header to a server no trusted proxy stands in front of.
 */
@Singleton
public final class ClientAddresses {
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String UNKNOWN = "unknown";

    private final TrustedProxies trustedProxies;

    ClientAddresses(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The client's address as text ({@code 203.0.113.7}, {@code 2001:db8::1}), or {@code unknown}. */
    public String of(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        InetAddress address = peer == null ? null : peer.getAddress();
        if (address == null) {
            return UNKNOWN;
        }
        if (!trustedProxies.trusts(address)) {
            return address.getHostAddress();
        }
        List<String> hops = request.getHeaders().getAll(FORWARDED_FOR).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(h -> !h.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                return address.getHostAddress();   // a hop that is no address: trust nothing beyond the proxy
            }
            if (!trustedProxies.trusts(hop)) {
                return hop.getHostAddress();
            }
        }
        return address.getHostAddress();
    }

    /**
     * Where the request comes from, as the audit log keeps it: the client's address as {@link #of} finds it, the
     * {@code User-Agent} (cut to a bounded length) and the request id.
     */
    public Origin origin(HttpRequest<?> request) {
        String address = of(request);
        return new Origin(UNKNOWN.equals(address) ? null : address, request.getHeaders().get(HttpHeaders.USER_AGENT),
                RequestIds.of(request));
    }

    /** An IP literal, never a name (no DNS lookup); null when it is not one. */
    private static InetAddress literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!bare.matches("[0-9.]+") && !bare.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }
}
