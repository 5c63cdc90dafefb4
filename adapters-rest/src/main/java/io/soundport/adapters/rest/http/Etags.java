package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.soundport.application.shared.Versions;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The version {@code If-Match} asks for, as RFC 9110 reads the header: null when there is none or it is
     * {@code *} (any current version); {@link Versions#NONE} when its entity tags name no version this API ever
     * handed out, so that the change fails with 412 like any stale one. Weak tags ({@code W/"3"}) and a bare
     * {@code 3} are taken for {@code "3"}, as proxies and hand-written requests send them.
     */
    public static Long ifMatch(HttpRequest<?> request) {
        List<String> headers = request.getHeaders().getAll(HttpHeaders.IF_MATCH);
        return expectedVersion(headers.isEmpty() ? null : String.join(",", headers));
    }

    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            Long bare = version(value);
            return bare == null ? Versions.NONE : bare;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : entityTags(value)) {
            Long version = version(tag);
            if (version != null) {
                versions.add(version);
            }
        }
        if (versions.size() > 1) {
            throw invalidIfMatch("name one version (one ETag this API handed out) or *, not several");
        }
        return versions.isEmpty() ? Versions.NONE : versions.iterator().next();
    }

    /** The opaque parts of {@code #entity-tag}: {@code "a", W/"b"} gives {@code a, b}; anything else is invalid. */
    private static List<String> entityTags(String header) {
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (true) {
            if (header.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= header.length() || header.charAt(i) != '"') {
                throw invalidIfMatch("must be * or entity tags such as \"3\", separated by commas");
            }
            int end = i + 1;
            while (end < header.length() && isEtagChar(header.charAt(end))) {
                end++;
            }
            if (end >= header.length() || header.charAt(end) != '"') {
                throw invalidIfMatch("must be * or entity tags such as \"3\", separated by commas");
            }
            tags.add(header.substring(i + 1, end));
            i = skipSpaces(header, end + 1);
            if (i == header.length()) {
                return tags;
            }
            if (header.charAt(i) != ',') {
                throw invalidIfMatch("must be * or entity tags such as \"3\", separated by commas");
            }
            i = skipSpaces(header, i + 1);
        }
    }

    /** RFC 9110 etagc: visible ASCII but the double quote, and obs-text. */
    private static boolean isEtagChar(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The version an opaque tag names, when it is one this API could have handed out. */
    private static Long version(String opaque) {
        if (opaque.isEmpty() || opaque.length() > 18 || !opaque.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(opaque);
    }

    private static DomainException invalidIfMatch(String reason) {
        return DomainException.invalid(HttpHeaders.IF_MATCH, reason);
    }

    /**
     * For a resource that carries no ETag: only {@code *} (or no {@code If-Match}) can match it; any entity tag is a
     * failed precondition, never ignored.
     */
    public static void requireNoVersion(HttpRequest<?> request, String subject) {
        if (ifMatch(request) != null) {
            throw new DomainException(ErrorCode.PRECONDITION_FAILED,
                    subject + " has no ETag, so no entity tag matches it; send If-Match: * or no If-Match");
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
