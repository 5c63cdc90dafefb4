package io.soundport.application.webhooks;

import io.soundport.domain.shared.Json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of a webhook: {@code {"id","type","timestamp","data"}}, written once and sent as is on every attempt. */
final class WebhookBodies {
    private WebhookBodies() {
    }

    static String of(String eventId, String type, Instant occurredAt, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type);
        body.put("timestamp", occurredAt.toString());
        body.put("data", data);
        return Json.write(body);
    }
}
