package io.soundport.adapters.rest.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers that keep browsers and caches from misusing answers, on every answer this server gives:
 * no type sniffing, no Referer, nothing stored but the public documents (answers to credentials never), HSTS when
 * the request came over https, and a Content-Security-Policy for the Swagger UI page, the one page served here.
 * Outermost filter, so it also sees the answers other filters give by themselves (401, preflights).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String SWAGGER_UI_PAGE = "META-INF/swagger/views/swagger-ui/index.html";
    private static final String API_KEY_HEADER = "X-API-Key";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final TrustedProxies trustedProxies;
    private final String swaggerUiPolicy;

    public SecurityHeadersFilter(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
        this.swaggerUiPolicy = swaggerUiPolicy(inlineScriptHashes());
    }

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        String path = request.getPath();
        if (presentsCredentials(request) || !publicDocument(path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (path.equals("/swagger-ui") || path.startsWith("/swagger-ui/")) {
            headers.set("Content-Security-Policy", swaggerUiPolicy);
            headers.set("X-Frame-Options", "DENY");
        }
        if (overHttps(request)) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }

    /** A token or an API key was sent, valid or not: the answer is that caller's alone. */
    private static boolean presentsCredentials(HttpRequest<?> request) {
        return request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || request.getHeaders().contains(API_KEY_HEADER);
    }

    /** The OpenAPI document and Swagger UI: the same for everyone, so caches may keep them. */
    private static boolean publicDocument(String path) {
        return path.equals("/openapi.yml") || path.startsWith("/swagger/") || path.equals("/swagger-ui")
                || path.startsWith("/swagger-ui/");
    }

    /**
     * Over TLS to this server, or {@code X-Forwarded-Proto: https} from a trusted proxy. With several values, the
     * last is the one the nearest proxy, the trusted one, added.
     */
    private boolean overHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeaders().get(FORWARDED_PROTO);
        if (proto == null) {
            return false;
        }
        String last = proto.substring(proto.lastIndexOf(',') + 1).strip().toLowerCase(Locale.ROOT);
        InetSocketAddress peer = request.getRemoteAddress();
        return last.equals("https") && peer != null && trustedProxies.trusts(peer.getAddress());
    }

    /**
     * Only the page's own files, plus its one inline boot script by hash (not 'unsafe-inline': the page reads its
     * context path from the URL); inline styles, which its React rendering sets, and data: images from its CSS.
     */
    private static String swaggerUiPolicy(String inlineScripts) {
        return "default-src 'self'; script-src 'self'" + inlineScripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String inlineScriptHashes() {
        try (InputStream in = SecurityHeadersFilter.class.getClassLoader().getResourceAsStream(SWAGGER_UI_PAGE)) {
            if (in == null) {
                return "";
            }
            Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL)
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            StringBuilder hashes = new StringBuilder();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            while (script.find()) {
                hashes.append(" 'sha256-").append(Base64.getEncoder().encodeToString(
                        sha256.digest(script.group(1).getBytes(StandardCharsets.UTF_8)))).append('\'');
            }
            return hashes.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
