package io.soundport.sdk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An action of a workflow rule: its type and its parameters, sent as one JSON object {@code {"type": ..., ...params}}.
 * The types and their parameters (names as on the wire, in snake_case):
 * <ul>
 *   <li>{@code deliver} {@code {partner_ids?}}: queues deliveries of the event's release to these partners, or to
 *       every active partner whose territories overlap the release's when none are named;</li>
 *   <li>{@code notify} {@code {channel?, to, subject?, body?}}: sends an {@code email} (the default), {@code sms} or
 *       {@code push}; subject and body may hold placeholders such as {@code {{release.title}}};</li>
 *   <li>{@code webhook} {@code {data?}}: emits a {@code workflow.webhook} event carrying {@code data};</li>
 *   <li>{@code set_status} {@code {status}}: moves the release to {@code SUBMITTED} or {@code TAKEDOWN_REQUESTED}.</li>
 * </ul>
 *
 * @param type   {@code deliver}, {@code notify}, {@code webhook} or {@code set_status}
 * @param params the parameters, never null: JSON objects as maps, arrays as lists, numbers as {@link Number}s
 */
public record WorkflowAction(String type, Map<String, Object> params) {
    /**
     * Checks the type and copies the parameters.
     *
     * @param type   the action's type
     * @param params its parameters, or null for none
     * @throws NullPointerException     when the type is missing
     * @throws IllegalArgumentException when a parameter is named {@code type}
     */
    public WorkflowAction {
        Objects.requireNonNull(type, "type is required");
        if (params != null && params.containsKey("type")) {
            throw new IllegalArgumentException("a parameter cannot be named 'type': it is the action's type");
        }
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * An action of any type with these parameters.
     *
     * @param type   the action's type
     * @param params its parameters
     * @return the action
     */
    public static WorkflowAction of(String type, Map<String, Object> params) {
        return new WorkflowAction(type, params);
    }

    /**
     * Delivers the event's release to every active partner whose territories overlap the release's.
     *
     * @return the action
     */
    public static WorkflowAction deliver() {
        return new WorkflowAction("deliver", Map.of());
    }

    /**
     * Delivers the event's release to these partners.
     *
     * @param partnerIds the partners' ids
     * @return the action
     */
    public static WorkflowAction deliver(List<String> partnerIds) {
        return new WorkflowAction("deliver", Map.of("partner_ids", List.copyOf(partnerIds)));
    }

    /**
     * Sends a notification.
     *
     * @param channel {@code email}, {@code sms} or {@code push}
     * @param to      the recipient
     * @param subject the subject, placeholders such as {@code {{release.title}}} filled in; or null
     * @param body    the body, placeholders filled in; or null
     * @return the action
     */
    public static WorkflowAction notify(String channel, String to, String subject, String body) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("channel", Objects.requireNonNull(channel, "channel is required"));
        params.put("to", Objects.requireNonNull(to, "to is required"));
        if (subject != null) {
            params.put("subject", subject);
        }
        if (body != null) {
            params.put("body", body);
        }
        return new WorkflowAction("notify", params);
    }

    /**
     * Emits a {@code workflow.webhook} event to the organization's webhook endpoints.
     *
     * @param data what the event carries under {@code data}
     * @return the action
     */
    public static WorkflowAction webhook(Map<String, Object> data) {
        return new WorkflowAction("webhook", Map.of("data", Objects.requireNonNull(data, "data is required")));
    }

    /**
     * Moves the event's release to a status.
     *
     * @param status {@code SUBMITTED} or {@code TAKEDOWN_REQUESTED}
     * @return the action
     */
    public static WorkflowAction setStatus(String status) {
        return new WorkflowAction("set_status", Map.of("status", Objects.requireNonNull(status, "status is required")));
    }

    /**
     * Moves the event's release to a status.
     *
     * @param status {@link ReleaseStatus#SUBMITTED} or {@link ReleaseStatus#TAKEDOWN_REQUESTED}
     * @return the action
     * @throws IllegalArgumentException when it is {@link ReleaseStatus#UNKNOWN}
     */
    public static WorkflowAction setStatus(ReleaseStatus status) {
        return setStatus(ApiEnum.requireKnown(Objects.requireNonNull(status, "status is required"), "status").value());
    }
}
