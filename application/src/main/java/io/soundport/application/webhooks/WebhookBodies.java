package io.soundport.application.webhooks;

import io.soundport.domain.shared.Json;
import io.soundport.domain.shared.PublishedEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of a webhook: {@code {"id","type","timestamp","data"}}, written once and sent as is on every attempt. */
final class WebhookBodies {
    private WebhookBodies() {
    }

    static String of(PublishedEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type());
        body.put("timestamp", event.occurredAt().toString());
        body.put("data", event.data());
        return Json.write(body);
    }
}
