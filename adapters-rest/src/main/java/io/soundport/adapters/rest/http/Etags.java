package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.soundport.domain.shared.DomainException;

/**
 * Versions as entity tags: reads answer {@code ETag: "<version>"} (and 304 to a matching {@code If-None-Match});
 * changes honour {@code If-Match} (412 when the version moved on).
 */
public final class Etags {
    private Etags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by {@code If-Match}; null when absent or {@code *}. */
    public static Long ifMatch(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("If-Match", "must be an ETag this API handed out, such as \"3\"");
        }
    }

    /** 200 with the body and its ETag, or 304 when the caller already has this version. */
    public static <T> MutableHttpResponse<T> read(HttpRequest<?> request, T body, long version) {
        String etag = of(version);
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return HttpResponse.<T>notModified().header(HttpHeaders.ETAG, etag);
        }
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, etag);
    }

    public static <T> MutableHttpResponse<T> written(MutableHttpResponse<T> response, long version) {
        return response.header(HttpHeaders.ETAG, of(version));
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
