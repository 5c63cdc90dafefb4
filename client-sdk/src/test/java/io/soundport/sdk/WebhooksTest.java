package io.soundport.sdk;

import io.soundport.sdk.exception.WebhookVerificationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhooksTest {
    private static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("a 32 byte secret for the tests!!".getBytes(StandardCharsets.UTF_8));
    private static final String OTHER_SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("another secret, rotated in later".getBytes(StandardCharsets.UTF_8));
    private static final String BODY = "{\"type\":\"release.submitted\",\"data\":{\"id\":\"rel_1\"}}";
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Map<String, String> headers(String id, Instant sentAt, String signature) {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(sentAt.getEpochSecond()),
                "webhook-signature", signature);
    }

    @Test
    void a_valid_signature_verifies() {
        String signature = Webhooks.sign("msg_1", NOW, BODY, SECRET);
        assertThatCode(() -> Webhooks.verify(BODY, headers("msg_1", NOW, signature), SECRET, CLOCK))
                .doesNotThrowAnyException();
    }

    @Test
    void header_names_are_matched_in_any_case_and_the_public_verify_uses_the_system_clock() {
        Instant now = Instant.now();
        Map<String, String> headers = Map.of("Webhook-Id", "msg_1", "Webhook-Timestamp",
                Long.toString(now.getEpochSecond()), "WEBHOOK-SIGNATURE", Webhooks.sign("msg_1", now, BODY, SECRET));
        assertThatCode(() -> Webhooks.verify(BODY, headers, SECRET)).doesNotThrowAnyException();
    }

    @Test
    void the_standard_webhooks_reference_vector_verifies() {
        // from the Standard Webhooks specification's test vectors
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        Instant at = Instant.ofEpochSecond(1614265330);
        String body = "{\"test\": 2432232314}";
        Map<String, String> headers = headers(id, at, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThatCode(() -> Webhooks.verify(body, headers, secret, Clock.fixed(at, ZoneOffset.UTC)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_tampered_body_is_refused() {
        String signature = Webhooks.sign("msg_1", NOW, BODY, SECRET);
        assertThatThrownBy(() -> Webhooks.verify(BODY.replace("rel_1", "rel_2"), headers("msg_1", NOW, signature),
                SECRET, CLOCK)).isInstanceOf(WebhookVerificationException.class).hasMessageContaining("No signature");
    }

    @Test
    void a_timestamp_older_than_five_minutes_is_refused_even_when_signed() {
        Instant old = NOW.minusSeconds(301);
        String signature = Webhooks.sign("msg_1", old, BODY, SECRET);
        assertThatThrownBy(() -> Webhooks.verify(BODY, headers("msg_1", old, signature), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("too old");
    }

    @Test
    void a_timestamp_far_in_the_future_is_refused() {
        Instant future = NOW.plusSeconds(301);
        String signature = Webhooks.sign("msg_1", future, BODY, SECRET);
        assertThatThrownBy(() -> Webhooks.verify(BODY, headers("msg_1", future, signature), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("future");
    }

    @Test
    void one_matching_signature_among_several_is_enough() {
        String rotated = Webhooks.sign("msg_1", NOW, BODY, OTHER_SECRET);
        String current = Webhooks.sign("msg_1", NOW, BODY, SECRET);
        String header = "v1a,ignoredAsymmetric " + rotated + " " + current;
        assertThatCode(() -> Webhooks.verify(BODY, headers("msg_1", NOW, header), SECRET, CLOCK))
                .doesNotThrowAnyException();
    }

    @Test
    void a_signature_made_with_another_secret_is_refused() {
        String signature = Webhooks.sign("msg_1", NOW, BODY, OTHER_SECRET);
        assertThatThrownBy(() -> Webhooks.verify(BODY, headers("msg_1", NOW, signature), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void a_signature_for_another_message_id_is_refused() {
        String signature = Webhooks.sign("msg_1", NOW, BODY, SECRET);
        assertThatThrownBy(() -> Webhooks.verify(BODY, headers("msg_2", NOW, signature), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void missing_headers_are_refused() {
        assertThatThrownBy(() -> Webhooks.verify(BODY, Map.of("webhook-id", "msg_1"), SECRET, CLOCK))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("webhook-timestamp");
    }
}
