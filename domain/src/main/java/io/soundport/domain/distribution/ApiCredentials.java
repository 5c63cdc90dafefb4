package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the platform proves itself to a partner's ingestion API, as the partner's credentials say: a bearer token
 * ({@code {"type":"bearer","token":"..."}}, or the token alone, as partners registered before typed credentials
 * store it), a user name and password ({@code {"type":"basic","username":"...","password":"..."}}), or a key sent
 * under a name of the partner's choosing ({@code {"type":"header","name":"X-Api-Key","value":"..."}}). It is the
 * partner's credentials, stored encrypted; no {@link #toString} shows a secret. Every value is printable ASCII, so
 * that it can be sent as it is.
 */
public sealed interface ApiCredentials {

    /** A token the partner issued. */
    record Bearer(String token) implements ApiCredentials {
        public Bearer {
            if (token == null || token.isEmpty() || token.length() > 4000 || !VISIBLE.matcher(token).matches()
                    || token.contains(" ")) {
                throw invalid("a bearer token must be 1 to 4000 printable ASCII characters without spaces");
            }
        }

        @Override
        public String toString() {
            return "Bearer[…]";
        }
    }

    /** A user name and password. */
    record Basic(String username, String password) implements ApiCredentials {
        public Basic {
            if (username == null || username.isEmpty() || username.length() > 200 || username.contains(":")
                    || password == null || password.length() > 1000) {
                throw invalid("basic credentials are a 'username' (1 to 200 characters, without ':') and a"
                        + " 'password' (at most 1000)");
            }
        }

        @Override
        public String toString() {
            return "Basic[" + username + "]";
        }
    }

    /** A key sent under the partner's name for it. */
    record NamedKey(String name, String value) implements ApiCredentials {
        public NamedKey {
            if (name == null || !NAME.matcher(name).matches()) {
                throw invalid("the key's name must be letters, digits and !#$%&'*+.^_`|~- such as X-Api-Key");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw invalid("the name " + name + " is one the platform sends itself; name the key otherwise");
            }
            if (value == null || value.length() > 4096 || !VISIBLE.matcher(value).matches()) {
                throw invalid("the key must be 1 to 4096 printable ASCII characters");
            }
        }

        @Override
        public String toString() {
            return "NamedKey[" + name + "]";
        }
    }

    /** The credentials of an API partner; null for none; a VALIDATION_ERROR on field {@code credentials}. */
    static ApiCredentials parse(String credentials) {
        if (credentials == null || credentials.isEmpty()) {
            return null;
        }
        if (!credentials.stripLeading().startsWith("{")) {
            return new Bearer(credentials);
        }
        Map<String, String> json = CredentialFields.read(credentials);
        String type = json.get("type");
        if ("bearer".equals(type)) {
            only(json, "type", "token");
            return new Bearer(json.get("token"));
        }
        if ("basic".equals(type)) {
            only(json, "type", "username", "password");
            return new Basic(json.get("username"), json.get("password"));
        }
        if ("header".equals(type)) {
            only(json, "type", "name", "value");
            return new NamedKey(json.get("name"), json.get("value"));
        }
        throw invalid("'type' must be bearer, basic or header");
    }

    /** Printable ASCII, not starting or ending with a space. */
    Pattern VISIBLE = Pattern.compile("^[\\x21-\\x7e]([\\x20-\\x7e]*[\\x21-\\x7e])?$");
    /** A token as names of request fields are. */
    Pattern NAME = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$");
    /** Names the platform's requests set themselves, or that would change how a request is framed or routed. */
    Set<String> RESERVED = Set.of("authorization", "host", "content-type", "content-length", "transfer-encoding",
            "connection", "user-agent", "accept", "accept-encoding", "cookie", "x-soundport-message-id",
            "x-soundport-delivery-kind", "traceparent", "tracestate", "proxy-authorization");

    private static void only(Map<String, String> json, String... names) {
        CredentialFields.only(json, Set.of(names), " for '" + json.get("type") + "'");
    }

    private static DomainException invalid(String reason) {
        return CredentialFields.invalid(reason);
    }
}
