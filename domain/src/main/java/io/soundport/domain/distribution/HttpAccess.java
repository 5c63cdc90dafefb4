package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.JsonReader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How the platform authenticates to an HTTP partner, as the partner's credentials say: a bearer token
 * ({@code {"type":"bearer","token":"..."}}, or the token alone, as partners registered before typed credentials
 * store it), HTTP basic authentication ({@code {"type":"basic","username":"...","password":"..."}}), or a key in a
 * header of the partner's naming ({@code {"type":"header","name":"X-Api-Key","value":"..."}}). It is the partner's
 * credentials, stored encrypted; its {@link #toString} shows no secret.
 *
 * @param header the request header it sends
 * @param value  that header's value
 */
public record HttpAccess(String header, String value) {
    private static final String FIELD = "credentials";
    private static final Pattern TOKEN = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$");
    private static final Pattern VISIBLE = Pattern.compile("^[\\x21-\\x7e]([\\x20-\\x7e]*[\\x21-\\x7e])?$");
    /** Headers the request itself sets, or that would change how it is framed or routed. */
    private static final Set<String> RESERVED = Set.of("host", "content-type", "content-length", "transfer-encoding",
            "connection", "user-agent", "accept", "accept-encoding", "cookie", "x-soundport-message-id",
            "x-soundport-delivery-kind", "traceparent", "tracestate", "proxy-authorization");

    public HttpAccess {
        if (header == null || !TOKEN.matcher(header).matches()) {
            throw invalid("the header name must be an HTTP token such as X-Api-Key");
        }
        if (RESERVED.contains(header.toLowerCase(Locale.ROOT))) {
            throw invalid("the header " + header + " is the request's own; name another one");
        }
        if (value == null || value.length() > 4096 || !VISIBLE.matcher(value).matches()) {
            throw invalid("the header value must be 1 to 4096 printable ASCII characters");
        }
    }

    /** The credentials of an HTTP partner; null for none; a VALIDATION_ERROR on field {@code credentials}. */
    public static HttpAccess parse(String credentials) {
        if (credentials == null || credentials.isEmpty()) {
            return null;
        }
        if (!credentials.stripLeading().startsWith("{")) {
            return bearer(credentials);
        }
        Map<String, Object> json;
        try {
            json = JsonReader.readObject(credentials);
        } catch (IllegalArgumentException e) {
            throw invalid("must be a JSON object (" + e.getMessage() + ")");
        }
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            if (!(entry.getValue() instanceof String)) {
                throw invalid("'" + entry.getKey() + "' must be a string");
            }
        }
        Object type = json.get("type");
        if ("bearer".equals(type)) {
            only(json, "type", "token");
            return bearer((String) json.get("token"));
        }
        if ("basic".equals(type)) {
            only(json, "type", "username", "password");
            String username = (String) json.get("username");
            String password = (String) json.get("password");
            if (username == null || username.isEmpty() || username.contains(":") || password == null) {
                throw invalid("basic credentials are a 'username' (without ':') and a 'password'");
            }
            return new HttpAccess("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if ("header".equals(type)) {
            only(json, "type", "name", "value");
            return new HttpAccess((String) json.get("name"), (String) json.get("value"));
        }
        throw invalid("'type' must be bearer, basic or header");
    }

    private static HttpAccess bearer(String token) {
        if (token == null || token.isEmpty() || token.length() > 4000 || !VISIBLE.matcher(token).matches()
                || token.contains(" ")) {
            throw invalid("a bearer token must be 1 to 4000 printable ASCII characters without spaces");
        }
        return new HttpAccess("Authorization", "Bearer " + token);
    }

    private static void only(Map<String, Object> json, String... names) {
        Set<String> allowed = Set.of(names);
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                throw invalid("unknown field '" + key + "' for '" + json.get("type") + "'; the fields are "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    @Override
    public String toString() {
        return "HttpAccess[" + header + "]";
    }

    private static DomainException invalid(String reason) {
        return DomainException.invalid(FIELD, reason);
    }
}
