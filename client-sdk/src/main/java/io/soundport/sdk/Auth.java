package io.soundport.sdk;

/** How the client authenticates its requests: an API key, or a bearer token that it renews itself. */
interface Auth {
    /** The header to send, and the credential sent (to tell later whether a 401 was about it). */
    record Header(String name, String value) {
    }

    Header header();

    /**
     * A 401 answered a request sent with {@code used}. Renews the credential when it can (once for any number of
     * threads that saw the same stale token) and says whether the request is worth sending again.
     */
    boolean renewAfterUnauthorized(Header used);

    /** The fixed {@code X-API-Key}. */
    record ApiKey(String key) implements Auth {
        @Override
        public Header header() {
            return new Header("X-API-Key", key);
        }

        @Override
        public boolean renewAfterUnauthorized(Header used) {
            return false;
        }

        @Override
        public String toString() {
            return "ApiKey[…]";
        }
    }
}
