package io.soundport.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.event.EventData;
import io.soundport.sdk.event.UnknownData;
import io.soundport.sdk.exception.WebhookVerificationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Verifies the webhooks Soundport sends, as <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> define
 * them: the headers {@code webhook-id} (the message id, {@code msg_...}), {@code webhook-timestamp} (Unix seconds) and
 * {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, several separated by spaces
 * while a secret rotates), the secret as {@code whsec_<base64>}. A timestamp more than five minutes away from now is
 * refused, against replays.
 * <pre>{@code
 * Event event = Webhooks.constructEvent(body, request::getHeader, secret); // throws when not authentic
 * event.delivery().ifPresent(d -> ...);
 * }</pre>
 * The headers are taken in any shape, names in any case: a {@code Map<String, String>}, a multi-valued
 * {@code Map<String, List<String>>} (JAX-RS, Spring), the JDK's {@link HttpHeaders}, or a lookup function such as
 * Servlet's {@code request::getHeader}.
 */
public final class Webhooks {
    /** How far a webhook's timestamp may be from the receiver's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String SECRET_PREFIX = "whsec_";
    private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {
    };

    private Webhooks() {
    }

    /**
     * Checks that a webhook comes from Soundport and is recent, and reads its event.
     *
     * @param payload the request body exactly as received
     * @param headers the request headers, each name with one value ({@code String}) or several (a
     *                {@code Collection} or an array); names in any case
     * @param secret  the endpoint's signing secret, {@code whsec_...}
     * @return the event, its data typed by its type
     * @throws WebhookVerificationException when a header is missing or repeated, the timestamp is too old or too
     *                                      new, no signature matches, or the body is not a Soundport event
     */
    public static Event constructEvent(String payload, Map<String, ?> headers, String secret) {
        return constructEvent(payload, lookup(headers), secret, Clock.systemUTC());
    }

    /**
     * Checks that a webhook comes from Soundport and is recent, and reads its event.
     *
     * @param payload the request body exactly as received
     * @param headers the request headers, as the JDK's HTTP server and client hold them
     * @param secret  the endpoint's signing secret, {@code whsec_...}
     * @return the event, its data typed by its type
     * @throws WebhookVerificationException when a header is missing or repeated, the timestamp is too old or too
     *                                      new, no signature matches, or the body is not a Soundport event
     */
    public static Event constructEvent(String payload, HttpHeaders headers, String secret) {
        return constructEvent(payload, lookup(headers), secret, Clock.systemUTC());
    }

    /**
     * Checks that a webhook comes from Soundport and is recent, and reads its event.
     *
     * @param payload the request body exactly as received
     * @param header  a header's value by name, null when absent, such as Servlet's {@code request::getHeader}; it is
     *                asked for lower-case names
     * @param secret  the endpoint's signing secret, {@code whsec_...}
     * @return the event, its data typed by its type
     * @throws WebhookVerificationException when a header is missing, the timestamp is too old or too new, no
     *                                      signature matches, or the body is not a Soundport event
     */
    public static Event constructEvent(String payload, Function<String, String> header, String secret) {
        return constructEvent(payload, lookup(header), secret, Clock.systemUTC());
    }

    /**
     * Checks that a webhook comes from Soundport and is recent.
     *
     * @param payload the request body exactly as received
     * @param headers the request headers, each name with one value ({@code String}) or several (a
     *                {@code Collection} or an array); names in any case
     * @param secret  the endpoint's signing secret, {@code whsec_...}
     * @throws WebhookVerificationException when a header is missing or repeated, the timestamp is too old or too
     *                                      new, or no signature matches
     */
    public static void verify(String payload, Map<String, ?> headers, String secret) {
        verify(payload, lookup(headers), secret, Clock.systemUTC());
    }

    /**
     * Checks that a webhook comes from Soundport and is recent.
     *
     * @param payload the request body exactly as received
     * @param headers the request headers, as the JDK's HTTP server and client hold them
     * @param secret  the endpoint's signing secret, {@code whsec_...}
     * @throws WebhookVerificationException when a header is missing or repeated, the timestamp is too old or too
     *                                      new, or no signature matches
     */
    public static void verify(String payload, HttpHeaders headers, String secret) {
        verify(payload, lookup(headers), secret, Clock.systemUTC());
    }

    /**
     * Checks that a webhook comes from Soundport and is recent.
     *
     * @param payload the request body exactly as received
     * @param header  a header's value by name, null when absent, such as Servlet's {@code request::getHeader}; it is
     *                asked for lower-case names
     * @param secret  the endpoint's signing secret, {@code whsec_...}
     * @throws WebhookVerificationException when a header is missing, the timestamp is too old or too new, or no
     *                                      signature matches
     */
    public static void verify(String payload, Function<String, String> header, String secret) {
        verify(payload, lookup(header), secret, Clock.systemUTC());
    }

