package io.soundport.adapters.http;

import io.soundport.domain.platform.ForwardedIdentity;
import io.soundport.domain.platform.Header;
import io.soundport.domain.platform.Origin;
import okhttp3.Headers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the gateway lets through, both ways, and what it adds. Dropped: the hop-by-hop headers (RFC 9110 7.6.1:
 * {@code Connection}, {@code Keep-Alive}, {@code Proxy-*}, {@code TE}, {@code Trailer}, {@code Transfer-Encoding},
 * {@code Upgrade}) and every header the {@code Connection} header names; the framing ({@code Content-Length},
 * {@code Host}, {@code Expect}: the client of each hop writes its own). Towards the upstream also the caller's
 * credentials ({@code Authorization}, {@code X-API-Key}), any {@code X-Soundport-*} header (the identity comes from
 * the gateway alone, so a caller cannot forge it) and the caller's {@code X-Forwarded-*} and {@code Forwarded}
 * (replaced by what Soundport determined).
 */
final class UpstreamHeaders {
    static final String ORGANIZATION = "X-Soundport-Organization";
    static final String ACTOR = "X-Soundport-Actor";
    static final String TIMESTAMP = "X-Soundport-Timestamp";
    static final String SIGNATURE = "X-Soundport-Signature";

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "trailer", "trailers", "transfer-encoding", "upgrade", "content-length", "host", "expect");
    private static final Set<String> NOT_UPSTREAM = Set.of("authorization", "x-api-key", "forwarded",
            "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port");

    private UpstreamHeaders() {
    }

    /** The caller's headers that go upstream, then the forwarding headers and the signed identity. */
    static Headers request(List<Header> incoming, Origin origin, ForwardedIdentity identity) {
        Set<String> named = connectionTokens(incoming);
        Headers.Builder out = new Headers.Builder();
        for (Header h : incoming) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (!dropped(name, named) && !NOT_UPSTREAM.contains(name) && !name.startsWith("x-soundport-")) {
                out.addUnsafeNonAscii(h.name(), h.value());
            }
        }
        if (incoming.stream().noneMatch(h -> h.name().equalsIgnoreCase("Accept-Encoding"))) {
            // else OkHttp would ask for gzip and unpack the answer itself, changing what the caller gets
            out.add("Accept-Encoding", "identity");
        }
        addIfPresent(out, "X-Forwarded-For", origin.clientAddress());
        addIfPresent(out, "X-Forwarded-Proto", origin.protocol());
        addIfPresent(out, "X-Forwarded-Host", origin.host());
        out.add(ORGANIZATION, identity.organization());
        out.add(ACTOR, identity.actor());
        out.add(TIMESTAMP, Long.toString(identity.timestamp()));
        out.add(SIGNATURE, identity.signature());
        return out.build();
    }

    /** The upstream's headers that go back to the caller. */
    static List<Header> answer(Headers incoming) {
        List<Header> all = new ArrayList<>();
        incoming.forEach(pair -> all.add(new Header(pair.getFirst(), pair.getSecond())));
        Set<String> named = connectionTokens(all);
        return all.stream().filter(h -> !dropped(h.name().toLowerCase(Locale.ROOT), named)).toList();
    }

    private static boolean dropped(String lowerName, Set<String> namedByConnection) {
        return HOP_BY_HOP.contains(lowerName) || lowerName.startsWith("proxy-") || namedByConnection.contains(lowerName);
    }

    /** The header names a {@code Connection} header lists (besides the keywords close and keep-alive). */
    private static Set<String> connectionTokens(List<Header> headers) {
        Set<String> tokens = new HashSet<>();
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase("Connection")) {
                for (String token : h.value().split(",")) {
                    String t = token.strip().toLowerCase(Locale.ROOT);
                    if (!t.isEmpty()) {
                        tokens.add(t);
                    }
                }
            }
        }
        return tokens;
    }

    private static void addIfPresent(Headers.Builder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(name, value);
        }
    }
}
