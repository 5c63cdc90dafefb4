package io.soundport.adapters.aws;

import io.soundport.domain.shared.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code MessageStructure=json} message of a push: the body for any platform ({@code default}), and the title
 * and body in the shapes FCM ({@code GCM}) and APNs expect, each itself a JSON string as SNS wants it.
 */
final class PushPayload {
    private PushPayload() {
    }

    static String of(String title, String body) {
        Map<String, Object> alert = new LinkedHashMap<>();
        if (title != null && !title.isBlank()) {
            alert.put("title", title);
        }
        alert.put("body", body);
        String apns = Json.write(Map.of("aps", Map.of("alert", alert)));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("default", body);
        message.put("GCM", Json.write(Map.of("notification", alert)));
        message.put("APNS", apns);
        message.put("APNS_SANDBOX", apns);
        return Json.write(message);
    }
}