    static void verify(String payload, Map<String, ?> headers, String secret, Clock clock) {
        verify(payload, lookup(headers), secret, clock);
    }

    static Event constructEvent(String payload, Map<String, ?> headers, String secret, Clock clock) {
        return constructEvent(payload, lookup(headers), secret, clock);
    }

    private static Event constructEvent(String payload, Headers headers, String secret, Clock clock) {
        String messageId = verify(payload, headers, secret, clock);
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new WebhookVerificationException("The webhook's body is not JSON", e);
        }
        String id = text(body, "id");
        String type = text(body, "type");
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(body, "timestamp"));
        } catch (DateTimeParseException e) {
            throw new WebhookVerificationException("The webhook's timestamp is not an ISO-8601 instant", e);
        }
        JsonNode dataNode = body.path("data");
        if (!dataNode.isObject()) {
            throw new WebhookVerificationException("The webhook's body has no data object");
        }
        Map<String, Object> rawData = Json.MAPPER.convertValue(dataNode, TREE);
        Class<? extends EventData> shape = Event.Type.fromValue(type).dataType();
        EventData data;
        if (shape == UnknownData.class) {
            data = new UnknownData(rawData);
        } else {
            try {
                data = Json.MAPPER.treeToValue(dataNode, shape);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new WebhookVerificationException("The data of a " + type + " event is not its shape", e);
            }
        }
        return new Event(id, type, createdAt, messageId, data, rawData, payload);
    }

    /** Answers the message id once verified. */
    private static String verify(String payload, Headers headers, String secret, Clock clock) {
        Objects.requireNonNull(payload, "payload");
        String id = single(headers, "webhook-id");
        String timestamp = single(headers, "webhook-timestamp").strip();
        String signatures = String.join(" ", values(headers, "webhook-signature"));
        Instant sentAt;
        try {
            sentAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("The webhook-timestamp header is not a number of seconds");
        }
        Instant now = clock.instant();
        if (sentAt.isBefore(now.minus(TOLERANCE))) {
            throw new WebhookVerificationException("The webhook is too old (timestamp " + sentAt + ")");
        }
        if (sentAt.isAfter(now.plus(TOLERANCE))) {
            throw new WebhookVerificationException("The webhook's timestamp is in the future (" + sentAt + ")");
        }
        byte[] expected = hmac(key(secret), id + "." + timestamp + "." + payload);
        for (String candidate : signatures.strip().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return id;
            }
        }
        throw new WebhookVerificationException("No signature of the webhook matches the secret");
    }

    /**
     * Signs a payload as Soundport does, for tests of a receiver.
     *
     * @param id        the message id ({@code webhook-id})
     * @param timestamp when it is sent ({@code webhook-timestamp})
     * @param payload   the body
     * @param secret    the signing secret, {@code whsec_...}
     * @return the value of the {@code webhook-signature} header, {@code v1,<base64>}
     */
    public static String sign(String id, Instant timestamp, String payload, String secret) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), id + "." + timestamp.getEpochSecond() + "."
                + payload));
    }

    /** The values of a header, by its lower-case name; empty when it is absent. */
    @FunctionalInterface
    private interface Headers {
        List<String> values(String name);
    }

    private static Headers lookup(Map<String, ?> headers) {
        Objects.requireNonNull(headers, "headers");
        return name -> {
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, ?> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    addValues(e.getValue(), values);
                }
            }
            return values;
        };
    }

    private static void addValues(Object value, List<String> values) {
        if (value instanceof Collection<?> many) {
            many.forEach(v -> addValues(v, values));
        } else if (value instanceof Object[] many) {
            for (Object v : many) {
                addValues(v, values);
            }
        } else if (value != null) {
            values.add(value.toString());
        }
    }

    private static Headers lookup(HttpHeaders headers) {
        Objects.requireNonNull(headers, "headers");
        return headers::allValues;
    }

    private static Headers lookup(Function<String, String> header) {
        Objects.requireNonNull(header, "header");
        return name -> {
            String value = header.apply(name);
            return value == null ? List.of() : List.of(value);
        };
    }

    private static List<String> values(Headers headers, String name) {
        List<String> values = headers.values(name).stream().filter(v -> v != null && !v.isBlank()).toList();
        if (values.isEmpty()) {
            throw new WebhookVerificationException("The " + name + " header is missing");
        }
        return values;
    }

    private static String single(Headers headers, String name) {
        List<String> values = values(headers, name).stream().map(String::strip).distinct().toList();
        if (values.size() > 1) {
            throw new WebhookVerificationException("The " + name + " header has more than one value");
        }
        return values.get(0);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new WebhookVerificationException("The webhook's body has no " + field);
        }
        return value.asText();
    }

    private static byte[] key(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The webhook secret must not be blank");
        }
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The webhook secret must be whsec_ followed by base64", e);
        }
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
