package io.soundport.domain.identity;

import io.soundport.domain.shared.StoredText;

/**
 * Where a request came from, as the audit log keeps it: the client's address (as the trusted-proxy rules find it),
 * its user agent and the request's id. Every part is cut to a bounded length and cleaned of characters that may not
 * be stored, so that whatever a client sends can be kept; an unknown part is null.
 */
public record Origin(String clientAddress, String userAgent, String requestId) {
    public static final int MAX_ADDRESS = 64;
    public static final int MAX_USER_AGENT = 256;
    public static final int MAX_REQUEST_ID = 128;
    /** A change made with no request behind it (a test, a background job). */
    public static final Origin UNKNOWN = new Origin(null, null, null);

    public Origin {
        clientAddress = clean(clientAddress, MAX_ADDRESS);
        userAgent = clean(userAgent, MAX_USER_AGENT);
        requestId = clean(requestId, MAX_REQUEST_ID);
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        text.strip().codePoints().forEach(c -> {
            String one = Character.toString(c);
            if (StoredText.problem(one, false) == null) {
                kept.append(one);
            }
        });
        String result = kept.length() > max ? kept.substring(0, Character.isHighSurrogate(kept.charAt(max - 1))
                ? max - 1 : max) : kept.toString();
        return result.isBlank() ? null : result;
    }
}
