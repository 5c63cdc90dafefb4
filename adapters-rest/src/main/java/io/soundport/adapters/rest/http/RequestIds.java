package io.soundport.adapters.rest.http;

import io.micronaut.http.HttpRequest;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** The id of a request: taken from {@code X-Request-Id} when it is sane, otherwise made up here. */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "soundport.request-id";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private RequestIds() {
    }

    static String fromHeader(String header) {
        if (header != null && SANE.matcher(header).matches()) {
            return header;
        }
        StringBuilder sb = new StringBuilder("req_");
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String id = fromHeader(request.getHeaders().get(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }
}
